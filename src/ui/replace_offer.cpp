// Under the banner of a token made by Duplicate: the offer to delete the token it copies, which opens
// the usual delete confirmation; then what came of it (deleted, or why not). The rule of when it is
// offered is the core's (old_token_on_offer).

#include "core/text.hpp"
#include "imt_assets/embedded_assets.hpp"
#include "ui/views.hpp"
#include "ui/widget_kit.hpp"
#include "ui/widgets.hpp"

#include <imgui.h>

namespace imt::ui {
namespace {

// A button's text cannot wrap: a long name (Strapi stores up to 300 characters through its API) is
// cut there, and the accessible name keeps it whole.
constexpr std::size_t kNameInButton = 40;

std::string shortened(std::string_view name) {
    if (utf8_length(name) <= kNameInButton) {
        return std::string(name);
    }
    return std::string(first_code_points(name, kNameInButton)) + "\xE2\x80\xA6";
}

} // namespace

void replace_offer(Ui& ui) {
    namespace icon = assets::icon;
    const State& s = ui.state;
    const SecretBanner& banner = *s.banner;
    const Palette& p = ui.colours;
    if (banner.replaced_deleted && banner.replaces) {
        callout(ui, "old-token-deleted", Role::status, p.success, icon::check_circle,
                ui.tf("replace.deleted", {{"name", banner.replaces->name}}), {});
        return;
    }
    const DuplicateSource* old = old_token_on_offer(s);
    if (old == nullptr) {
        return;
    }
    Card card(ui, "old-token-offer", ImVec2(24, 16));
    const std::string_view title = ui.t("replace.title");
    declare(ImGui::GetCurrentWindow()->ID, {.role = Role::region, .name = std::string(title)});
    ImGui::PushFont(ui.fonts.body_strong);
    text(title, p.text);
    declare_heading(title, 2);
    ImGui::PopFont();
    ImGui::PushFont(ui.fonts.body);
    text_wrapped(ui.tf("replace.body", {{"name", old->name}}), p.text_muted,
                 ImGui::GetContentRegionAvail().x);
    ImGui::PopFont();
    ImGui::Dummy(ImVec2(0, 4));
    const std::string label = ui.tf("replace.delete", {{"name", shortened(old->name)}});
    const bool busy =
        s.dialog && s.dialog->kind == DialogKind::Delete && s.dialog->token_id == old->id && s.dialog->busy;
    if (button(ui, label, "delete-old-token", ButtonKind::DangerLight, {.icon = icon::trash, .busy = busy})) {
        ui.emit(act::AskDelete{old->id});
    }
    declare_last_item({.role = Role::button,
                       .name = ui.tf("replace.delete", {{"name", old->name}}),
                       .state = {.disabled = busy}});
    if (banner.replace_error) {
        ImGui::Dummy(ImVec2(0, 4));
        callout(ui, "old-token-error", Role::alert, p.danger, icon::exclamation_circle,
                ui.t("replace.failed"), error_text(ui, *banner.replace_error));
    }
}

} // namespace imt::ui
