#pragma once
// The whole page as one value. The UI reads it; only update() changes it.

#include "core/api_error.hpp"
#include "core/capabilities.hpp"
#include "core/copy_variants.hpp"
#include "core/effects.hpp"
#include "core/model.hpp"
#include "core/permission_catalogue.hpp"
#include "core/secret.hpp"
#include "core/token_status.hpp"
#include "core/token_table.hpp"
#include "core/validation.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace imt {

enum class Load { Idle, Loading, Ready, Failed };

struct Session {
    bool signed_in = false;
    bool signing_in = false;
    bool expired = false; // a call came back 401 and the refresh cookie could not renew it
    bool refreshing = false;
    Secret jwt;
    std::optional<ApiError> sign_in_error;
    Load permissions = Load::Idle;
    Capabilities can;
};

struct TokenList {
    Load load = Load::Idle;
    std::optional<ApiError> error;
    std::vector<ApiToken> tokens;
    UnreadRows unread; // rows of the last answer left out because they could not be read
    TableOrder order;
    std::vector<std::size_t> rows; // visible_rows(tokens, order, now), refreshed whenever either changes
    // count_statuses(tokens, now), judged again when the list changes or at statuses_change_at (the
    // next moment a status turns, next_status_change()), so neither a frame nor a Tick counts.
    StatusCounts counts;
    Timestamp statuses_change_at;
};

enum class View { List, Create, Edit };

// The token a create form was opened from by Duplicate. Once the new token's key is shown, the page
// offers to delete this one: the rotation Strapi's Regenerate cannot do, since it keeps the expiry.
struct DuplicateSource {
    TokenId id = 0;
    std::string name;
    friend bool operator==(const DuplicateSource&, const DuplicateSource&) = default;
};

struct TokenForm {
    std::optional<TokenId> id;        // set when editing
    std::optional<ApiToken> original; // the token as the server last returned it
    TokenDraft draft;
    DraftCheck check;                      // validate_draft(draft), refreshed on every edit
    std::vector<FieldError> server_errors; // from the last failed save, cleared by editing that field
    std::optional<ApiError> save_error;    // a failure that names no field
    bool saving = false;
    PermissionSet shown_permissions;           // the draft's own for Custom, the preset otherwise
    std::optional<PermissionAction> routes_of; // the action whose bound routes the side panel shows
    std::string action_filter;
    std::optional<DuplicateSource> duplicate_of; // set when Duplicate opened this create form
};

// What the content API offers a token: its permissions and routes as they arrive, and the catalogue
// built from both once the second one is in.
struct ContentApi {
    Load load = Load::Idle; // of the catalogue: Ready once both parts arrived and it is built
    std::optional<ContentApiPermissions> permissions;
    std::optional<ContentApiRoutes> routes;
    PermissionCatalogue catalogue;
    std::optional<ApiError> error;
};

// The accessKey of a token just created or regenerated: shown once, wiped when it goes away.
struct SecretBanner {
    TokenId token_id = 0;
    Secret key;
    bool copied = false;
    bool formats_open = false;                 // the "More formats" menu
    CopyVariant pending = CopyVariant::Raw;    // asked for, not yet confirmed by the platform
    std::optional<CopyVariant> copied_variant; // the last one the clipboard took
    // The token this one was duplicated from, which the banner offers to delete.
    std::optional<DuplicateSource> replaces;
    bool replaced_deleted = false;         // that delete went through
    std::optional<ApiError> replace_error; // that delete failed: why
};

enum class DialogKind { Regenerate, Delete, LeaveUncopiedSecret };

struct Dialog {
    DialogKind kind = DialogKind::Delete;
    TokenId token_id = 0;
    std::string token_name;
    bool busy = false; // the confirmed request is in flight
    // For LeaveUncopiedSecret: where the admin was going.
    std::optional<View> leave_to;
    std::optional<TokenId> leave_to_token;
    std::string leave_to_copy_word; // leaving for Duplicate: its name suffix (act::Duplicate)
};

// A create whose answer never came or could not be read: the token may exist, with a key nobody saw.
// Save waits until a fresh read of the list says (list_call); a read that fails leaves the question
// open, and a later "Name already taken" for this name is then read as the answer.
struct UnconfirmedCreate {
    std::string name;
    ApiError error; // what the create's answer was, shown if the token turns out not to exist
    std::optional<std::uint64_t> list_call;
};

// A key the server made but the page could not show. The edit page of that token says so and offers
// Regenerate; a regenerate that succeeds clears it.
enum class LostKeyCause {
    Created,     // the token was created; its key was in the answer that never came
    Regenerated, // the regenerate may have happened: the old key may no longer work
};
struct LostKey {
    TokenId token_id = 0;
    LostKeyCause cause = LostKeyCause::Created;
};

enum class Tone { Success, Danger, Info };

struct Notification {
    std::uint64_t id = 0;
    Tone tone = Tone::Info;
    std::string message_key;
    std::string detail; // e.g. the server's message
    Timestamp expires_at;
};

struct State {
    Timestamp now;
    Session session;
    View view = View::List;
    TokenList list;
    TokenForm form;
    ContentApi content_api;
    std::optional<SecretBanner> banner;
    std::optional<UnconfirmedCreate> unconfirmed_create;
    std::optional<LostKey> lost_key;
    std::optional<Dialog> dialog;
    std::vector<Notification> notifications;
    CopyPrefs copy; // survives signing out: the origin is the platform's, the .env name the admin's

    std::vector<ApiCall> in_flight;        // calls sent and not yet answered
    std::vector<ApiCall> awaiting_session; // reads to replay once the session is renewed
    std::uint64_t next_id = 1;
};

// How long a toast stays on screen.
inline constexpr std::int64_t kNotificationMs = 5000;

// Questions about the page that the core, the UI and the platforms all ask, answered once here.

// The create or the edit form is open.
bool in_form(const State& s);
// The open form takes input: creating with api-tokens.create, editing with api-tokens.update, as in
// Strapi. Read-only otherwise.
bool form_editable(const State& s);
// The open form's inputs take typing: editable, and no save in flight (the save's answer would
// otherwise meet a draft it was not sent from). Save stays shown, busy, while this is false.
bool form_takes_input(const State& s);
// The admin may confirm a dialog of this kind: regenerate and delete need their permission.
bool allowed(const Capabilities& can, DialogKind kind);
// Duplicate is offered for this token: it is in the list and the admin may create tokens.
bool may_duplicate(const State& s, TokenId id);
// The token the banner's token was duplicated from, while the banner offers to delete it: the
// admin may delete, it is still in the list and the delete has not gone through. Null otherwise.
const DuplicateSource* old_token_on_offer(const State& s);
// Nothing is on its way from the backend, so what the page shows will not change by itself. A
// session that expired waits for the admin, not for the backend: that counts as settled.
bool settled(const State& s);

} // namespace imt
