#pragma once
// Effects are requests described as data: update() returns them, platform code performs them.

#include "core/model.hpp"
#include "core/secret.hpp"

#include <cstdint>
#include <string>
#include <variant>

namespace imt {

namespace call {
struct LoadTokens {};
struct LoadAdminPermissions {};
struct LoadContentPermissions {};
struct LoadContentRoutes {};
struct CreateToken {
    TokenDraft draft;
};
struct UpdateToken {
    TokenId id = 0;
    TokenDraft draft;
};
struct DeleteToken {
    TokenId id = 0;
};
struct RegenerateToken {
    TokenId id = 0;
};
struct Login {
    std::string email;
    Secret password;
};
struct RefreshAccessToken {}; // POST /admin/access-token with the refresh cookie
} // namespace call

using ApiCallKind =
    std::variant<call::LoadTokens, call::LoadAdminPermissions, call::LoadContentPermissions,
                 call::LoadContentRoutes, call::CreateToken, call::UpdateToken, call::DeleteToken,
                 call::RegenerateToken, call::Login, call::RefreshAccessToken>;

// Reads are safe to replay after a refreshed session; writes never are.
bool is_read(const ApiCallKind& kind);

struct ApiCall {
    std::uint64_t id = 0; // the HttpFinished action for this call carries the same id
    ApiCallKind kind;
    bool replayed = false; // already re-sent once after a session renewal: a second 401 ends the session
};

// The platform writes the text to the system clipboard and answers with SecretCopied.
struct CopyToClipboard {
    Secret text;
};

// Ask the platform to wake the loop (and send Tick) no later than this time.
struct WakeAt {
    Timestamp at;
};

// Tell an embedding host page that something happened. Never carries a secret.
struct HostEvent {
    std::string name;        // "token-created", "token-regenerated", "token-deleted", "session-expired"
    std::string detail_json; // e.g. {"id":5,"name":"CI"}
    friend bool operator==(const HostEvent&, const HostEvent&) = default;
};

// The platform saves a file the admin asked for (the list's export: never a secret) and answers
// with FileSaved: a download on the web, a file in the working directory on a desktop.
struct SaveFile {
    std::string file_name;
    std::string media_type;
    std::string text;
    friend bool operator==(const SaveFile&, const SaveFile&) = default;
};

using Effect = std::variant<ApiCall, CopyToClipboard, WakeAt, HostEvent, SaveFile>;

} // namespace imt
