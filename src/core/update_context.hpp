#pragma once
// Private to update*.cpp: the state being changed plus the effects collected on the way.

#include "core/update.hpp"

#include <string>
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

    void start_session();
    // Sends again, once, the reads a 401 held back while the session was renewed.
    void replay_awaiting_reads();
    void load_tokens();
    void ensure_catalogue();
    void refresh_rows();
    void refresh_form();
    void navigate(View view, std::optional<TokenId> token = std::nullopt);
    void go(View view, std::optional<TokenId> token);
    void upsert(const ApiToken& token);

    void on_response(const ApiCall& call, const HttpResponse& response);
};

} // namespace imt::detail
