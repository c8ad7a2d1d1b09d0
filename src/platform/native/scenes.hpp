#pragma once
// Scenes for screenshots and demos: the steps an admin would take from the list to reach a given
// screen. Each step is dispatched once every request of the one before has been answered.

#include "core/actions.hpp"
#include "core/secret.hpp"
#include "core/state.hpp"

#include <functional>
#include <string_view>
#include <vector>

namespace imt::native {

using SceneStep = std::function<std::vector<Action>(const State&)>;

// "list" (nothing to do), "create-custom", "banner", "edit", "delete-dialog", "regenerate-dialog".
bool scene_exists(std::string_view name);
std::vector<SceneStep> scene_steps(std::string_view name);

// The key a scene shows in place of the one the server made ("banner" creates a token, and its
// picture must not hold a working key); empty for scenes that show none.
Secret scene_stand_in_key(std::string_view name);

} // namespace imt::native
