#include "ui/copy_formats.hpp"

#include "core/banner_copy.hpp"
#include "imt_assets/embedded_assets.hpp"
#include "ui/widget_kit.hpp"
#include "ui/widgets.hpp"

#include <imgui.h>

#include <string_view>

namespace imt::ui {
namespace {

// Written out, not assembled, so the catalogue test finds every key.
std::string_view short_name_key(CopyVariant variant) {
    switch (variant) {
    case CopyVariant::Raw:
        return "banner.copy";
    case CopyVariant::Header:
        return "banner.format.header";
    case CopyVariant::EnvLine:
        return "banner.format.env";
    case CopyVariant::Curl:
        return "banner.format.curl";
    case CopyVariant::Fetch:
        return "banner.format.fetch";
    }
    return "banner.copy";
}

std::string_view copy_as_key(CopyVariant variant) {
    switch (variant) {
    case CopyVariant::Raw:
        return "banner.copy";
    case CopyVariant::Header:
        return "banner.copy_as.header";
    case CopyVariant::EnvLine:
        return "banner.copy_as.env";
    case CopyVariant::Curl:
        return "banner.copy_as.curl";
    case CopyVariant::Fetch:
        return "banner.copy_as.fetch";
    }
    return "banner.copy";
}

} // namespace

std::string copy_button_label(Ui& ui) {
    const SecretBanner& banner = *ui.state.banner;
    if (!banner.copied) {
        return std::string(ui.t("banner.copy"));
    }
    const CopyVariant last = banner.copied_variant.value_or(CopyVariant::Raw);
    if (last == CopyVariant::Raw) {
        return std::string(ui.t("banner.copied"));
    }
    return ui.tf("banner.copied_as", {{"format", ui.t(short_name_key(last))}});
}

void copy_formats(Ui& ui, float width) {
    namespace icon = assets::icon;
    const State& s = ui.state;
    const SecretBanner& banner = *s.banner;
    const Palette& p = ui.colours;
    ImGui::Dummy(ImVec2(0, 4));
    const auto route = banner_route(s);
    std::string route_text;
    if (route) {
        route_text = ui.tf("banner.route", {{"path", *route}});
    } else {
        route_text = std::string(s.content_api.load == Load::Ready ? ui.t("banner.no_route")
                                                                   : ui.t("banner.route_loading"));
    }

    // One button per format, wrapping onto the next line when the banner is narrow.
    const float left = ImGui::GetCursorScreenPos().x;
    float x = left;
    bool first = true;
    for (const CopyVariant variant : kCopyVariants) {
        if (variant == CopyVariant::Raw) {
            continue; // the primary Copy
        }
        const bool last_copied = banner.copied && banner.copied_variant == variant;
        const std::string label(ui.t(copy_as_key(variant)));
        const ButtonOptions options{.icon = last_copied ? icon::check : icon::copy,
                                    .disabled = !banner_variant_available(s, variant)};
        const float w = button_size(ui, label, options).x;
        if (!first && x + 8 + w <= left + width) {
            ImGui::SameLine(0, 8);
            x += 8;
        } else {
            x = left;
        }
        // "###copy-as:<format>": one id in every locale, from which the web layer reads the format.
        if (button(ui, label, "#copy-as:" + std::string(variant_id(variant)), ButtonKind::Secondary,
                   options)) {
            ui.emit(act::CopySecret{variant});
        }
        // curl and fetch() are described by the route they call, read out with the button.
        const bool calls_route = variant == CopyVariant::Curl || variant == CopyVariant::Fetch;
        declare_last_item({.role = Role::button,
                           .name = label,
                           .description = calls_route ? route_text : std::string{},
                           .state = {.disabled = options.disabled, .pressed = last_copied}});
        x += w;
        first = false;
    }

    // The .env variable's name: kept for the page's life, in memory only.
    ImGui::Dummy(ImVec2(0, 6));
    const std::string_view env_label = ui.t("banner.env_name");
    field_label(ui, env_label, false);
    std::string name = s.copy.env_name;
    const bool invalid = !valid_env_name(name);
    if (text_input(ui, "env-name", name,
                   {.name = env_label,
                    .width = std::min(width, 320.0F),
                    .invalid = invalid,
                    .error = invalid ? ui.t("banner.env_name_invalid") : std::string_view{}})) {
        ui.emit(act::EditEnvName{name});
    }
    if (invalid) {
        field_message(ui, ui.t("banner.env_name_invalid"), p.danger.strong, icon::exclamation_circle);
    }

    // Which route curl and fetch() call (the path only: nothing here holds the key).
    ImGui::Dummy(ImVec2(0, 2));
    ImGui::PushFont(ui.fonts.small);
    text_wrapped(route_text, p.text_subtle, width);
    ImGui::PopFont();
}

} // namespace imt::ui
