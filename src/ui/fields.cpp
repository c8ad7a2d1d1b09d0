// Text fields (single and multi-line) in the design system's frame, their label and their message.

#include "core/secret.hpp"
#include "ui/text_runs.hpp"
#include "ui/widget_kit.hpp"
#include "ui/widgets.hpp"

#include <imgui_internal.h>
#include <imgui_stdlib.h>

namespace imt::ui {
namespace {

constexpr float kIconInset = 14;   // from the field's left edge to its icon
constexpr float kIconPadding = 40; // text padding of a field with an icon

void draw_input_decorations(Ui& ui, const InputOptions& options) {
    const ImVec2 min = ImGui::GetItemRectMin();
    const ImVec2 max = ImGui::GetItemRectMax();
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const Palette& p = ui.colours;
    if (options.invalid) {
        draw->AddRect(min, max, p.danger.strong, 4);
    } else if (ImGui::IsItemActive() && !options.read_only) {
        field_ring(draw, min, max, p.primary);
    } else if (ImGui::IsItemHovered() && !options.read_only) {
        draw->AddRect(min, max, p.text_subtle, 4);
    }
    if (options.icon != nullptr) {
        draw_glyph(draw, ui.fonts.body, options.icon, ImVec2(min.x + kIconInset, min.y), max, p.text_subtle,
                   ImVec2(0, 0.5F));
    }
}

void push_input_style(Ui& ui, const InputOptions& options) {
    const Palette& p = ui.colours;
    ImGui::PushStyleColor(ImGuiCol_FrameBg, options.read_only ? p.surface_alt : p.surface);
    ImGui::PushStyleColor(ImGuiCol_FrameBgHovered, options.read_only ? p.surface_alt : p.surface);
    ImGui::PushStyleColor(ImGuiCol_FrameBgActive, p.surface);
    // A field's edge is what shows where it is (WCAG 1.4.11: 3:1), not a decoration.
    ImGui::PushStyleColor(ImGuiCol_Border, p.control_border);
    ImGui::PushStyleColor(ImGuiCol_TextDisabled, p.text_subtle);
    if (options.icon != nullptr) {
        ImGui::PushStyleVar(ImGuiStyleVar_FramePadding,
                            ImVec2(kIconPadding, ImGui::GetStyle().FramePadding.y));
    }
}

void pop_input_style(const InputOptions& options) {
    if (options.icon != nullptr) {
        ImGui::PopStyleVar();
    }
    ImGui::PopStyleColor(5);
}

// The field's role, name and state; a password's value is never copied out of its buffer.
void declare_field(const std::string& buffer, const InputOptions& options) {
    declare_last_item({.role = Role::textbox,
                       .name = std::string(options.name.empty() ? options.hint : options.name),
                       .value = options.password ? std::string() : buffer,
                       .description = std::string(options.error),
                       .key_shortcut = std::string(options.key_shortcut),
                       .state = {.read_only = options.read_only,
                                 .required = options.required,
                                 .invalid = options.invalid}});
}

} // namespace

bool text_input(Ui& ui, std::string_view id, std::string& buffer, const InputOptions& options) {
    push_input_style(ui, options);
    const std::string label = "##" + std::string(id);
    ImGuiInputTextFlags flags = ImGuiInputTextFlags_None;
    if (options.read_only) {
        flags |= ImGuiInputTextFlags_ReadOnly;
    }
    if (options.password) {
        flags |= ImGuiInputTextFlags_Password;
    }
    if (options.enter_returns) {
        flags |= ImGuiInputTextFlags_EnterReturnsTrue;
    }
    ImGui::SetNextItemWidth(options.width);
    if (options.overlapped) {
        ImGui::SetNextItemAllowOverlap();
    }
    const std::string hint(options.hint);
    // Not being edited, a name in a complex script shows shaped (text_runs.hpp): ImGui's own glyphs
    // are made transparent and the run drawn over them. While it is edited, ImGui draws the caret and
    // selection over its own glyphs, so those stay.
    const bool editing = GImGui->ActiveId == ImGui::GetID(label.c_str());
    const bool shaped = !editing && !options.password && runs_for(buffer) != nullptr;
    const ImU32 text_colour = ImGui::GetColorU32(ImGuiCol_Text);
    if (shaped) {
        ImGui::PushStyleColor(ImGuiCol_Text, IM_COL32(0, 0, 0, 0));
    }
    const bool result = ImGui::InputTextWithHint(label.c_str(), hint.c_str(), &buffer, flags);
    if (shaped) {
        ImGui::PopStyleColor();
        const ImVec2 min = ImGui::GetItemRectMin();
        const ImVec2 max = ImGui::GetItemRectMax();
        const ImVec2 padding = ImGui::GetStyle().FramePadding;
        ImDrawList* draw = ImGui::GetWindowDrawList();
        draw->PushClipRect(ImVec2(min.x + padding.x, min.y), ImVec2(max.x - padding.x, max.y), true);
        draw_text(draw, ImGui::GetFont(), ImGui::GetFontSize(), ImVec2(min.x + padding.x, min.y + padding.y),
                  text_colour, buffer);
        draw->PopClipRect();
    }
    pop_input_style(options);
    declare_field(buffer, options);
    draw_input_decorations(ui, options);
    return result;
}

bool multiline_input(Ui& ui, std::string_view id, std::string& buffer, float height,
                     const InputOptions& options) {
    push_input_style(ui, options);
    ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(14, 10));
    const std::string label = "##" + std::string(id);
    ImGuiInputTextFlags flags = ImGuiInputTextFlags_None;
    if (options.read_only) {
        flags |= ImGuiInputTextFlags_ReadOnly;
    }
    const ImVec2 size(options.width < 0 ? ImGui::GetContentRegionAvail().x : options.width, height);
    const bool changed = ImGui::InputTextMultiline(label.c_str(), &buffer, size, flags);
    ImGui::PopStyleVar();
    pop_input_style(options);
    declare_field(buffer, options);
    draw_input_decorations(ui, options);
    return changed;
}

namespace {

template <class T>
void wipe_vector(ImVector<T>& vector) {
    if (vector.Data != nullptr) {
        imt::wipe_bytes(vector.Data, static_cast<std::size_t>(vector.Capacity) * sizeof(T));
    }
    vector.clear();
}

} // namespace

void forget_text_edits() {
    ImGuiContext& g = *GImGui;
    ImGui::ClearActiveID();
    ImGuiInputTextState& state = g.InputTextState;
    wipe_vector(state.TextW);
    wipe_vector(state.TextA);
    wipe_vector(state.InitialTextA);
    // The undo record keeps typed characters inline, in the state itself.
    imt::wipe_bytes(&state.Stb, sizeof state.Stb);
    state.ID = 0;
    state.CurLenW = state.CurLenA = 0;
    state.TextAIsValid = false;
    wipe_vector(g.InputTextDeactivatedState.TextA);
    g.InputTextDeactivatedState.ID = 0;
}

void field_label(Ui& ui, std::string_view label, bool required) {
    ImGui::PushFont(ui.fonts.label);
    text(label, ui.colours.text);
    if (required) {
        ImGui::SameLine(0, 1);
        text("*", ui.colours.danger.strong);
    }
    ImGui::PopFont();
    ImGui::Dummy(ImVec2(0, 0));
    ImGui::SetCursorPosY(ImGui::GetCursorPosY() - 4);
}

void field_message(Ui& ui, std::string_view message, ImU32 colour, const char* icon) {
    ImGui::PushFont(ui.fonts.small);
    if (icon != nullptr) {
        text(icon, colour);
        ImGui::SameLine(0, 6);
    }
    text_wrapped(message, colour);
    ImGui::PopFont();
}

} // namespace imt::ui
