// What the page does about a write whose answer never came or could not be read (updater.hpp).

#include "core/text.hpp"
#include "core/updater.hpp"

namespace imt::detail {

// A failed write whose answer does not say whether the server did it: none came in time, the wait was
// cut short, a 2xx could not be read, or a gateway gave up on a server that may have done the work.
// (Offline means the server was never reached; Strapi's own 5xx means it rolled the write back.)
bool outcome_unknown(const HttpResponse& response) {
    switch (response.fault) {
    case TransportFault::Timeout:
    case TransportFault::Aborted:
        return true;
    case TransportFault::Offline:
        return false;
    case TransportFault::None:
        break;
    }
    return (response.status >= 200 && response.status < 300) || response.status == 502 ||
           response.status == 504;
}

bool is_name_taken(const ApiError& error) {
    for (const auto& e : error.field_errors) {
        if (e.message_key == "validation.name.taken")
            return true;
    }
    return false;
}

// The fresh list read after a create that went unanswered: the token exists (created, its key lost)
// or not (the create's own error stands, and saving again is safe).
void settle_unconfirmed_create(Updater& u, bool list_read) {
    State& s = u.s;
    UnconfirmedCreate unconfirmed = std::move(*s.unconfirmed_create);
    s.unconfirmed_create.reset();
    const bool in_that_form = s.view == View::Create && trim(s.form.draft.name) == unconfirmed.name;
    if (!list_read) {
        unconfirmed.list_call.reset();
        s.unconfirmed_create = std::move(unconfirmed); // still open: a later "Name already taken" answers it
        if (in_that_form) {
            s.form.saving = false;
            s.form.save_error = s.unconfirmed_create->error;
            u.notify_error(s.unconfirmed_create->error);
        }
        return;
    }
    const ApiToken* made = nullptr;
    for (const auto& token : s.list.tokens) {
        if (token.name == unconfirmed.name)
            made = &token;
    }
    if (made == nullptr) {
        if (in_that_form) {
            s.form.saving = false;
            u.notify_error(unconfirmed.error);
            s.form.save_error = std::move(unconfirmed.error);
        }
        return;
    }
    const TokenId id = made->id;
    const std::string name = made->name;
    s.lost_key = LostKey{id, LostKeyCause::Created};
    if (in_that_form)
        u.navigate_without_asking(View::Edit, id);
    u.notify(Tone::Info, "notification.created_key_lost");
    u.host_event("token-created", id, name);
}

} // namespace imt::detail
