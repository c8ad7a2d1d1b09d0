// What each of the admin's actions does to the page: one handler per action, dispatched by update().
// Sections: session · navigation · list · form · confirmations · banner and notifications · backend.

#include "core/update.hpp"

#include "core/update_copy.hpp"
#include "core/updater.hpp"

#include <algorithm>
#include <initializer_list>
#include <string_view>

namespace imt {
namespace {

using detail::handle;
using detail::Updater;

// --- Session ----------------------------------------------------------------------------------

void handle(Updater& u, act::SignIn& a) {
    auto& session = u.s.session;
    if (session.signing_in)
        return;
    session.signing_in = true;
    session.sign_in_error.reset();
    u.send(call::Login{std::move(a.email), std::move(a.password)});
}

// A host handing over a new token for an expired session: the page carries on where it was.
void handle(Updater& u, act::UseSession& a) {
    u.use_session(std::move(a.jwt));
}

void handle(Updater& u, act::ResumeSession&) {
    auto& session = u.s.session;
    if (session.signed_in || session.signing_in)
        return;
    session.signing_in = true;
    u.send(call::RefreshAccessToken{});
}

void handle(Updater& u, act::SignOut&) {
    State fresh;
    fresh.now = u.s.now;
    fresh.next_id = u.s.next_id;
    fresh.copy = std::move(u.s.copy);
    u.s = std::move(fresh);
}

void handle(Updater& u, act::Tick& a) {
    u.s.now = a.now;
    std::erase_if(u.s.notifications, [&](const Notification& n) { return n.expires_at <= u.s.now; });
    // Every frame ticks: one comparison, and a count only when a token's status has turned.
    if (!u.s.list.tokens.empty() && u.s.now >= u.s.list.statuses_change_at)
        u.refresh_list();
}

// --- Navigation -------------------------------------------------------------------------------

void handle(Updater& u, act::OpenList&) {
    u.navigate_or_ask(View::List);
}

void handle(Updater& u, act::OpenCreate&) {
    if (u.s.session.can.create)
        u.navigate_or_ask(View::Create);
}

void handle(Updater& u, act::OpenEdit& a) {
    if (u.s.session.can.read)
        u.navigate_or_ask(View::Edit, a.id);
}

// Duplicating makes a token, so it needs the create permission, as "Create new API Token" does.
void handle(Updater& u, act::Duplicate& a) {
    if (may_duplicate(u.s, a.id))
        u.navigate_or_ask(View::Create, a.id, std::move(a.copy_word));
}

void handle(Updater& u, act::Reload&) {
    const State& s = u.s;
    if (!s.session.signed_in)
        return;
    if (s.session.permissions == Load::Failed) {
        u.start_session();
        return;
    }
    if (s.session.can.read)
        u.load_tokens();
    if (s.content_api.load == Load::Failed && in_form(s))
        u.ensure_catalogue();
}

// The create and edit forms' catalogues are asked for once the list is on screen, not when a form
// opens: opening one then costs a frame instead of two round trips, and the table is not delayed.
void handle(Updater& u, act::ListDrawn&) {
    const auto& can = u.s.session.can;
    if (u.s.session.signed_in && (can.create || can.read))
        u.ensure_catalogue();
}

// --- List -------------------------------------------------------------------------------------

void handle(Updater& u, act::SortBy& a) {
    u.s.list.order.column = a.column;
    u.s.list.order.ascending = a.ascending;
    u.refresh_rows();
}

void handle(Updater& u, act::Search& a) {
    auto& order = u.s.list.order;
    if (order.query == a.query)
        return;
    order.query = std::move(a.query);
    u.refresh_rows();
}

void handle(Updater& u, act::FilterByStatus& a) {
    auto& order = u.s.list.order;
    if (order.status == a.status)
        return;
    order.status = a.status;
    u.refresh_rows();
}

void handle(Updater& u, act::ExportList& a) {
    const auto& list = u.s.list;
    if (!u.s.session.can.read || list.load == Load::Idle)
        return;
    u.effects.emplace_back(SaveFile{export_file_name(a.format, u.s.now),
                                    std::string(export_media_type(a.format)),
                                    export_tokens(list.tokens, list.rows, a.format)});
}

void handle(Updater& u, act::FileSaved& a) {
    if (a.ok)
        u.notify(Tone::Success, "notification.exported", std::move(a.where));
    else
        u.notify(Tone::Danger, "notification.export_failed", std::move(a.where));
}

// --- Form -------------------------------------------------------------------------------------

// Every change to the draft: refused while the form is read-only or a save is in flight, and it
// clears what the server last said about the fields it touches.
template <class Change>
void edit_draft(Updater& u, std::initializer_list<std::string_view> fields, Change change) {
    auto& f = u.s.form;
    if (!form_takes_input(u.s))
        return;
    change(f.draft);
    for (const auto field : fields)
        std::erase_if(f.server_errors, [&](const FieldError& e) { return e.field == field; });
    u.refresh_form();
}

void handle(Updater& u, act::EditName& a) {
    edit_draft(u, {"name"}, [&](TokenDraft& d) { d.name = std::move(a.text); });
}

void handle(Updater& u, act::EditDescription& a) {
    edit_draft(u, {"description"}, [&](TokenDraft& d) { d.description = std::move(a.text); });
}

void handle(Updater& u, act::ChooseLifespan& a) {
    // Strapi fixes a token's lifespan at creation.
    if (u.s.view == View::Create)
        edit_draft(u, {"lifespan"}, [&](TokenDraft& d) { d.lifespan = a.lifespan; });
}

void handle(Updater& u, act::ChooseType& a) {
    edit_draft(u, {"type", "permissions"}, [&](TokenDraft& d) { d.type = a.type; });
}

// Only a Custom token's own permissions are ticked one by one; the presets are fixed.
void handle(Updater& u, act::ToggleAction& a) {
    if (u.s.form.draft.type != TokenType::Custom || !u.s.content_api.catalogue.contains(a.action))
        return;
    edit_draft(u, {"permissions"},
               [&](TokenDraft& d) { d.permissions = toggle_action(std::move(d.permissions), a.action); });
}

void handle(Updater& u, act::ToggleController& a) {
    if (u.s.form.draft.type != TokenType::Custom)
        return;
    edit_draft(u, {"permissions"}, [&](TokenDraft& d) {
        for (const auto& section : u.s.content_api.catalogue.sections()) {
            if (section.id != a.section)
                continue;
            for (const auto& controller : section.controllers) {
                if (controller.name == a.controller)
                    d.permissions = toggle_controller(controller, std::move(d.permissions));
            }
        }
    });
}

void handle(Updater& u, act::ShowRoutesOf& a) {
    if (in_form(u.s))
        u.s.form.routes_of = std::move(a.action);
}

void handle(Updater& u, act::FilterActions& a) {
    if (in_form(u.s))
        u.s.form.action_filter = std::move(a.query);
}

void handle(Updater& u, act::Save&) {
    auto& f = u.s.form;
    // One click is one request: a save in flight swallows the next click.
    if (f.saving || !form_editable(u.s) || !f.check.ok())
        return;
    // A create whose fate is being read from the list: another one now could make a second token.
    if (u.s.view == View::Create && u.s.unconfirmed_create && u.s.unconfirmed_create->list_call)
        return;
    f.saving = true;
    f.save_error.reset();
    f.server_errors.clear();
    if (u.s.view == View::Create) {
        u.send(call::CreateToken{f.draft});
    } else if (f.id) {
        u.send(call::UpdateToken{*f.id, f.draft});
    }
}

// --- Confirmations ----------------------------------------------------------------------------

void handle(Updater& u, act::AskRegenerate&) {
    State& s = u.s;
    if (s.view != View::Edit || !s.form.id || !s.session.can.regenerate || s.dialog)
        return;
    Dialog d;
    d.kind = DialogKind::Regenerate;
    d.token_id = *s.form.id;
    d.token_name = s.form.original ? s.form.original->name : std::string{};
    s.dialog = std::move(d);
}

void handle(Updater& u, act::AskDelete& a) {
    State& s = u.s;
    if (!s.session.can.remove || s.dialog)
        return;
    const ApiToken* token = find_token(s.list.tokens, a.id);
    if (token == nullptr)
        return;
    Dialog d;
    d.kind = DialogKind::Delete;
    d.token_id = token->id;
    d.token_name = token->name;
    s.dialog = std::move(d);
}

void handle(Updater& u, act::Confirm&) {
    State& s = u.s;
    if (!s.dialog || s.dialog->busy)
        return;
    auto& d = *s.dialog;
    // The permissions may have been read again since the dialog opened (another admin signed in).
    if (!allowed(s.session.can, d.kind)) {
        s.dialog.reset();
        u.notify(Tone::Danger, "notification.not_allowed");
        return;
    }
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
        const std::string copy_word = std::move(d.leave_to_copy_word);
        s.dialog.reset();
        u.navigate_without_asking(to, token, copy_word);
        break;
    }
    }
}

void handle(Updater& u, act::Cancel&) {
    if (u.s.dialog && !u.s.dialog->busy)
        u.s.dialog.reset();
}

// --- Banner and notifications -----------------------------------------------------------------

// CopySecret, SecretCopied and the rest of the copy menu: update_copy.cpp.

void handle(Updater& u, act::DismissBanner&) {
    u.s.banner.reset();
}

void handle(Updater& u, act::DismissNotification& a) {
    std::erase_if(u.s.notifications, [&](const Notification& n) { return n.id == a.id; });
}

// --- Backend ----------------------------------------------------------------------------------

void handle(Updater& u, act::HttpFinished& a) {
    // Create, regenerate and login answers carry secrets; the decoded copies are all that may remain,
    // whatever becomes of the answer, a late one nobody waits for included.
    struct WipeWhenDone {
        std::string& body;
        ~WipeWhenDone() { wipe(body); }
    } wipe_body{a.response.body};
    auto& flying = u.s.in_flight;
    auto it = std::find_if(flying.begin(), flying.end(),
                           [&](const ApiCall& c) { return c.id == a.response.request_id; });
    // An answer nobody waits for any more (e.g. after signing out) changes nothing.
    if (it == flying.end())
        return;
    ApiCall call = std::move(*it);
    flying.erase(it);
    u.on_response(call, a.response);
}

} // namespace

Step update(State state, Action action) {
    Step step{std::move(state), {}};
    Updater updater{step.state, step.effects};
    std::visit([&](auto& a) { handle(updater, a); }, action);
    return step;
}

} // namespace imt
