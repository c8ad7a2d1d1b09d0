// The steps that more than one handler takes. The handlers are in update.cpp (what the admin does)
// and update_responses.cpp (what the backend answers).

#include "core/updater.hpp"

#include "core/duplicate_name.hpp"
#include "core/json_read.hpp"

namespace imt::detail {

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

// Strapi's own message explains an HTTP error, under a generic title; for the rest the page's text is
// clearer than ours, with the decoding problem as detail when the answer had the wrong shape.
void Updater::notify_error(const ApiError& error) {
    if (error.kind == ApiErrorKind::Http) {
        notify(Tone::Danger, "notification.error", error.message);
        return;
    }
    const bool with_detail = error.kind == ApiErrorKind::UnexpectedShape;
    notify(Tone::Danger, std::string(message_key(error.kind)), with_detail ? error.message : std::string{});
}

void Updater::host_event(std::string name, TokenId id, const std::string& token_name) {
    const json_read::Json detail = {{"id", id}, {"name", token_name}};
    effects.emplace_back(HostEvent{std::move(name), json_read::to_text(detail)});
}

void Updater::use_session(Secret jwt) {
    const bool resuming = s.session.signed_in && s.session.expired;
    s.session.jwt = std::move(jwt);
    s.session.signed_in = true;
    s.session.expired = false;
    if (!resuming) {
        start_session();
        return;
    }
    // Whoever signed in again (perhaps another admin) or whatever JWT the host handed over, the
    // permissions are read afresh, not replayed from before.
    std::erase_if(s.awaiting_session, [](const ApiCall& c) {
        return std::holds_alternative<call::LoadAdminPermissions>(c.kind);
    });
    replay_awaiting_reads();
    s.session.permissions = Load::Loading;
    send(call::LoadAdminPermissions{});
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

std::uint64_t Updater::reread_tokens() {
    s.list.load = Load::Loading;
    s.list.error.reset();
    const std::uint64_t id = s.next_id;
    send(call::LoadTokens{});
    return id;
}

void Updater::ensure_catalogue() {
    auto& api = s.content_api;
    if (api.load == Load::Loading || api.load == Load::Ready)
        return;
    api.load = Load::Loading;
    api.error.reset();
    if (!api.permissions)
        send(call::LoadContentPermissions{});
    if (!api.routes)
        send(call::LoadContentRoutes{});
}

void Updater::refresh_rows() {
    s.list.rows = visible_rows(s.list.tokens, s.list.order, s.now);
}

void Updater::refresh_list() {
    auto& list = s.list;
    list.counts = count_statuses(list.tokens, s.now);
    list.statuses_change_at = next_status_change(list.tokens, s.now);
    refresh_rows();
}

void Updater::refresh_form() {
    auto& f = s.form;
    ValidationContext context;
    context.existing = &s.list.tokens;
    context.editing_id = f.id;
    if (s.content_api.load == Load::Ready)
        context.catalogue = &s.content_api.catalogue;
    if (f.original)
        context.original_lifespan = lifespan_from_ms(f.original->lifespan_ms);
    f.check = validate_draft(f.draft, context);
    f.shown_permissions = f.draft.type == TokenType::Custom ? f.draft.permissions
                                                            : s.content_api.catalogue.preset(f.draft.type);
}

void Updater::upsert(const ApiToken& token) {
    if (ApiToken* known = find_token(s.list.tokens, token.id))
        *known = token;
    else
        s.list.tokens.push_back(token);
    refresh_list();
}

void Updater::navigate_or_ask(View view, std::optional<TokenId> token, std::string copy_word) {
    const bool leaves_banner = s.banner && !(view == View::Edit && token == s.banner->token_id);
    if (leaves_banner && !s.banner->copied) {
        Dialog d;
        d.kind = DialogKind::LeaveUncopiedSecret;
        d.token_id = s.banner->token_id;
        d.leave_to = view;
        d.leave_to_token = token;
        d.leave_to_copy_word = std::move(copy_word);
        s.dialog = std::move(d);
        return;
    }
    navigate_without_asking(view, token, copy_word);
}

void Updater::navigate_without_asking(View view, std::optional<TokenId> token, std::string_view copy_word) {
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
        const ApiToken* edited = token ? find_token(s.list.tokens, *token) : nullptr;
        if (edited == nullptr) {
            s.view = View::List;
            return;
        }
        s.form.id = edited->id;
        s.form.original = *edited;
        s.form.draft = draft_from_token(*edited);
    }
    if (view == View::Create && token) {
        if (const ApiToken* source = find_token(s.list.tokens, *token)) {
            // The same type, permissions (the exact set of a Custom token) and description; the
            // duration starts as the source's but is the admin's to choose, and the expiry is new.
            s.form.draft = draft_from_token(*source);
            s.form.draft.name = duplicate_name(source->name, copy_word, s.list.tokens);
            s.form.duplicate_of = DuplicateSource{source->id, source->name};
        }
    }
    ensure_catalogue();
    refresh_form();
}

} // namespace imt::detail
