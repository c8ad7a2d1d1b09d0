#include "ui/app.hpp"

#include "imt_assets/embedded_assets.hpp"
#include "ui/texts.hpp"
#include "ui/theme.hpp"
#include "ui/ui_context.hpp"
#include "ui/views.hpp"
#include "ui/widgets.hpp"

#include <imgui.h>

#include <algorithm>
#include <cmath>

namespace imt::ui {

struct App::Impl {
    AppOptions options;
    Fonts fonts;
    Texts texts{Locale::English};
    EditBuffers buffers;
    bool installed = false;
    bool animating = false;

    explicit Impl(AppOptions o) : options(o), texts(o.locale) {}
};

App::App(AppOptions options) : impl_(std::make_unique<Impl>(options)) {}
App::~App() = default;

void App::install(float content_scale, FontRasteriser& fonts) {
    impl_->options.content_scale = content_scale;
    ImGuiIO& io = ImGui::GetIO();
    io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
    io.IniFilename = nullptr;
    impl_->fonts.load(io, content_scale, fonts);
    apply_style(impl_->options.theme);
    impl_->installed = true;
}

void App::set_theme(Theme theme) {
    impl_->options.theme = theme;
    if (impl_->installed) {
        apply_style(theme);
    }
}

void App::set_locale(Locale locale) {
    impl_->options.locale = locale;
    impl_->texts = Texts(locale);
}

Theme App::theme() const {
    return impl_->options.theme;
}

Locale App::locale() const {
    return impl_->options.locale;
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
          palette(self.options.theme),
          self.fonts,
          self.options.theme,
          ImGui::GetIO().ConfigMacOSXBehaviors,
          &self.animating};

    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(viewport->WorkPos);
    ImGui::SetNextWindowSize(viewport->WorkSize);
    const ImGuiWindowFlags root_flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                        ImGuiWindowFlags_NoSavedSettings |
                                        ImGuiWindowFlags_NoBringToFrontOnFocus |
                                        ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse;
    bool toggle_theme = false;
    bool toggle_locale = false;
    ImGui::Begin("ImTokens", nullptr, root_flags);
    if (!state.session.signed_in) {
        login_view(ui, self.buffers);
        if (self.options.top_bar) {
            preference_controls(
                ui, ImVec2(viewport->WorkPos.x + viewport->WorkSize.x - 20, viewport->WorkPos.y + 12),
                toggle_theme, toggle_locale);
        }
        ImGui::Dummy(ImVec2(0, 0));
    } else {
        if (self.options.top_bar) {
            top_bar(ui, toggle_theme, toggle_locale);
        }
        // The page scrolls under the bar. Its side padding centres a column of at most the maximum
        // width, so every view simply uses the available width.
        const float available = ImGui::GetContentRegionAvail().x;
        const float content =
            std::max(320.0F, std::min(metrics::content_max_width, available - metrics::page_padding_x * 2));
        const float side = std::max(16.0F, std::floor((available - content) * 0.5F));
        ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(side, metrics::page_padding_top));
        ImGui::BeginChild("page", ImVec2(0, 0), ImGuiChildFlags_AlwaysUseWindowPadding,
                          ImGuiWindowFlags_NoBackground);
        ImGui::PopStyleVar();
        ui.page_bottom = ImGui::GetWindowPos().y + ImGui::GetWindowHeight();
        if (state.session.permissions == Load::Ready) {
            if (state.view == View::List) {
                list_view(ui, self.buffers);
            } else {
                form_view(ui, self.buffers);
            }
        } else if (state.session.permissions == Load::Failed) {
            Card card(ui, "permissions-error", ImVec2(32, 24));
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

    dialogs(ui);
    session_expired_modal(ui, self.buffers);
    toasts(ui);

    if (toggle_theme) {
        set_theme(self.options.theme == Theme::Dark ? Theme::Light : Theme::Dark);
    }
    if (toggle_locale) {
        set_locale(self.options.locale == Locale::French ? Locale::English : Locale::French);
    }
    return actions;
}

} // namespace imt::ui
