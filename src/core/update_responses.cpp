// How each backend answer changes the page.

#include "core/codec.hpp"
#include "core/update_context.hpp"

#include <algorithm>

namespace imt::detail {
namespace {

template <class... F>
struct Overloaded : F... {
    using F::operator()...;
};
template <class... F>
Overloaded(F...) -> Overloaded<F...>;

void keep_draft_with_errors(State& s, const ApiError& error) {
    auto& f = s.form;
    f.saving = false;
    f.server_errors.clear();
    for (const auto& e : error.field_errors) {
        if (!e.field.empty())
            f.server_errors.push_back(e);
    }
    if (f.server_errors.empty())
        f.save_error = error;
}

} // namespace

void Updater::on_response(const ApiCall& call, const HttpResponse& response) {
    const bool session_call = std::holds_alternative<call::Login>(call.kind) ||
                              std::holds_alternative<call::RefreshAccessToken>(call.kind);

    if (response.status == 401 && !session_call) {
        const bool was_expired = s.session.expired;
        if (is_read(call.kind)) {
            // Kept to be sent once more when the session is renewed; a replay refused again ends the session.
            s.awaiting_session.push_back(call);
            if (call.replayed)
                s.session.expired = true;
        } else {
            // A write is never repeated on its own: the admin clicks again once the session is back.
            ApiError error = decode_error(response);
            if (std::holds_alternative<call::CreateToken>(call.kind) ||
                std::holds_alternative<call::UpdateToken>(call.kind)) {
                s.form.saving = false;
                s.form.save_error = error;
            }
            if (s.dialog)
                s.dialog->busy = false;
            notify(Tone::Danger, "notification.session_expired");
        }
        if (!s.session.expired && !s.session.refreshing) {
            s.session.refreshing = true;
            send(call::RefreshAccessToken{});
        }
        if (s.session.expired && !was_expired)
            effects.emplace_back(HostEvent{"session-expired", "{}"});
        return;
    }

    std::visit(Overloaded{
                   [&](const call::Login&) {
                       s.session.signing_in = false;
                       auto login = decode_login(response);
                       if (!login) {
                           s.session.sign_in_error = login.error();
                           return;
                       }
                       s.session.jwt = std::move(login.value().jwt);
                       s.session.sign_in_error.reset();
                       const bool resuming = s.session.signed_in && s.session.expired;
                       s.session.signed_in = true;
                       s.session.expired = false;
                       if (resuming)
                           replay_awaiting_reads();
                       else
                           start_session();
                   },
                   [&](const call::RefreshAccessToken&) {
                       s.session.refreshing = false;
                       auto token = decode_access_token(response);
                       if (!s.session.signed_in) {
                           // Resuming after a reload: without a valid cookie the sign-in form stays.
                           s.session.signing_in = false;
                           if (token) {
                               s.session.jwt = std::move(token.value());
                               s.session.signed_in = true;
                               start_session();
                           }
                           return;
                       }
                       if (!token) {
                           if (!s.session.expired)
                               effects.emplace_back(HostEvent{"session-expired", "{}"});
                           s.session.expired = true;
                           return;
                       }
                       s.session.jwt = std::move(token.value());
                       replay_awaiting_reads();
                   },
                   [&](const call::LoadAdminPermissions&) {
                       auto permissions = decode_admin_permissions(response);
                       if (!permissions) {
                           s.session.permissions = Load::Failed;
                           notify_error(permissions.error());
                           return;
                       }
                       s.session.can = capabilities_from(permissions.value());
                       s.session.permissions = Load::Ready;
                   },
                   [&](const call::LoadTokens&) {
                       auto tokens = decode_token_list(response);
                       if (!tokens) {
                           s.list.load = Load::Failed;
                           s.list.error = tokens.error();
                           return;
                       }
                       s.list.tokens = std::move(tokens.value());
                       s.list.load = Load::Ready;
                       refresh_rows();
                       if (s.view == View::Create || s.view == View::Edit)
                           refresh_form();
                   },
                   [&](const call::LoadContentPermissions&) {
                       auto permissions = decode_content_api_permissions(response);
                       if (!permissions) {
                           s.catalogue.load = Load::Failed;
                           s.catalogue.error = permissions.error();
                           return;
                       }
                       s.catalogue.permissions = std::move(permissions.value());
                   },
                   [&](const call::LoadContentRoutes&) {
                       auto routes = decode_content_api_routes(response);
                       if (!routes) {
                           s.catalogue.load = Load::Failed;
                           s.catalogue.error = routes.error();
                           return;
                       }
                       s.catalogue.routes = std::move(routes.value());
                   },
                   [&](const call::CreateToken&) {
                       auto created = decode_created_token(response);
                       if (!created) {
                           keep_draft_with_errors(s, created.error());
                           notify_error(created.error());
                           return;
                       }
                       auto& value = created.value();
                       upsert(value.token);
                       go(View::Edit, value.token.id);
                       s.banner = SecretBanner{value.token.id, std::move(value.access_key), false};
                       notify(Tone::Success, "notification.created");
                       host_event("token-created", value.token.id, value.token.name);
                   },
                   [&](const call::UpdateToken&) {
                       auto updated = decode_token(response);
                       if (!updated) {
                           keep_draft_with_errors(s, updated.error());
                           notify_error(updated.error());
                           return;
                       }
                       upsert(updated.value());
                       if (s.view == View::Edit && s.form.id == updated.value().id) {
                           s.form.saving = false;
                           s.form.original = updated.value();
                           s.form.draft = draft_from_token(updated.value());
                           refresh_form();
                       }
                       notify(Tone::Success, "notification.edited");
                   },
                   [&](const call::DeleteToken& c) {
                       auto deleted = decode_deleted_token(response);
                       s.dialog.reset();
                       if (!deleted) {
                           notify_error(deleted.error());
                           return;
                       }
                       const auto gone = std::find_if(s.list.tokens.begin(), s.list.tokens.end(),
                                                      [&](const ApiToken& t) { return t.id == c.id; });
                       std::string name = gone != s.list.tokens.end() ? gone->name : std::string{};
                       std::erase_if(s.list.tokens, [&](const ApiToken& t) { return t.id == c.id; });
                       refresh_rows();
                       if (s.view == View::Edit && s.form.id == c.id)
                           go(View::List, std::nullopt);
                       notify(Tone::Success, "notification.deleted");
                       host_event("token-deleted", c.id, name);
                   },
                   [&](const call::RegenerateToken& c) {
                       auto regenerated = decode_regenerated_token(response);
                       s.dialog.reset();
                       if (!regenerated) {
                           notify_error(regenerated.error());
                           return;
                       }
                       s.banner = SecretBanner{c.id, std::move(regenerated.value().access_key), false};
                       notify(Tone::Success, "notification.regenerated");
                       host_event("token-regenerated", c.id,
                                  s.form.original ? s.form.original->name : std::string{});
                   },
               },
               call.kind);

    auto& c = s.catalogue;
    if (c.load == Load::Loading && c.permissions && c.routes) {
        c.catalogue = PermissionCatalogue::build(*c.permissions, *c.routes);
        c.load = Load::Ready;
        if (s.view == View::Create || s.view == View::Edit)
            refresh_form();
    }
}

} // namespace imt::detail
