#pragma once
// What every view of one frame needs: the state to read, where to put the admin's actions, the
// texts, colours and fonts. Views are free functions taking it.

#include "core/actions.hpp"
#include "core/state.hpp"
#include "ui/app.hpp"
#include "ui/fonts.hpp"
#include "ui/keyboard.hpp"
#include "ui/texts.hpp"
#include "ui/theme.hpp"

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace imt::ui {

struct Ui {
    const State& state;
    std::vector<Action>& actions;
    const Texts& texts;
    const Palette& colours;
    const Fonts& fonts;
    Theme theme;
    bool mac = false;          // shortcuts read Cmd rather than Ctrl
    bool* animating = nullptr; // set when something moves and the loop must keep drawing
    float page_bottom = 0;     // screen y where the scrolling page ends (the viewport's bottom)
    Contrast contrast = Contrast::Standard;
    bool reduced_motion = false;
    bool single_key_shortcuts = true;
    PageKeys keys{}; // the shortcuts typed this frame

    template <class A>
    void emit(A&& action) {
        actions.emplace_back(std::forward<A>(action));
    }
    std::string_view t(std::string_view key) const { return texts.get(key); }
    std::string tf(std::string_view key, TextArgs args) const { return texts.format(key, args); }
    // "Ctrl+S" or "⌘S".
    std::string shortcut(char key) const;
    // "Save (Ctrl+S)".
    std::string with_shortcut(std::string_view label, char key) const;
    // "Search (/)" for a single-key shortcut, or just the label while single keys are off.
    std::string with_key(std::string_view label, std::string_view key) const;
    // `key` while single-key shortcuts are on, else nothing: what a control declares as its shortcut.
    std::string_view single_key(std::string_view key) const { return single_key_shortcuts ? key : ""; }
};

// "text##id": what ImGui hashes and the item registry reports; only "text" is shown.
std::string labelled(std::string_view text, std::string_view id);

} // namespace imt::ui
