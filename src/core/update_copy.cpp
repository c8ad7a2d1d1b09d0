// The banner's copy actions: which text goes to the clipboard, and what the banner says once it did.

#include "core/update_copy.hpp"

#include "core/banner_copy.hpp"

namespace imt::detail {

void handle(Updater& u, act::CopySecret& a) {
    if (!u.s.banner || !banner_variant_available(u.s, a.variant))
        return;
    u.s.banner->pending = a.variant;
    u.effects.emplace_back(CopyToClipboard{banner_copy_text(u.s, a.variant)});
}

void handle(Updater& u, act::SecretCopied& a) {
    if (!u.s.banner)
        return;
    if (a.ok) {
        u.s.banner->copied = true;
        u.s.banner->copied_variant = a.variant.value_or(u.s.banner->pending);
        u.notify(Tone::Success, "notification.copied");
    } else {
        u.notify(Tone::Danger, "notification.copy_failed");
    }
}

void handle(Updater& u, act::ToggleCopyFormats&) {
    if (u.s.banner)
        u.s.banner->formats_open = !u.s.banner->formats_open;
}

// Kept as typed, invalid or not: the field shows the problem and the .env copy waits for a valid one.
void handle(Updater& u, act::EditEnvName& a) {
    u.s.copy.env_name = std::move(a.text);
}

void handle(Updater& u, act::KnowStrapiOrigin& a) {
    u.s.copy.strapi_origin = normalised_origin(a.origin);
}

} // namespace imt::detail
