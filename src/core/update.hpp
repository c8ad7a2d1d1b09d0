#pragma once
// The page's only state transition: a new state plus the effects the platform should perform.

#include "core/actions.hpp"
#include "core/effects.hpp"
#include "core/state.hpp"

#include <vector>

namespace imt {

struct Step {
    State state;
    std::vector<Effect> effects;
};

// Takes the state by value so callers can move it in: a 10,000-token list is never copied.
Step update(State state, Action action);

} // namespace imt
