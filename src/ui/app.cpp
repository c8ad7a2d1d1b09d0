#include "ui/app.hpp"

#include "imt_assets/embedded_assets.hpp"
#include "ui/texts.hpp"
#include "ui/theme.hpp"
#include "ui/ui_context.hpp"
#include "ui/views.hpp"
#include "ui/widgets.hpp"

#include <imgui.h>
#include <imgui_internal.h>

#include <algorithm>
#include <cmath>

namespace imt::ui {

struct App::Impl {
    AppOptions options;
    Fonts fonts;
    Texts texts{Locale::English};
    EditBuffers buffers;
    ModalFocus focus;
    bool installed = false;
    bool animating = false;

    explicit Impl(AppOptions o) : options(o), texts(o.locale) {}

    const Palette& colours() const { return palette(options.theme, options.contrast); }
    void restyle() const {
        if (installed) {
            apply_style(colours());
        }
    }
};

App::App(AppOptions options) : impl_(std::make_unique<Impl>(options)) {}
App::~App() = default;

void App::install(float content_scale, FontRasteriser& fonts) {
    impl_->options.content_scale = content_scale;
    ImGuiIO& io = ImGui::GetIO();
    io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
    io.IniFilename = nullptr;
    impl_->fonts.load(io, content_scale, fonts);
    impl_->installed = true;
    impl_->restyle();
}

void App::set_theme(Theme theme) {
    impl_->options.theme = theme;
    impl_->restyle();
}

void App::set_locale(Locale locale) {
    impl_->options.locale = locale;
    impl_->texts = Texts(locale);
}

void App::set_contrast(Contrast contrast) {
    impl_->options.contrast = contrast;
    impl_->restyle();
}

void App::set_reduced_motion(bool reduced) {
    impl_->options.reduced_motion = reduced;
}

void App::set_single_key_shortcuts(bool enabled) {
    impl_->options.single_key_shortcuts = enabled;
}

Theme App::theme() const {
    return impl_->options.theme;
}

Locale App::locale() const {
    return impl_->options.locale;
}

Contrast App::contrast() const {
    return impl_->options.contrast;
}

bool App::reduced_motion() const {
    return impl_->options.reduced_motion;
}

bool App::single_key_shortcuts() const {
    return impl_->options.single_key_shortcuts;
}

bool App::animating() const {
    return impl_->animating;
}

std::vector<Action> App::frame(const State& state) {
    IM_ASSERT(impl_->installed && "App::install() must run before the first frame");
    std::vector<Action> actions;
    Impl& self = *impl_;
    self.animating = false;
    Ui ui{state,
          actions,
          self.texts,
          self.colours(),
          self.fonts,
          self.options.theme,
          ImGui::GetIO().ConfigMacOSXBehaviors,
          &self.animating};
    ui.contrast = self.options.contrast;
    ui.reduced_motion = self.options.reduced_motion;
    ui.single_key_shortcuts = self.options.single_key_shortcuts;
    ui.keys = read_page_keys(self.options.single_key_shortcuts);
    ModalFocus& focus = self.focus;
    focus.open_help = ui.keys.show_help;

    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(viewport->WorkPos);
    ImGui::SetNextWindowSize(viewport->WorkSize);
    const ImGuiWindowFlags root_flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                        ImGuiWindowFlags_NoSavedSettings |
                                        ImGuiWindowFlags_NoBringToFrontOnFocus |
                                        ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse;
    BarRequests asked;
    ImGui::Begin("ImTokens", nullptr, root_flags);
    // Keyboard navigation needs a window to start from: after a popup closed over nothing
    // focused, ImGui may be left with none, or with the closed popup, and Tab would reach nothing.
    if (const ImGuiWindow* nav = GImGui->NavWindow; nav == nullptr || (!nav->WasActive && !nav->Active)) {
        ImGui::FocusWindow(ImGui::GetCurrentWindow());
    }
    if (!state.session.signed_in) {
        login_view(ui, self.buffers);
        if (self.options.top_bar) {
            preference_controls(
                ui, ImVec2(viewport->WorkPos.x + viewport->WorkSize.x - 20, viewport->WorkPos.y + 12), asked);
        }
        ImGui::Dummy(ImVec2(0, 0));
    } else {
        if (self.options.top_bar) {
            top_bar(ui, asked);
        }
        // The page scrolls under the bar. Its side padding centres a column of at most the maximum
        // width, so every view simply uses the available width. On a narrow screen the column
        // takes all of it but a small margin: nothing scrolls sideways down to 320 px.
        const float available = ImGui::GetContentRegionAvail().x;
        const float padding = available < 640 ? 16.0F : metrics::page_padding_x;
        const float content = std::min(metrics::content_max_width, available - padding * 2);
        const float side = std::max(8.0F, std::floor((available - content) * 0.5F));
        ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding,
                            ImVec2(side, available < 640 ? 20.0F : metrics::page_padding_top));
        // Flattened: Tab walks from the top bar into the page as one sequence.
        ImGui::BeginChild("page", ImVec2(0, 0), ImGuiChildFlags_AlwaysUseWindowPadding,
                          ImGuiWindowFlags_NoBackground | ImGuiWindowFlags_NavFlattened);
        ImGui::PopStyleVar();
        ui.page_bottom = ImGui::GetWindowPos().y + ImGui::GetWindowHeight();
        if (state.session.permissions == Load::Ready) {
            if (state.view == View::List) {
                list_view(ui, self.buffers, focus);
            } else {
                form_view(ui, self.buffers);
            }
        } else if (state.session.permissions == Load::Failed) {
            Card card(ui, "permissions-error", metrics::card_padding);
            if (empty_state(ui, assets::icon::plug, ui.t("list.permissions_error"), {}, ui.t("list.retry"),
                            "retry", assets::icon::refresh)) {
                ui.emit(act::Reload{});
            }
        } else {
            page_spinner(ui, ui.t("app.loading"));
        }
        ImGui::EndChild();
    }
    ImGui::End();

    dialogs(ui, focus);
    session_expired_modal(ui, self.buffers, focus);
    focus.open_help = focus.open_help || asked.show_help;
    keyboard_help(ui, focus, self.options.single_key_shortcuts);
    toasts(ui);
    drop_lost_focus();

    if (asked.toggle_theme) {
        set_theme(self.options.theme == Theme::Dark ? Theme::Light : Theme::Dark);
    }
    if (asked.toggle_locale) {
        set_locale(self.options.locale == Locale::French ? Locale::English : Locale::French);
    }
    return actions;
}

} // namespace imt::ui
