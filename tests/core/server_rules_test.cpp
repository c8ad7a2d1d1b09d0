#include "contract_catalogue.hpp"
#include "recorded_exchange.hpp"
#include "server_rules_oracle.hpp"

#include <catch2/catch_test_macros.hpp>
#include <catch2/generators/catch_generators.hpp>

#include <algorithm>
#include <iostream>
#include <optional>
#include <set>
#include <string>
#include <utility>

using namespace imt;
using namespace imt::test;
using nlohmann::json;

namespace {

using Finding = std::pair<std::string, std::string>; // field, message key

const PermissionCatalogue& catalogue() {
    static const PermissionCatalogue built = test::contract_catalogue();
    return built;
}

// PUT /admin/api-tokens/<numeric id>
bool is_update_path(std::string_view path) {
    constexpr std::string_view prefix = "/admin/api-tokens/";
    const std::string_view id = path.starts_with(prefix) ? path.substr(prefix.size()) : std::string_view();
    return !id.empty() && std::all_of(id.begin(), id.end(), [](char c) { return c >= '0' && c <= '9'; });
}

std::set<Finding> findings(const std::vector<FieldError>& errors) {
    std::set<Finding> result;
    for (const auto& e : errors) {
        result.emplace(e.field, e.message_key);
    }
    return result;
}

// The test's own reading of Strapi's messages, independent of the code under test. Nothing for
// "Name already taken", which only the database can decide.
std::optional<Finding> expected_from_message(const std::string& message) {
    const auto starts = [&](std::string_view prefix) {
        return message.starts_with(prefix);
    };
    if (message == "Name already taken") {
        return std::nullopt;
    }
    if (message.find("this field has unspecified keys") != std::string::npos) {
        return Finding{"", "validation.body.unknown_keys"};
    }
    if (starts("name must be at least 1 characters") || starts("name is a required field")) {
        return Finding{"name", "validation.name.required"};
    }
    if (starts("type must be")) {
        return Finding{"type", "validation.type.invalid"};
    }
    if (starts("lifespan must be")) {
        return Finding{"lifespan", "validation.lifespan.invalid"};
    }
    if (starts("permissions must be") || starts("permissions[")) {
        return Finding{"permissions", "validation.permissions.invalid"};
    }
    if (starts("Missing permissions attribute for custom token")) {
        return Finding{"permissions", "validation.permissions.missing"};
    }
    if (starts("Unknown permissions provided: ")) {
        return Finding{"permissions", "validation.permissions.unknown"};
    }
    if (starts("Non-custom tokens should not reference permissions")) {
        return Finding{"permissions", "validation.permissions.not_custom"};
    }
    FAIL("a Strapi message this test cannot read: " << message);
    return std::nullopt;
}

} // namespace

TEST_CASE("Every recorded create and update body gets the server's verdict offline",
          "[server-rules][contract]") {
    int checked = 0;
    int accepted = 0;
    int rejected = 0;
    int name_taken = 0;
    int unauthenticated = 0;
    std::set<std::string> keys_seen;

    for (const auto& exchange_file : imt::test::exchange_files()) {
        const auto exchange = imt::test::load_exchange(exchange_file.stem().string());
        const std::string& file = exchange.file;
        const json& request = exchange.request;
        const std::string method = request.at("method").get<std::string>();
        const std::string path = request.at("path").get<std::string>();
        const bool create = method == "POST" && path == "/admin/api-tokens";
        const bool update = method == "PUT" && is_update_path(path);
        if ((!create && !update) || !request.contains("body") || request.contains("body_raw")) {
            continue; // other endpoints, and 091's malformed body_raw that never reaches validation
        }
        CAPTURE(file);
        const json& body = request.at("body");
        const int status = exchange.response.at("status").get<int>();
        const std::set<Finding> actual =
            findings(create ? check_create_body(body, catalogue()) : check_update_body(body, catalogue()));

        if (status == 401) {
            ++unauthenticated; // rejected before the body is looked at
            continue;
        }
        if ((status >= 200 && status < 300) || status == 404) {
            // A 404 on PUT also means the body passed: the controller validates before it looks the token up.
            CHECK(actual.empty());
            ++accepted;
            ++checked;
            continue;
        }
        REQUIRE(status == 400);
        const json& error = exchange.response.at("body").at("error");
        const std::string name = error.at("name").get<std::string>();
        REQUIRE((name == "ValidationError" || name == "ApplicationError"));

        std::set<Finding> expected;
        bool skipped = false;
        const json details = error.value("details", json::object());
        if (details.contains("errors") && !details.at("errors").empty()) {
            for (const auto& item : details.at("errors")) {
                const auto finding = expected_from_message(item.at("message").get<std::string>());
                REQUIRE(finding.has_value());
                // The field the recorded path names is the field we report.
                const json& item_path = item.at("path");
                CHECK(finding->first ==
                      (item_path.empty() ? std::string() : item_path.at(0).get<std::string>()));
                expected.insert(*finding);
            }
        } else {
            const auto finding = expected_from_message(error.at("message").get<std::string>());
            if (!finding) {
                skipped = true;
            } else {
                expected.insert(*finding);
            }
        }
        if (skipped) {
            ++name_taken;
            CHECK(error.at("message") == "Name already taken");
            continue;
        }
        CHECK_FALSE(actual.empty());
        CHECK(actual == expected);
        for (const auto& finding : expected) {
            keys_seen.insert(finding.second);
        }
        ++rejected;
        ++checked;
    }

    std::cout << "server rule exchanges checked: " << checked << " (" << accepted << " accepted, " << rejected
              << " rejected; skipped: " << name_taken << " name already taken, " << unauthenticated
              << " unauthenticated)\n";
    // Only the database can say a name is taken: exchanges 055, 066 and 067.
    CHECK(name_taken == 3);
    CHECK(unauthenticated == 1);
    // 30 accepted (2xx) + 1 unknown id (404) + 30 rejected in the recorded peer.
    CHECK(checked == 61);
    CHECK(rejected == 30);
    // Every rule the mirror knows was exercised by a real answer.
    CHECK(keys_seen ==
          std::set<std::string>{"validation.name.required", "validation.type.invalid",
                                "validation.lifespan.invalid", "validation.permissions.invalid",
                                "validation.permissions.missing", "validation.permissions.unknown",
                                "validation.permissions.not_custom", "validation.body.unknown_keys"});
}

TEST_CASE("Create bodies beyond the recorded ones", "[server-rules]") {
    struct Row {
        const char* body;
        std::set<Finding> expected;
    };
    const auto row = GENERATE(values<Row>({
        {R"({"name":"ok","lifespan":604800000.0})", {}}, // the same number to JavaScript
        {R"({"name":"ok","lifespan":6.048e8})", {}},
        {R"({"name":"ok","lifespan":true})", {{"lifespan", "validation.lifespan.invalid"}}},
        {R"({"name":"ok","lifespan":{}})", {{"lifespan", "validation.lifespan.invalid"}}},
        {R"({"name":"ok","lifespan":2592000001})", {{"lifespan", "validation.lifespan.invalid"}}},
        {R"({"name":true})", {}},                                   // stringified to "true"
        {R"({"name":{}})", {}},                                     // "[object Object]"
        {R"({"name":[null]})", {}},                                 // "null"
        {R"({"name":[]})", {{"name", "validation.name.required"}}}, // ""
        {R"({"name":[" ",""]})", {}},                               // " ," trims to ","
        {R"({"name":["  "]})", {{"name", "validation.name.required"}}},
        {R"({"name":"\u3000"})", {{"name", "validation.name.required"}}}, // JS trims Unicode spaces too
        {R"({"name":"ok","description":{"a":1}})", {}},
        {R"({"name":"ok","type":5})", {{"type", "validation.type.invalid"}}},
        {R"({"name":"ok","type":"Custom"})", {{"type", "validation.type.invalid"}}}, // case matters
        {R"({"name":"ok","permissions":[]})", {}},
        {R"({"name":"ok","type":"full-access","permissions":[]})", {}},
        {R"({"name":"ok","permissions":["api::restaurant.restaurant.find"]})",
         {{"permissions", "validation.permissions.not_custom"}}}, // no type means read-only
        {R"({"name":"ok","type":"custom","permissions":[1]})",
         {{"permissions", "validation.permissions.invalid"}}},
        {R"({"name":"ok","type":"custom","permissions":{}})",
         {{"permissions", "validation.permissions.invalid"}}},
        {R"({"name":"ok","type":"custom","permissions":["plugin::users-permissions.user.me"]})", {}},
        {R"({"name":"ok","type":"read-only","permissions":["api::nope.nope.find"]})",
         {{"permissions", "validation.permissions.not_custom"}}}, // the type rule comes first
        {R"({"name":"ok","kind":"admin","foo":1,"accessKey":"x"})",
         {}}, // create ignores what it does not know
        // The schema stage decides alone: its failures hide the service's permission rules.
        {R"({"name":" ","type":"read-only","permissions":["api::restaurant.restaurant.find"]})",
         {{"name", "validation.name.required"}}},
        {R"({"name":null,"type":null,"lifespan":"7","permissions":"x"})",
         {{"name", "validation.name.required"},
          {"type", "validation.type.invalid"},
          {"lifespan", "validation.lifespan.invalid"},
          {"permissions", "validation.permissions.invalid"}}},
        {R"("just a string")", {{"name", "validation.name.required"}}},
    }));
    CAPTURE(row.body);
    CHECK(findings(check_create_body(json::parse(row.body), catalogue())) == row.expected);
}

TEST_CASE("Update bodies, with and without knowing the stored type", "[server-rules]") {
    const json to_custom = json::parse(R"({"type":"custom"})"); // exchange 050
    const json perms_only = json::parse(R"({"permissions":["api::restaurant.restaurant.find"]})"); // like 048
    const json unknown_only = json::parse(R"({"permissions":["api::nope.nope.find"]})"); // exchange 057
    const json null_perms = json::parse(R"({"permissions":null})");
    const Finding missing{"permissions", "validation.permissions.missing"};
    const Finding not_custom{"permissions", "validation.permissions.not_custom"};
    const Finding unknown{"permissions", "validation.permissions.unknown"};

    SECTION("switching to custom needs permissions in the same body") {
        CHECK(findings(check_update_body(to_custom, catalogue())) == std::set<Finding>{missing});
        CHECK(findings(check_update_body(to_custom, catalogue(), TokenType::ReadOnly)) ==
              std::set<Finding>{missing});
        // Already custom: not a change, nothing to re-check.
        CHECK(check_update_body(to_custom, catalogue(), TokenType::Custom).empty());
    }
    SECTION("permissions alone are judged by the stored type") {
        CHECK(check_update_body(perms_only, catalogue()).empty()); // stored type unknown: cannot tell
        CHECK(check_update_body(perms_only, catalogue(), TokenType::Custom).empty());
        CHECK(findings(check_update_body(perms_only, catalogue(), TokenType::FullAccess)) ==
              std::set<Finding>{not_custom});
        CHECK(findings(check_update_body(unknown_only, catalogue())) == std::set<Finding>{unknown});
        CHECK(findings(check_update_body(unknown_only, catalogue(), TokenType::Custom)) ==
              std::set<Finding>{unknown});
        CHECK(findings(check_update_body(unknown_only, catalogue(), TokenType::ReadOnly)) ==
              std::set<Finding>{not_custom});
    }
    SECTION(
        "null permissions on a custom token count as missing: the service does not load the stored ones") {
        CHECK(findings(check_update_body(null_perms, catalogue(), TokenType::Custom)) ==
              std::set<Finding>{missing});
        CHECK(check_update_body(null_perms, catalogue(), TokenType::ReadOnly).empty());
        CHECK(check_update_body(null_perms, catalogue()).empty());
    }
    SECTION("the body the edit form sends for each type passes") {
        const char* bodies[] = {
            R"({"name":"RO renamed","description":"","type":"read-only","permissions":null})",
            R"({"name":"RO renamed","description":"","type":"full-access","permissions":null})",
            R"({"name":"RO renamed","description":"","type":"custom","permissions":[]})",
            R"({"name":"RO renamed","description":"","type":"custom","permissions":["api::homepage.homepage.update"]})",
        };
        for (const char* body : bodies) {
            CAPTURE(body);
            for (const auto stored : {TokenType::ReadOnly, TokenType::FullAccess, TokenType::Custom}) {
                CHECK(check_update_body(json::parse(body), catalogue(), stored).empty());
            }
        }
    }
    SECTION("anything but the four attributes is refused, lifespan included") {
        CHECK(findings(
                  check_update_body(json::parse(R"({"lifespan":null,"kind":"content-api"})"), catalogue())) ==
              std::set<Finding>{{"", "validation.body.unknown_keys"}});
        CHECK(findings(check_update_body(json::parse(R"({"name":"","foo":1})"), catalogue())) ==
              std::set<Finding>{{"", "validation.body.unknown_keys"}, {"name", "validation.name.required"}});
        CHECK(findings(check_update_body(json::parse(R"([1])"), catalogue())) ==
              std::set<Finding>{{"", "validation.body.invalid"}});
    }
    SECTION("name and type may be left out, but not set to null") {
        CHECK(check_update_body(json::parse(R"({"description":null})"), catalogue()).empty()); // exchange 041
        CHECK(findings(check_update_body(json::parse(R"({"type":null})"), catalogue())) ==
              std::set<Finding>{{"type", "validation.type.invalid"}});
        CHECK(check_update_body(json::parse(R"({"name":42})"), catalogue()).empty());
    }
}

TEST_CASE("Unknown permissions need a catalogue to be judged", "[server-rules]") {
    const PermissionCatalogue empty;
    const json body = json::parse(R"({"name":"x","type":"custom","permissions":["api::nope.nope.find"]})");
    CHECK(check_create_body(body, empty).empty());
    CHECK(findings(check_create_body(body, catalogue())) ==
          std::set<Finding>{{"permissions", "validation.permissions.unknown"}});
}

TEST_CASE("Values are stringified the way lodash does before trimming", "[server-rules]") {
    struct Row {
        const char* value;
        const char* text;
    };
    const auto row = GENERATE(values<Row>({
        {"12345", "12345"}, // exchange 033's numeric name
        {"42", "42"},       // exchange 083's numeric description
        {"-7", "-7"},
        {"42.0", "42"},
        {"-0.0", "0"},
        {"1.5", "1.5"},
        {"1e20", "100000000000000000000"},
        {"true", "true"},
        {"null", ""},
        {R"("  padded  ")", "  padded  "},
        {R"([1,null,"a",[2,3]])", "1,null,a,2,3"},
        {"[]", ""},
        {R"({"a":1})", "[object Object]"},
    }));
    CAPTURE(row.value);
    CHECK(js_to_string(json::parse(row.value)) == row.text);
}
