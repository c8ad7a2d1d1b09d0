// update() fed a sequence of the admin's actions and of backend answers: recorded Strapi answers to
// whatever call is in flight, made-up bodies, transport faults and late answers nobody waits for.
// Beyond "no crash, no sanitizer report", the state must stay one the UI can draw.

#include "core/update.hpp"
#include "fuzz_input.hpp"
#include "platform/headless/recorded_exchange.hpp"

#include <algorithm>
#include <cstdlib>
#include <fuzzer/FuzzedDataProvider.h>
#include <set>
#include <vector>

namespace {

using namespace imt;

std::vector<HttpResponse>& recorded() {
    static std::vector<HttpResponse> answers;
    return answers;
}

void check_invariants(const State& s) {
    for (const auto row : s.list.rows) {
        if (row >= s.list.tokens.size())
            std::abort(); // a row the table would read past the list for
    }
    std::set<std::uint64_t> ids;
    for (const auto& call : s.in_flight) {
        if (!ids.insert(call.id).second)
            std::abort(); // two calls one answer would be matched to
    }
    if (s.banner && s.banner->key.empty())
        std::abort(); // a banner with nothing to copy
    if (s.form.saving && form_takes_input(s))
        std::abort(); // typing during a save would be lost
    if (!s.session.signed_in && !s.session.jwt.empty())
        std::abort(); // a JWT kept after sign-out
}

HttpResponse answer_for(FuzzedDataProvider& in, const State& s) {
    HttpResponse response;
    switch (in.ConsumeIntegralInRange(0, 3)) {
    case 0:
    case 1:
        response = recorded()[in.ConsumeIntegralInRange<std::size_t>(0, recorded().size() - 1)];
        break;
    case 2:
        response = fuzz::answer_from(in.ConsumeRandomLengthString(4096));
        break;
    default:
        response.fault = in.ConsumeBool() ? TransportFault::Timeout : TransportFault::Offline;
        break;
    }
    // Mostly an answer to a call in flight; sometimes one nobody waits for.
    if (!s.in_flight.empty() && in.ConsumeIntegralInRange(0, 7) != 0)
        response.request_id =
            s.in_flight[in.ConsumeIntegralInRange<std::size_t>(0, s.in_flight.size() - 1)].id;
    else
        response.request_id = in.ConsumeIntegral<std::uint64_t>();
    return response;
}

TokenId some_token(FuzzedDataProvider& in, const State& s) {
    if (s.list.tokens.empty() || in.ConsumeIntegralInRange(0, 9) == 0)
        return in.ConsumeIntegral<TokenId>();
    return s.list.tokens[in.ConsumeIntegralInRange<std::size_t>(0, s.list.tokens.size() - 1)].id;
}

Action next_action(FuzzedDataProvider& in, const State& s) {
    switch (in.ConsumeIntegralInRange(0, 28)) {
    case 0:
        return act::SignIn{in.ConsumeRandomLengthString(64), Secret(in.ConsumeRandomLengthString(32))};
    case 1:
        return act::UseSession{Secret(in.ConsumeRandomLengthString(64))};
    case 2:
        return act::SignOut{};
    case 3:
        return act::ResumeSession{};
    case 4:
        return act::Tick{Timestamp{s.now.ms + in.ConsumeIntegralInRange<std::int64_t>(0, 10000)}};
    case 5:
        return act::OpenList{};
    case 6:
        return act::OpenCreate{};
    case 7:
        return act::OpenEdit{some_token(in, s)};
    case 8:
        return act::Reload{};
    case 9:
        return act::SortBy{static_cast<SortColumn>(in.ConsumeIntegralInRange(0, 4)), in.ConsumeBool()};
    case 10:
        switch (in.ConsumeIntegralInRange(0, 3)) {
        case 0:
            return act::FilterByStatus{in.ConsumeBool() ? std::nullopt
                                                        : std::optional<TokenStatus>(static_cast<TokenStatus>(
                                                              in.ConsumeIntegralInRange(0, 4)))};
        case 1:
            return act::ExportList{in.ConsumeBool() ? ExportFormat::Csv : ExportFormat::Json};
        default:
            return act::Search{in.ConsumeRandomLengthString(16)};
        }
    case 11:
        return act::EditName{in.ConsumeRandomLengthString(40)};
    case 12:
        return act::EditDescription{in.ConsumeRandomLengthString(40)};
    case 13:
        return act::ChooseLifespan{static_cast<Lifespan>(in.ConsumeIntegralInRange(0, 3))};
    case 14:
        return act::ChooseType{static_cast<TokenType>(in.ConsumeIntegralInRange(0, 2))};
    case 15:
        return act::ToggleAction{in.ConsumeBool() ? "api::restaurant.restaurant.find"
                                                  : in.ConsumeRandomLengthString(40)};
    case 16:
        return act::ToggleController{"api::restaurant",
                                     in.ConsumeBool() ? "restaurant" : in.ConsumeRandomLengthString(12)};
    case 17:
        return act::Save{};
    case 18:
        return act::AskRegenerate{};
    case 19:
        return act::AskDelete{some_token(in, s)};
    case 20:
        return act::Confirm{};
    case 21:
        return act::Cancel{};
    case 22:
        return act::CopySecret{static_cast<CopyVariant>(in.ConsumeIntegralInRange(0, 4))};
    case 23:
        return act::SecretCopied{in.ConsumeBool()};
    case 24:
        switch (in.ConsumeIntegralInRange(0, 3)) {
        case 0:
            return act::ToggleCopyFormats{};
        case 1:
            return act::EditEnvName{in.ConsumeRandomLengthString(24)};
        default:
            return act::DismissBanner{};
        }
    case 25:
        return act::DismissNotification{in.ConsumeIntegral<std::uint64_t>()};
    case 26:
        if (in.ConsumeBool())
            return act::Duplicate{some_token(in, s), in.ConsumeRandomLengthString(12)};
        return act::ListDrawn{};
    default:
        return act::HttpFinished{answer_for(in, s)};
    }
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
    for (const auto& file : headless::exchange_files(IMT_CONTRACT_DIR))
        recorded().push_back(
            headless::load_exchange(IMT_CONTRACT_DIR, file.filename().string()).http_response());
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    FuzzedDataProvider in(data, size);
    State state;
    for (int step = 0; step < 200 && in.remaining_bytes() > 0; ++step) {
        Action action = next_action(in, state);
        state = update(std::move(state), std::move(action)).state;
        check_invariants(state);
    }
    return 0;
}
