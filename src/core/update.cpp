#include "core/update.hpp"

#include "core/json_read.hpp"
#include "core/update_context.hpp"

#include <algorithm>

namespace imt {
namespace detail {

void Updater::send(ApiCallKind kind, bool replayed) {
    ApiCall call{s.next_id++, std::move(kind), replayed};
    s.in_flight.push_back(call);
    effects.emplace_back(std::move(call));
}

void Updater::notify(Tone tone, std::string message_key, std::string detail) {
    Notification n{s.next_id++, tone, std::move(message_key), std::move(detail),
                   Timestamp{s.now.ms + kNotificationMs}};
    effects.emplace_back(WakeAt{n.expires_at});
    s.notifications.push_back(std::move(n));
}

// Strapi's own message explains an HTTP error; for the rest the page's text is clearer than ours.
void Updater::notify_error(const ApiError& error) {
    switch (error.kind) {
    case ApiErrorKind::Http:
        notify(Tone::Danger, "notification.error", error.message);
        return;
    case ApiErrorKind::Offline:
        notify(Tone::Danger, "error.offline");
        return;
    case ApiErrorKind::Timeout:
        notify(Tone::Danger, "error.timeout");
        return;
    case ApiErrorKind::MalformedJson:
        notify(Tone::Danger, "error.malformed_json");
        return;
    case ApiErrorKind::UnexpectedShape:
        notify(Tone::Danger, "error.unexpected_shape", error.message);
        return;
    }
}

void Updater::host_event(std::string name, TokenId id, const std::string& token_name) {
    const json_read::Json detail = {{"id", id}, {"name", token_name}};
    effects.emplace_back(HostEvent{std::move(name), json_read::to_text(detail)});
}

void Updater::start_session() {
    s.session.permissions = Load::Loading;
    send(call::LoadAdminPermissions{});
    // The list is asked for alongside the admin's permissions, not after them: one round trip less
    // before the table shows. An admin without api-tokens.read gets a 403 that the page never shows;
    // it waits for the permissions and then shows its no-permission state.
    load_tokens();
}

void Updater::replay_awaiting_reads() {
    auto replays = std::move(s.awaiting_session);
    s.awaiting_session.clear();
    for (auto& c : replays)
        send(std::move(c.kind), true);
}

void Updater::load_tokens() {
    if (s.list.load == Load::Loading)
        return;
    s.list.load = Load::Loading;
    s.list.error.reset();
    send(call::LoadTokens{});
}

void Updater::ensure_catalogue() {
    auto& c = s.catalogue;
    if (c.load == Load::Loading || c.load == Load::Ready)
        return;
    c.load = Load::Loading;
    c.error.reset();
    if (!c.permissions)
        send(call::LoadContentPermissions{});
    if (!c.routes)
        send(call::LoadContentRoutes{});
}

void Updater::refresh_rows() {
    s.list.rows = visible_rows(s.list.tokens, s.list.order);
}

void Updater::refresh_form() {
    auto& f = s.form;
    ValidationContext context;
    context.existing = &s.list.tokens;
    context.editing_id = f.id;
    if (s.catalogue.load == Load::Ready)
        context.catalogue = &s.catalogue.catalogue;
    if (f.original)
        context.original_lifespan = lifespan_from_ms(f.original->lifespan_ms);
    f.check = validate_draft(f.draft, context);
    f.shown_permissions =
        f.draft.type == TokenType::Custom ? f.draft.permissions : s.catalogue.catalogue.preset(f.draft.type);
}

void Updater::upsert(const ApiToken& token) {
    auto& tokens = s.list.tokens;
    auto it = std::find_if(tokens.begin(), tokens.end(), [&](const ApiToken& t) { return t.id == token.id; });
    if (it == tokens.end()) {
        tokens.push_back(token);
    } else {
        *it = token;
    }
    refresh_rows();
}

// Leaving the banner's token with a key nobody copied asks first: the key cannot be shown again.
void Updater::navigate(View view, std::optional<TokenId> token) {
    const bool leaves_banner = s.banner && !(view == View::Edit && token == s.banner->token_id);
    if (leaves_banner && !s.banner->copied) {
        Dialog d;
        d.kind = DialogKind::LeaveUncopiedSecret;
        d.token_id = s.banner->token_id;
        d.leave_to = view;
        d.leave_to_token = token;
        s.dialog = std::move(d);
        return;
    }
    go(view, token);
}

void Updater::go(View view, std::optional<TokenId> token) {
    if (s.banner && !(view == View::Edit && token == s.banner->token_id))
        s.banner.reset();
    s.view = view;
    s.form = TokenForm{};
    if (view == View::List) {
        if (s.list.load != Load::Ready)
            load_tokens();
        return;
    }
    if (view == View::Edit) {
        auto& tokens = s.list.tokens;
        auto it =
            std::find_if(tokens.begin(), tokens.end(), [&](const ApiToken& t) { return t.id == token; });
        if (it == tokens.end()) {
            s.view = View::List;
            return;
        }
        s.form.id = it->id;
        s.form.original = *it;
        s.form.draft = draft_from_token(*it);
    }
    ensure_catalogue();
    refresh_form();
}

} // namespace detail

namespace {

using detail::Updater;

bool in_form(const State& s) {
    return s.view == View::Create || s.view == View::Edit;
}

// Inputs are read-only when editing without the update permission, as in Strapi.
bool form_editable(const State& s) {
    return (s.view == View::Create && s.session.can.create) || (s.view == View::Edit && s.session.can.update);
}

void clear_server_error(TokenForm& form, std::string_view field) {
    std::erase_if(form.server_errors, [&](const FieldError& e) { return e.field == field; });
}

struct Handle {
    Updater& u;
    State& s = u.s;

    void operator()(act::SignIn& a) {
        if (s.session.signing_in)
            return;
        s.session.signing_in = true;
        s.session.sign_in_error.reset();
        u.send(call::Login{std::move(a.email), std::move(a.password)});
    }
    void operator()(act::UseSession& a) {
        // A host handing over a new token for an expired session: the page carries on where it was.
        const bool resuming = s.session.signed_in && s.session.expired;
        s.session.jwt = std::move(a.jwt);
        s.session.signed_in = true;
        s.session.expired = false;
        if (resuming)
            u.replay_awaiting_reads();
        else
            u.start_session();
    }
    void operator()(act::ResumeSession&) {
        if (s.session.signed_in || s.session.signing_in) {
            return;
        }
        s.session.signing_in = true;
        u.send(call::RefreshAccessToken{});
    }
    void operator()(act::SignOut&) {
        State fresh;
        fresh.now = s.now;
        fresh.next_id = s.next_id;
        s = std::move(fresh);
    }
    void operator()(act::Tick& a) {
        s.now = a.now;
        std::erase_if(s.notifications, [&](const Notification& n) { return n.expires_at <= s.now; });
    }
    void operator()(act::OpenList&) { u.navigate(View::List); }
    void operator()(act::OpenCreate&) {
        if (s.session.can.create)
            u.navigate(View::Create);
    }
    void operator()(act::OpenEdit& a) {
        if (s.session.can.read)
            u.navigate(View::Edit, a.id);
    }
    void operator()(act::Reload&) {
        if (!s.session.signed_in)
            return;
        if (s.session.permissions == Load::Failed) {
            u.start_session();
            return;
        }
        if (s.session.can.read)
            u.load_tokens();
        if (s.catalogue.load == Load::Failed && in_form(s))
            u.ensure_catalogue();
    }
    void operator()(act::SortBy& a) {
        s.list.order.column = a.column;
        s.list.order.ascending = a.ascending;
        u.refresh_rows();
    }
    void operator()(act::Search& a) {
        if (s.list.order.query == a.query)
            return;
        s.list.order.query = std::move(a.query);
        u.refresh_rows();
    }
    void operator()(act::EditName& a) {
        if (!form_editable(s))
            return;
        s.form.draft.name = std::move(a.text);
        clear_server_error(s.form, "name");
        u.refresh_form();
    }
    void operator()(act::EditDescription& a) {
        if (!form_editable(s))
            return;
        s.form.draft.description = std::move(a.text);
        clear_server_error(s.form, "description");
        u.refresh_form();
    }
    void operator()(act::ChooseLifespan& a) {
        // Strapi fixes a token's lifespan at creation.
        if (s.view != View::Create || !form_editable(s))
            return;
        s.form.draft.lifespan = a.lifespan;
        clear_server_error(s.form, "lifespan");
        u.refresh_form();
    }
    void operator()(act::ChooseType& a) {
        if (!form_editable(s))
            return;
        s.form.draft.type = a.type;
        clear_server_error(s.form, "type");
        clear_server_error(s.form, "permissions");
        u.refresh_form();
    }
    void operator()(act::ToggleAction& a) {
        if (!form_editable(s) || s.form.draft.type != TokenType::Custom)
            return;
        if (!s.catalogue.catalogue.contains(a.action))
            return;
        s.form.draft.permissions = toggle_action(std::move(s.form.draft.permissions), a.action);
        clear_server_error(s.form, "permissions");
        u.refresh_form();
    }
    void operator()(act::ToggleController& a) {
        if (!form_editable(s) || s.form.draft.type != TokenType::Custom)
            return;
        for (const auto& section : s.catalogue.catalogue.sections()) {
            if (section.id != a.section)
                continue;
            for (const auto& controller : section.controllers) {
                if (controller.name == a.controller) {
                    s.form.draft.permissions =
                        toggle_controller(controller, std::move(s.form.draft.permissions));
                }
            }
        }
        clear_server_error(s.form, "permissions");
        u.refresh_form();
    }
    void operator()(act::ShowRoutesOf& a) {
        if (in_form(s))
            s.form.routes_of = std::move(a.action);
    }
    void operator()(act::FilterActions& a) {
        if (in_form(s))
            s.form.action_filter = std::move(a.query);
    }
    void operator()(act::Save&) {
        auto& f = s.form;
        // One click is one request: a save in flight swallows the next click.
        if (f.saving || !form_editable(s) || !f.check.ok())
            return;
        f.saving = true;
        f.save_error.reset();
        f.server_errors.clear();
        if (s.view == View::Create) {
            u.send(call::CreateToken{f.draft});
        } else if (f.id) {
            u.send(call::UpdateToken{*f.id, f.draft});
        }
    }
    void operator()(act::AskRegenerate&) {
        if (s.view != View::Edit || !s.form.id || !s.session.can.regenerate || s.dialog)
            return;
        Dialog d;
        d.kind = DialogKind::Regenerate;
        d.token_id = *s.form.id;
        d.token_name = s.form.original ? s.form.original->name : std::string{};
        s.dialog = std::move(d);
    }
    void operator()(act::AskDelete& a) {
        if (!s.session.can.remove || s.dialog)
            return;
        auto& tokens = s.list.tokens;
        auto it = std::find_if(tokens.begin(), tokens.end(), [&](const ApiToken& t) { return t.id == a.id; });
        if (it == tokens.end())
            return;
        Dialog d;
        d.kind = DialogKind::Delete;
        d.token_id = it->id;
        d.token_name = it->name;
        s.dialog = std::move(d);
    }
    void operator()(act::Confirm&) {
        if (!s.dialog || s.dialog->busy)
            return;
        auto& d = *s.dialog;
        switch (d.kind) {
        case DialogKind::Regenerate:
            d.busy = true;
            u.send(call::RegenerateToken{d.token_id});
            break;
        case DialogKind::Delete:
            d.busy = true;
            u.send(call::DeleteToken{d.token_id});
            break;
        case DialogKind::LeaveUncopiedSecret: {
            const View to = d.leave_to.value_or(View::List);
            const auto token = d.leave_to_token;
            s.dialog.reset();
            u.go(to, token);
            break;
        }
        }
    }
    void operator()(act::Cancel&) {
        if (s.dialog && !s.dialog->busy)
            s.dialog.reset();
    }
    void operator()(act::CopySecret&) {
        if (s.banner)
            u.effects.emplace_back(CopyToClipboard{s.banner->key});
    }
    void operator()(act::SecretCopied& a) {
        if (!s.banner)
            return;
        if (a.ok) {
            s.banner->copied = true;
            u.notify(Tone::Success, "notification.copied");
        } else {
            u.notify(Tone::Danger, "notification.copy_failed");
        }
    }
    void operator()(act::DismissBanner&) { s.banner.reset(); }
    void operator()(act::DismissNotification& a) {
        std::erase_if(s.notifications, [&](const Notification& n) { return n.id == a.id; });
    }
    void operator()(act::HttpFinished& a) {
        auto& flying = s.in_flight;
        auto it = std::find_if(flying.begin(), flying.end(),
                               [&](const ApiCall& c) { return c.id == a.response.request_id; });
        // An answer nobody waits for any more (e.g. after signing out) changes nothing.
        if (it == flying.end())
            return;
        ApiCall call = std::move(*it);
        flying.erase(it);
        u.on_response(call, a.response);
        // Create, regenerate and login answers carry secrets; the decoded copies are all that may remain.
        wipe(a.response.body);
    }
};

} // namespace

Step update(State state, Action action) {
    Step step{std::move(state), {}};
    Updater updater{step.state, step.effects};
    std::visit(Handle{updater}, action);
    return step;
}

} // namespace imt
