#pragma once
// Writes to the system clipboard through navigator.clipboard. A secret is best written inside the
// DOM event of the click itself (Safari refuses it later); the UI's own request for the same click
// then arrives a frame later and must not write, nor report, a second time.

#include "core/copy_variants.hpp"
#include "core/secret.hpp"

#include <functional>
#include <optional>
#include <string_view>

namespace imt::web {

class Clipboard {
public:
    // on_secret_written(ok, variant) is called once per written secret, when the browser has
    // answered; `variant` is the copy format a gesture wrote (none for the core's own request).
    using OnSecretWritten = std::function<void(bool, std::optional<CopyVariant>)>;
    explicit Clipboard(OnSecretWritten on_secret_written)
        : on_secret_written_(std::move(on_secret_written)) {}

    // From inside a pointer event: the user activation is still valid.
    void write_secret_from_gesture(const Secret& secret, double now_ms, CopyVariant variant);
    // The core's CopyToClipboard effect.
    void write_secret(const Secret& secret, double now_ms);
    // ImGui's own copy (Ctrl+C in a text field).
    void write_text(std::string_view text);
    // The browser's answer to job (see imt_js_write_clipboard).
    void written(int job, bool ok);

private:
    int start(std::string_view text, bool secret);

    OnSecretWritten on_secret_written_;
    std::optional<CopyVariant> last_secret_variant_;
    int next_job_ = 1;
    int last_secret_job_ = 0;
    double gesture_at_ms_ = -1e9;
};

} // namespace imt::web
