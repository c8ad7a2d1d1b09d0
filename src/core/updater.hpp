#pragma once
// Private to update*.cpp: the state being changed plus the effects collected on the way, and the
// steps that more than one handler takes (updater.cpp). The handlers are one free function per kind,
// each file dispatching to them with one std::visit: handle(Updater&, act::X&) in update.cpp for what
// the admin does, answer(Updater&, const call::X&, const HttpResponse&) in update_responses.cpp for
// what the backend answers.

#include "core/update.hpp"

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace imt::detail {

struct Updater {
    State& s;
    std::vector<Effect>& effects;

    void send(ApiCallKind kind, bool replayed = false);
    void notify(Tone tone, std::string message_key, std::string detail = {});
    void notify_error(const ApiError& error);
    void host_event(std::string name, TokenId id, const std::string& token_name);

    // A JWT from a sign-in or from the host. An expired session carries on where it was; otherwise
    // the page starts over.
    void use_session(Secret jwt);
    void start_session();
    // Sends again, once, the reads a 401 held back while the session was renewed.
    void replay_awaiting_reads();
    void load_tokens();
    // A read of the list sent now, even while another is on its way (that one may predate a write).
    std::uint64_t reread_tokens();
    void ensure_catalogue();
    void refresh_rows();
    // The tokens changed: their statuses' counts, then the rows.
    void refresh_list();
    void refresh_form();
    // Leaving the banner's token while its key was never copied asks first (the key cannot be shown
    // again): the dialog opens instead, and navigate_without_asking() runs once the admin confirms.
    // `token` is the token shown (Edit) or, with `copy_word`, the one duplicated (Create).
    void navigate_or_ask(View view, std::optional<TokenId> token = std::nullopt, std::string copy_word = {});
    void navigate_without_asking(View view, std::optional<TokenId> token = std::nullopt,
                                 std::string_view copy_word = {});
    void upsert(const ApiToken& token);

    // Takes the answer to `call` (update_responses.cpp).
    void on_response(const ApiCall& call, const HttpResponse& response);
};

// A create or a regenerate whose answer never came or could not be read (unanswered_writes.cpp).
// A failed write whose answer does not say whether the server did it.
bool outcome_unknown(const HttpResponse& response);
bool is_name_taken(const ApiError& error);
// The fresh list read after an unconfirmed create arrived (list_read) or failed: the token exists
// (created, its key lost: the page opens it and says so) or not (the create's own error stands).
void settle_unconfirmed_create(Updater& u, bool list_read);

} // namespace imt::detail
