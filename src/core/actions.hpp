#pragma once
// Everything that can happen to the page: what the admin does, and what the backend answers.

#include "core/copy_variants.hpp"
#include "core/http.hpp"
#include "core/model.hpp"
#include "core/secret.hpp"
#include "core/token_export.hpp"
#include "core/token_table.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <variant>

namespace imt {

namespace act {
// Session
struct SignIn {
    std::string email;
    Secret password;
};
struct UseSession {
    Secret jwt;
}; // a host page hands over an admin JWT
struct SignOut {};
// Try the refresh cookie before showing the sign-in form: a reload keeps the admin signed in.
struct ResumeSession {};
// Time passes (notifications expire); the platform sends it when a WakeAt falls due.
struct Tick {
    Timestamp now;
};
// Navigation
struct OpenList {};
struct OpenCreate {};
struct OpenEdit {
    TokenId id = 0;
};
// The create form, filled in from this token: same type, permissions and description, the name
// suffixed with `copy_word` (the page's "copy", in its language), a duration to choose afresh.
struct Duplicate {
    TokenId id = 0;
    std::string copy_word;
};
struct Reload {};
// The platform drew the list for the first time: what the forms need can be fetched ahead now.
struct ListDrawn {};
// List
struct SortBy {
    SortColumn column = SortColumn::Name;
    bool ascending = true;
};
struct Search {
    std::string query;
};
// Only the tokens with this status (a filter button, a part of the summary line); none: all of them.
struct FilterByStatus {
    std::optional<TokenStatus> status;
};
// The rows shown, filter and search applied, as a file the platform saves (effect SaveFile).
struct ExportList {
    ExportFormat format = ExportFormat::Csv;
};
// The platform's answer to SaveFile: where the file went (a download's name, a path), or why not.
struct FileSaved {
    bool ok = true;
    std::string where;
};
// Form
struct EditName {
    std::string text;
};
struct EditDescription {
    std::string text;
};
struct ChooseLifespan {
    Lifespan lifespan = Lifespan::Days30;
};
struct ChooseType {
    TokenType type = TokenType::ReadOnly;
};
struct ToggleAction {
    PermissionAction action;
};
struct ToggleController {
    std::string section;
    std::string controller;
};
struct ShowRoutesOf {
    PermissionAction action;
}; // the cog
struct FilterActions {
    std::string query;
};
struct Save {};
// Confirmations
struct AskRegenerate {};
struct AskDelete {
    TokenId id = 0;
};
struct Confirm {};
struct Cancel {};
// Secret banner
struct CopySecret {
    CopyVariant variant = CopyVariant::Raw;
};
struct SecretCopied {
    // A constructor, so the platforms' SecretCopied{ok} needs no variant.
    explicit SecretCopied(bool ok_ = true, std::optional<CopyVariant> variant_ = std::nullopt)
        : ok(ok_), variant(variant_) {}
    bool ok = true;
    // Which text was written, when the platform wrote it itself inside the click's event (web):
    // its answer may come before the UI's CopySecret for the same click.
    std::optional<CopyVariant> variant;
};
struct ToggleCopyFormats {}; // the banner's "More formats" menu
struct EditEnvName {
    std::string text;
};
// The platform says where Strapi is, for the curl and fetch() texts.
struct KnowStrapiOrigin {
    std::string origin;
};
struct DismissBanner {};
// Notifications
struct DismissNotification {
    std::uint64_t id = 0;
};
// Backend
struct HttpFinished {
    HttpResponse response;
};
} // namespace act

using Action =
    std::variant<act::SignIn, act::UseSession, act::SignOut, act::ResumeSession, act::Tick, act::OpenList,
                 act::OpenCreate, act::OpenEdit, act::Duplicate, act::Reload, act::ListDrawn, act::SortBy,
                 act::Search, act::FilterByStatus, act::ExportList, act::FileSaved, act::EditName,
                 act::EditDescription, act::ChooseLifespan, act::ChooseType, act::ToggleAction,
                 act::ToggleController, act::ShowRoutesOf, act::FilterActions, act::Save, act::AskRegenerate,
                 act::AskDelete, act::Confirm, act::Cancel, act::CopySecret, act::SecretCopied,
                 act::ToggleCopyFormats, act::EditEnvName, act::KnowStrapiOrigin, act::DismissBanner,
                 act::DismissNotification, act::HttpFinished>;

} // namespace imt
