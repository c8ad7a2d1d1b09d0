// How each backend answer changes the page: one handler per kind of call, dispatched by
// Updater::on_response once a 401 has had its say.

#include "core/codec.hpp"
#include "core/text.hpp"
#include "core/updater.hpp"

namespace imt::detail {
namespace {

bool is_session_call(const ApiCallKind& kind) {
    return std::holds_alternative<call::Login>(kind) ||
           std::holds_alternative<call::RefreshAccessToken>(kind);
}

bool is_save(const ApiCallKind& kind) {
    return std::holds_alternative<call::CreateToken>(kind) || std::holds_alternative<call::UpdateToken>(kind);
}

// A call refused for want of a session. Reads wait for the session to be renewed; writes do not.
void hold_for_renewal(Updater& u, const ApiCall& call, const HttpResponse& response) {
    State& s = u.s;
    const bool was_expired = s.session.expired;
    if (is_read(call.kind)) {
        // Kept to be sent once more when the session is renewed; a replay refused again ends the session.
        s.awaiting_session.push_back(call);
        if (call.replayed)
            s.session.expired = true;
    } else {
        // A write is never repeated on its own: the admin clicks again once the session is back.
        if (is_save(call.kind)) {
            s.form.saving = false;
            s.form.save_error = decode_error(response);
        }
        if (s.dialog)
            s.dialog->busy = false;
        u.notify(Tone::Danger, "notification.session_expired");
    }
    if (!s.session.expired && !s.session.refreshing) {
        s.session.refreshing = true;
        u.send(call::RefreshAccessToken{});
    }
    if (s.session.expired && !was_expired)
        u.effects.emplace_back(HostEvent{"session-expired", "{}"});
}

// The draft stays as the admin left it, with the server's findings on its fields, or on the whole
// form when they name none.
void save_refused(Updater& u, const ApiError& error) {
    auto& f = u.s.form;
    f.saving = false;
    f.server_errors.clear();
    for (const auto& e : error.field_errors) {
        if (!e.field.empty())
            f.server_errors.push_back(e);
    }
    if (f.server_errors.empty())
        f.save_error = error;
    u.notify_error(error);
}

// The permissions and the routes of the content API arrive apart, each kept as it comes.
template <class Part>
void keep_catalogue_part(Updater& u, Result<Part> part, std::optional<Part> ContentApi::*slot) {
    auto& api = u.s.content_api;
    if (!part) {
        api.load = Load::Failed;
        api.error = part.error();
        return;
    }
    api.*slot = std::move(part).value();
}

// Checked after every answer, not only after a part: a retry that finds both parts already in sends
// nothing, and is completed by whatever answer comes next.
void build_catalogue_once_complete(Updater& u) {
    auto& api = u.s.content_api;
    if (api.load != Load::Loading || !api.permissions || !api.routes)
        return;
    api.catalogue = PermissionCatalogue::build(*api.permissions, *api.routes);
    api.load = Load::Ready;
    if (in_form(u.s))
        u.refresh_form();
}

// --- Session ----------------------------------------------------------------------------------

void answer(Updater& u, const call::Login&, const HttpResponse& response) {
    auto& session = u.s.session;
    session.signing_in = false;
    auto login = decode_login(response);
    if (!login) {
        session.sign_in_error = login.error();
        return;
    }
    session.sign_in_error.reset();
    u.use_session(std::move(login.value().jwt));
}

void answer(Updater& u, const call::RefreshAccessToken&, const HttpResponse& response) {
    auto& session = u.s.session;
    session.refreshing = false;
    auto token = decode_access_token(response);
    if (!session.signed_in) {
        // Resuming after a reload: without a valid cookie the sign-in form stays.
        session.signing_in = false;
        if (token)
            u.use_session(std::move(token).value());
        return;
    }
    if (!token) {
        if (!session.expired)
            u.effects.emplace_back(HostEvent{"session-expired", "{}"});
        session.expired = true;
        return;
    }
    session.jwt = std::move(token).value();
    u.replay_awaiting_reads();
}

void answer(Updater& u, const call::LoadAdminPermissions&, const HttpResponse& response) {
    auto permissions = decode_admin_permissions(response);
    if (!permissions) {
        u.s.session.permissions = Load::Failed;
        u.notify_error(permissions.error());
        return;
    }
    u.s.session.can = capabilities_from(permissions.value());
    u.s.session.permissions = Load::Ready;
    // A question the admin may no longer answer goes (the form turns read-only by itself).
    if (u.s.dialog && !u.s.dialog->busy && !allowed(u.s.session.can, u.s.dialog->kind))
        u.s.dialog.reset();
}

// --- Reads ------------------------------------------------------------------------------------

void answer(Updater& u, const call::LoadTokens&, const HttpResponse& response) {
    auto tokens = decode_token_list(response);
    auto& list = u.s.list;
    const bool settles = u.s.unconfirmed_create && u.s.unconfirmed_create->list_call == response.request_id;
    if (!tokens) {
        list.load = Load::Failed;
        list.error = tokens.error();
        if (settles)
            settle_unconfirmed_create(u, false);
        return;
    }
    list.tokens = std::move(tokens.value().tokens);
    list.unread = std::move(tokens.value().unread);
    list.load = Load::Ready;
    u.refresh_list();
    if (in_form(u.s))
        u.refresh_form();
    if (settles)
        settle_unconfirmed_create(u, true);
}

void answer(Updater& u, const call::LoadContentPermissions&, const HttpResponse& response) {
    keep_catalogue_part(u, decode_content_api_permissions(response), &ContentApi::permissions);
}

void answer(Updater& u, const call::LoadContentRoutes&, const HttpResponse& response) {
    keep_catalogue_part(u, decode_content_api_routes(response), &ContentApi::routes);
}

// --- Writes -----------------------------------------------------------------------------------

void answer(Updater& u, const call::CreateToken& c, const HttpResponse& response) {
    auto created = decode_created_token(response);
    if (!created) {
        State& s = u.s;
        const bool earlier_one_made_it = s.unconfirmed_create &&
                                         s.unconfirmed_create->name == trim(c.draft.name) &&
                                         is_name_taken(created.error());
        if (outcome_unknown(response) || earlier_one_made_it) {
            // Saving stays on: no second create until the list says whether this one happened.
            ApiError error = earlier_one_made_it ? s.unconfirmed_create->error : created.error();
            // Strapi trims the name it stores (contract 027): the list is searched for that one.
            s.unconfirmed_create = UnconfirmedCreate{trim(c.draft.name), std::move(error), u.reread_tokens()};
            return;
        }
        save_refused(u, created.error());
        return;
    }
    auto& value = created.value();
    auto replaces = std::move(u.s.form.duplicate_of);
    u.upsert(value.token);
    u.navigate_without_asking(View::Edit, value.token.id);
    u.s.banner.emplace();
    u.s.banner->token_id = value.token.id;
    u.s.banner->key = std::move(value.access_key);
    if (replaces && find_token(u.s.list.tokens, replaces->id) != nullptr)
        u.s.banner->replaces = std::move(replaces);
    u.notify(Tone::Success, "notification.created");
    u.host_event("token-created", value.token.id, value.token.name);
}

void answer(Updater& u, const call::UpdateToken& c, const HttpResponse& response) {
    auto updated = decode_token(response);
    if (!updated) {
        save_refused(u, updated.error());
        return;
    }
    const ApiToken& token = updated.value();
    u.upsert(token);
    auto& f = u.s.form;
    if (u.s.view == View::Edit && f.id == token.id) {
        f.saving = false;
        f.original = token;
        // The server's reading of what was sent (a trimmed name, say) replaces it; a draft that is no
        // longer what was sent is the admin's newer word and stays.
        if (f.draft == c.draft)
            f.draft = draft_from_token(token);
        u.refresh_form();
    }
    u.notify(Tone::Success, "notification.edited");
}

void answer(Updater& u, const call::DeleteToken& c, const HttpResponse& response) {
    auto deleted = decode_deleted_token(response);
    u.s.dialog.reset();
    auto& banner = u.s.banner;
    const bool replaced_one = banner && banner->replaces && banner->replaces->id == c.id;
    if (!deleted) {
        // The banner's offer says why next to itself; nothing is sent again until the admin asks.
        if (replaced_one)
            banner->replace_error = deleted.error();
        u.notify_error(deleted.error());
        return;
    }
    if (replaced_one) {
        banner->replaced_deleted = true;
        banner->replace_error.reset();
    }
    auto& tokens = u.s.list.tokens;
    const ApiToken* gone = find_token(tokens, c.id);
    std::string name = gone != nullptr ? gone->name : std::string{};
    std::erase_if(tokens, [&](const ApiToken& t) { return t.id == c.id; });
    if (u.s.lost_key && u.s.lost_key->token_id == c.id)
        u.s.lost_key.reset();
    u.refresh_list();
    if (u.s.view == View::Edit && u.s.form.id == c.id)
        u.navigate_without_asking(View::List);
    u.notify(Tone::Success, "notification.deleted");
    u.host_event("token-deleted", c.id, name);
}

void answer(Updater& u, const call::RegenerateToken& c, const HttpResponse& response) {
    auto regenerated = decode_regenerated_token(response);
    u.s.dialog.reset();
    if (!regenerated) {
        // The server may have made a new key nobody saw, and the old one may be gone.
        if (outcome_unknown(response))
            u.s.lost_key = LostKey{c.id, LostKeyCause::Regenerated};
        u.notify_error(regenerated.error());
        return;
    }
    if (u.s.lost_key && u.s.lost_key->token_id == c.id)
        u.s.lost_key.reset();
    u.s.banner.emplace();
    u.s.banner->token_id = c.id;
    u.s.banner->key = std::move(regenerated.value().access_key);
    u.notify(Tone::Success, "notification.regenerated");
    u.host_event("token-regenerated", c.id, u.s.form.original ? u.s.form.original->name : std::string{});
}

} // namespace

void Updater::on_response(const ApiCall& call, const HttpResponse& response) {
    if (response.status == 401 && !is_session_call(call.kind)) {
        hold_for_renewal(*this, call, response);
        return;
    }
    std::visit([&](const auto& kind) { answer(*this, kind, response); }, call.kind);
    build_catalogue_once_complete(*this);
}

} // namespace imt::detail
