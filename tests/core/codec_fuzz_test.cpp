// Damaged answers: every recorded response body, cut short, with bytes flipped or inserted, with a
// value swapped for one of another JSON type or a member removed, fed to every decoder. Each must
// return normally, with a value or an ApiError that says something. Seeded, so a failure replays.

#include "core/codec.hpp"
#include "recorded_exchange.hpp"

#include <catch2/catch_test_macros.hpp>

#include <functional>
#include <iterator>
#include <limits>
#include <random>
#include <string>
#include <vector>

namespace {

using Json = nlohmann::ordered_json;
using Random = std::mt19937;

struct Decoder {
    const char* name;
    std::function<std::optional<imt::ApiError>(const imt::HttpResponse&)> run;
};

template <class T>
std::optional<imt::ApiError> outcome(const imt::Result<T>& result) {
    if (result.ok())
        return std::nullopt;
    return result.error();
}

const std::vector<Decoder>& every_decoder() {
    static const std::vector<Decoder> decoders{
        {"token list",
         [](const auto& r) {
             return outcome(imt::decode_token_list(r));
         }},
        {"token",
         [](const auto& r) {
             return outcome(imt::decode_token(r));
         }},
        {"created token",
         [](const auto& r) {
             return outcome(imt::decode_created_token(r));
         }},
        {"regenerated token",
         [](const auto& r) {
             return outcome(imt::decode_regenerated_token(r));
         }},
        {"deleted token",
         [](const auto& r) {
             return outcome(imt::decode_deleted_token(r));
         }},
        {"content-api permissions",
         [](const auto& r) {
             return outcome(imt::decode_content_api_permissions(r));
         }},
        {"content-api routes",
         [](const auto& r) {
             return outcome(imt::decode_content_api_routes(r));
         }},
        {"admin permissions",
         [](const auto& r) {
             return outcome(imt::decode_admin_permissions(r));
         }},
        {"admin user",
         [](const auto& r) {
             return outcome(imt::decode_admin_user(r));
         }},
        {"login",
         [](const auto& r) {
             return outcome(imt::decode_login(r));
         }},
        {"access token",
         [](const auto& r) {
             return outcome(imt::decode_access_token(r));
         }},
        {"error",
         [](const auto& r) {
             return std::optional(imt::decode_error(r));
         }},
    };
    return decoders;
}

std::size_t below(Random& random, std::size_t bound) {
    return bound == 0 ? 0 : std::uniform_int_distribution<std::size_t>(0, bound - 1)(random);
}

char random_byte(Random& random) {
    // Mostly bytes that mean something to a JSON parser, sometimes anything at all.
    static const std::string kInteresting = "{}[]\",:0123456789-+.eE \\ntrufalsnul";
    if (below(random, 4) == 0)
        return static_cast<char>(below(random, 256));
    return kInteresting[below(random, kInteresting.size())];
}

Json random_value(Random& random) {
    switch (below(random, 12)) {
    case 0:
        return nullptr;
    case 1:
        return static_cast<std::int64_t>(random()) - 2'000'000'000;
    case 2:
        return std::numeric_limits<std::uint64_t>::max();
    case 3:
        return 604800000.5;
    case 4:
        return "";
    case 5:
        return "604800000";
    case 6:
        return "2026-02-30T00:00:00.000Z";
    case 7:
        return std::string(300, 'n');
    case 8:
        return Json::array();
    case 9:
        return Json::array({1, "two", nullptr});
    case 10:
        return Json::object();
    default:
        return below(random, 2) == 0;
    }
}

void collect(Json& node, std::vector<Json*>& nodes) {
    nodes.push_back(&node);
    if (node.is_structured()) {
        for (auto& child : node)
            collect(child, nodes);
    }
}

// A structural change that keeps the body valid JSON, so the shape checks (not the parser) are hit.
std::string mutate_structure(const std::string& body, Random& random) {
    Json json = Json::parse(body, nullptr, false);
    if (json.is_discarded())
        return body;
    std::vector<Json*> nodes;
    collect(json, nodes);
    Json& target = *nodes[below(random, nodes.size())];
    if (below(random, 3) == 0 && target.is_object() && !target.empty()) {
        auto it = target.begin();
        std::advance(it, static_cast<std::ptrdiff_t>(below(random, target.size())));
        target.erase(it.key());
    } else {
        target = random_value(random);
    }
    return json.dump();
}

std::string mutate(std::string body, Random& random) {
    const std::size_t steps = 1 + below(random, 3);
    for (std::size_t step = 0; step < steps; ++step) {
        switch (below(random, 4)) {
        case 0:
            body.resize(below(random, body.size() + 1));
            break;
        case 1:
            if (!body.empty())
                body[below(random, body.size())] ^= static_cast<char>(1 << below(random, 8));
            break;
        case 2:
            body.insert(below(random, body.size() + 1), 1, random_byte(random));
            break;
        default:
            body = mutate_structure(body, random);
            break;
        }
    }
    return body;
}

imt::HttpResponse damaged(const imt::HttpResponse& original, Random& random) {
    imt::HttpResponse response = original;
    response.body = mutate(original.body, random);
    // Mostly a success status, so the success decoders read the damaged body instead of passing it on.
    constexpr int kStatuses[] = {200, 201, 200, 201, 200, 201, 400, 404, 405, 500};
    if (below(random, 3) != 0)
        response.status = kStatuses[below(random, std::size(kStatuses))];
    if (below(random, 50) == 0)
        response.fault = below(random, 2) == 0 ? imt::TransportFault::Offline : imt::TransportFault::Timeout;
    return response;
}

} // namespace

TEST_CASE("damaged answers never crash a decoder nor escape as an exception", "[codec][fuzz]") {
    std::vector<imt::HttpResponse> originals;
    for (const auto& path : imt::test::exchange_files()) {
        originals.push_back(imt::test::load_exchange(path.stem().string()).http_response(1));
    }
    REQUIRE(originals.size() == 136);

    Random random(20261127);
    constexpr std::size_t kRounds = 1000; // x 12 decoders: 12,000 decodes, about a second in a Debug build
    std::size_t decodes = 0;
    std::size_t decoded_ok = 0;
    for (std::size_t round = 0; round < kRounds; ++round) {
        // Every recording is damaged in turn, then the rounds go on at random.
        const auto& original = originals[round < originals.size() ? round : below(random, originals.size())];
        const imt::HttpResponse response = damaged(original, random);
        for (const auto& decoder : every_decoder()) {
            std::optional<imt::ApiError> error;
            INFO("round " << round << ", decoder " << decoder.name << ", status " << response.status);
            REQUIRE_NOTHROW(error = decoder.run(response));
            if (error) {
                REQUIRE_FALSE(error->message.empty());
            } else {
                ++decoded_ok;
            }
            ++decodes;
        }
    }
    CHECK(decodes == kRounds * every_decoder().size());
    // Damage does not always break a body (a removed unknown member, a truncated tail of spaces):
    // some decodes still succeed, which shows the damage reached the success paths too.
    CHECK(decoded_ok > 0);
}
