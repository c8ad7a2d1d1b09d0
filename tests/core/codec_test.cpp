// The codec's rules, one scenario each: tolerant where Strapi is loose, strict where it matters.

#include "core/codec.hpp"

#include <catch2/catch_test_macros.hpp>
#include <nlohmann/json.hpp>

#include <string>

namespace {

using nlohmann::json;

imt::HttpResponse answer(int status, std::string body,
                         std::string content_type = "application/json; charset=utf-8") {
    imt::HttpResponse response;
    response.status = status;
    response.content_type = std::move(content_type);
    response.body = std::move(body);
    return response;
}

json token_json() {
    return json::parse(R"({
    "id": 5, "kind": "content-api", "name": "Custom 30 days", "description": "custom, 30 days",
    "lastUsedAt": null, "type": "custom", "lifespan": "2592000000",
    "expiresAt": "2026-12-27T21:36:56.989Z", "createdAt": "2026-11-27T21:36:56.989Z",
    "updatedAt": "2026-11-27T21:36:56.989Z",
    "permissions": ["api::restaurant.restaurant.find", "api::restaurant.restaurant.findOne"]
  })");
}

imt::HttpResponse token_answer(const json& token, int status = 200) {
    return answer(status, json{{"data", token}}.dump());
}

const std::string kAccessKey(256, 'a');

imt::TokenDraft draft(imt::TokenType type, imt::Lifespan lifespan, imt::PermissionSet permissions = {}) {
    imt::TokenDraft d;
    d.name = "Deploy bot";
    d.description = "used by CI";
    d.type = type;
    d.lifespan = lifespan;
    d.permissions = std::move(permissions);
    return d;
}

} // namespace

TEST_CASE("a lifespan arrives as a string, a number or null and always reads as milliseconds", "[codec]") {
    auto token = token_json();

    token["lifespan"] = "604800000"; // how Strapi serialises its bigint column
    CHECK(imt::decode_token(token_answer(token)).value().lifespan_ms == 604800000);

    token["lifespan"] = 604800000;
    CHECK(imt::decode_token(token_answer(token)).value().lifespan_ms == 604800000);

    token["lifespan"] = nullptr; // unlimited
    CHECK_FALSE(imt::decode_token(token_answer(token)).value().lifespan_ms.has_value());

    token.erase("lifespan");
    CHECK_FALSE(imt::decode_token(token_answer(token)).value().lifespan_ms.has_value());
}

TEST_CASE("a lifespan that is neither digits, an integer nor null is a typed error", "[codec]") {
    for (const json& wrong : {json("abc"), json("-5"), json(""), json(6.5), json(true), json::array()}) {
        auto token = token_json();
        token["lifespan"] = wrong;
        const auto result = imt::decode_token(token_answer(token));
        INFO(wrong.dump());
        REQUIRE_FALSE(result.ok());
        CHECK(result.error().kind == imt::ApiErrorKind::UnexpectedShape);
        CHECK(result.error().message.rfind("data.lifespan: expected", 0) == 0);
    }
}

TEST_CASE("a wrong type names the field that carried it", "[codec]") {
    SECTION("a string id in a single token") {
        auto token = token_json();
        token["id"] = "5";
        const auto result = imt::decode_token(token_answer(token));
        REQUIRE_FALSE(result.ok());
        CHECK(result.error().kind == imt::ApiErrorKind::UnexpectedShape);
        CHECK(result.error().status == 200);
        CHECK(result.error().message == "data.id: expected an integer, got string");
    }
    SECTION("a number where the third token's creation date should be: that row alone is left out") {
        auto bad = token_json();
        bad["createdAt"] = 1796419569379;
        const json list{{"data", json::array({token_json(), token_json(), bad})}};
        const auto result = imt::decode_token_list(answer(200, list.dump()));
        REQUIRE(result.ok());
        CHECK(result.value().tokens.size() == 2);
        CHECK(result.value().unread.count == 1);
        CHECK(result.value().unread.first_problem ==
              "data[2].createdAt: expected an ISO-8601 string, got number");
    }
    SECTION("a date that is not one") {
        auto token = token_json();
        token["updatedAt"] = "yesterday";
        const auto result = imt::decode_token(token_answer(token));
        REQUIRE_FALSE(result.ok());
        CHECK(result.error().message.rfind("data.updatedAt: expected an ISO-8601 string", 0) == 0);
    }
    SECTION("a token type Strapi does not have") {
        auto token = token_json();
        token["type"] = "admin";
        const auto result = imt::decode_token(token_answer(token));
        REQUIRE_FALSE(result.ok());
        CHECK(result.error().message.rfind("data.type: expected one of read-only, full-access, custom", 0) ==
              0);
    }
    SECTION("a permission that is not a string") {
        auto token = token_json();
        token["permissions"][1] = json{{"action", "find"}};
        const auto result = imt::decode_token(token_answer(token));
        REQUIRE_FALSE(result.ok());
        CHECK(result.error().message == "data.permissions[1]: expected a string, got object");
    }
    SECTION("no data member at all") {
        const auto result = imt::decode_token_list(answer(200, R"({"tokens": []})"));
        REQUIRE_FALSE(result.ok());
        CHECK(result.error().kind == imt::ApiErrorKind::UnexpectedShape);
        CHECK(result.error().message == "body: expected an object with a \"data\" member");
    }
}

TEST_CASE("values Strapi leaves loose read as the page expects them", "[codec]") {
    auto token = token_json();
    token["description"] = nullptr;
    token["lastUsedAt"] = "2026-11-27T21:37:03.095Z";
    token["somethingNew"] = {{"added", "in a later Strapi"}};
    const auto result = imt::decode_token(token_answer(token));
    REQUIRE(result.ok());
    CHECK(result.value().description.empty());
    REQUIRE(result.value().last_used_at.has_value());
    CHECK(result.value().last_used_at->ms == 1795815423095);
    CHECK(result.value().type == imt::TokenType::Custom);
    CHECK(result.value().permissions.size() == 2);
}

TEST_CASE("an accessKey in a GET answer is dropped, never kept", "[codec]") {
    auto token = token_json();
    token["accessKey"] = kAccessKey;
    const auto result = imt::decode_token(token_answer(token));
    REQUIRE(result.ok());
    const imt::ApiToken& decoded = result.value();
    // Every text the token holds, none of which may be the key.
    std::string all = decoded.name + decoded.description;
    for (const auto& action : decoded.permissions)
        all += action;
    CHECK(all.find(kAccessKey) == std::string::npos);
    // And it is no reason to refuse the token either: it equals the same token sent without a key.
    CHECK(decoded == imt::decode_token(token_answer(token_json())).value());
}

TEST_CASE("a created or regenerated token's key is read into a Secret", "[codec]") {
    auto token = token_json();
    token["accessKey"] = kAccessKey;
    const auto created = imt::decode_created_token(token_answer(token, 201));
    REQUIRE(created.ok());
    CHECK(created.value().access_key.reveal() == kAccessKey);
    CHECK(created.value().token.id == 5);

    const auto regenerated = imt::decode_regenerated_token(
        answer(201, json{{"data", {{"id", 4}, {"accessKey", kAccessKey}}}}.dump()));
    REQUIRE(regenerated.ok());
    CHECK(regenerated.value().id == 4);
    CHECK(regenerated.value().access_key.reveal() == kAccessKey);
}

TEST_CASE("a created token without a usable key is an error, not an empty secret", "[codec]") {
    for (const json& wrong : {json(nullptr), json(""), json(42)}) {
        auto token = token_json();
        token["accessKey"] = wrong;
        const auto created = imt::decode_created_token(token_answer(token, 201));
        INFO(wrong.dump());
        REQUIRE_FALSE(created.ok());
        CHECK(created.error().message.rfind("data.accessKey: expected a non-empty string", 0) == 0);
    }
    const auto regenerated = imt::decode_regenerated_token(answer(201, R"({"data": {"id": 4}})"));
    REQUIRE_FALSE(regenerated.ok());
    CHECK(regenerated.error().message == "data.accessKey: expected a non-empty string, got nothing");
}

TEST_CASE("deleting an unknown id answers null, which is not an error", "[codec]") {
    const auto gone = imt::decode_deleted_token(answer(200, R"({"data": null})"));
    REQUIRE(gone.ok());
    CHECK_FALSE(gone.value().has_value());

    const auto deleted = imt::decode_deleted_token(token_answer(token_json()));
    REQUIRE(deleted.ok());
    REQUIRE(deleted.value().has_value());
    CHECK(deleted.value()->name == "Custom 30 days");
}

TEST_CASE("the permission catalogue keeps the order Strapi sent", "[codec]") {
    const auto result = imt::decode_content_api_permissions(answer(200, R"({"data": {
      "plugin::upload": {"controllers": {"content-api": ["find", "upload"]}},
      "api::restaurant": {"controllers": {"restaurant": ["find", "findOne"]}}}})"));
    REQUIRE(result.ok());
    REQUIRE(result.value().size() == 2);
    CHECK(result.value()[0].id == "plugin::upload");
    CHECK(result.value()[1].id == "api::restaurant");
    CHECK(result.value()[1].controllers[0].actions == std::vector<std::string>{"find", "findOne"});
}

TEST_CASE("a route without an auth scope binds no action", "[codec]") {
    const auto result = imt::decode_content_api_routes(answer(200, R"({"data": {"api::restaurant": [
      {"method": "GET", "path": "/api/restaurants", "handler": "api::restaurant.restaurant.find",
       "config": {"auth": {"scope": ["api::restaurant.restaurant.find"]}}},
      {"method": "GET", "path": "/api/health", "handler": "api::restaurant.restaurant.health",
       "config": {"auth": false}}]}})"));
    REQUIRE(result.ok());
    const auto& routes = result.value()[0].routes;
    CHECK(routes[0].scope == std::vector<std::string>{"api::restaurant.restaurant.find"});
    CHECK(routes[1].scope.empty());
}

TEST_CASE("the create body has exactly the admin UI's five keys", "[codec]") {
    SECTION("read-only, unlimited: lifespan and permissions are null") {
        const auto body =
            json::parse(imt::encode_create_body(draft(imt::TokenType::ReadOnly, imt::Lifespan::Unlimited)));
        CHECK(body == json::parse(R"({"name": "Deploy bot", "description": "used by CI", "type": "read-only",
                                  "lifespan": null, "permissions": null})"));
    }
    SECTION("the lifespan travels as a number of milliseconds") {
        const auto body =
            json::parse(imt::encode_create_body(draft(imt::TokenType::FullAccess, imt::Lifespan::Days90)));
        CHECK(body.at("lifespan").is_number_integer());
        CHECK(body.at("lifespan") == 7776000000);
    }
    SECTION("custom sends its permissions as a sorted array") {
        const auto body = json::parse(imt::encode_create_body(
            draft(imt::TokenType::Custom, imt::Lifespan::Days7,
                  {"api::restaurant.restaurant.findOne", "api::homepage.homepage.find"})));
        CHECK(body.at("permissions") ==
              json::array({"api::homepage.homepage.find", "api::restaurant.restaurant.findOne"}));
        CHECK(body.at("lifespan") == 604800000);
    }
    SECTION("custom with nothing ticked still sends an array, as Strapi requires for custom") {
        const auto body =
            json::parse(imt::encode_create_body(draft(imt::TokenType::Custom, imt::Lifespan::Days30)));
        CHECK(body.at("permissions") == json::array());
    }
    SECTION("leftover ticks of a type that left Custom are not sent") {
        const auto body = json::parse(imt::encode_create_body(
            draft(imt::TokenType::ReadOnly, imt::Lifespan::Days30, {"api::restaurant.restaurant.find"})));
        CHECK(body.at("permissions").is_null());
    }
}

TEST_CASE("the update body never carries a lifespan", "[codec]") {
    for (const auto lifespan :
         {imt::Lifespan::Days7, imt::Lifespan::Days30, imt::Lifespan::Days90, imt::Lifespan::Unlimited}) {
        for (const auto type :
             {imt::TokenType::ReadOnly, imt::TokenType::FullAccess, imt::TokenType::Custom}) {
            const auto body = json::parse(
                imt::encode_update_body(draft(type, lifespan, {"api::restaurant.restaurant.find"})));
            std::vector<std::string> keys;
            for (const auto& [key, value] : body.items())
                keys.push_back(key);
            CHECK(keys == std::vector<std::string>{"description", "name", "permissions", "type"});
        }
    }
}

TEST_CASE("the login body has the email and password only", "[codec]") {
    const auto body = json::parse(imt::encode_login_body("admin@example.com", "Admin12345!"));
    CHECK(body == json{{"email", "admin@example.com"}, {"password", "Admin12345!"}});
}

TEST_CASE("a password with quotes, backslashes, control characters and broken UTF-8 is sent as typed",
          "[codec]") {
    const std::string typed = "a\"b\\c\td\x01\u00e9\xff!";
    const auto body = json::parse(imt::encode_login_body("admin@example.com", typed));
    CHECK(body.at("password") == "a\"b\\c\td\x01\u00e9\xEF\xBF\xBD!");
}

TEST_CASE("text a person typed with broken UTF-8 still makes a valid body", "[codec]") {
    auto d = draft(imt::TokenType::ReadOnly, imt::Lifespan::Days7);
    d.name = "bad \xff byte";
    const auto body = json::parse(imt::encode_create_body(d));
    CHECK(body.at("name") == "bad \xEF\xBF\xBD byte");
}

TEST_CASE("a 405 answered in plain text becomes an HTTP error with that text", "[codec]") {
    const auto error = imt::decode_error(answer(405, "Method Not Allowed", "text/plain; charset=utf-8"));
    CHECK(error.kind == imt::ApiErrorKind::Http);
    CHECK(error.status == 405);
    CHECK(error.name.empty());
    CHECK(error.message == "Method Not Allowed");
    CHECK(error.field_errors.empty());
}

TEST_CASE("a malformed request's SyntaxError has no details and still reads", "[codec]") {
    const auto error = imt::decode_error(answer(
        400,
        R"({"data":null,"error":{"status":400,"name":"SyntaxError","message":"Unexpected end of JSON input"}})"));
    CHECK(error.kind == imt::ApiErrorKind::Http);
    CHECK(error.status == 400);
    CHECK(error.name == "SyntaxError");
    CHECK(error.message == "Unexpected end of JSON input");
    CHECK(error.field_errors.empty());
}

TEST_CASE("a service-level message that belongs to a field lands on that field", "[codec]") {
    const auto error = imt::decode_error(answer(
        400,
        R"({"data":null,"error":{"status":400,"name":"ApplicationError","message":"Name already taken","details":{}}})"));
    REQUIRE(error.field_errors.size() == 1);
    CHECK(error.field_errors[0] == imt::FieldError{"name", "validation.name.taken", "Name already taken"});
}

TEST_CASE("a yup error on a field the page does not know gets a generic key for that field", "[codec]") {
    const auto error =
        imt::decode_error(answer(400, R"({"data":null,"error":{"status":400,"name":"ValidationError",
      "message":"description must be a `string` type","details":{"errors":[
      {"path":["description"],"message":"description must be a `string` type","name":"ValidationError"}]}}})"));
    REQUIRE(error.field_errors.size() == 1);
    CHECK(error.field_errors[0].field == "description");
    CHECK(error.field_errors[0].message_key == "validation.description.invalid");
}

TEST_CASE("no answer at all is told apart from a slow one", "[codec]") {
    imt::HttpResponse offline;
    offline.fault = imt::TransportFault::Offline;
    const auto unreachable = imt::decode_error(offline);
    CHECK(unreachable.kind == imt::ApiErrorKind::Offline);
    CHECK_FALSE(unreachable.message.empty());

    imt::HttpResponse slow;
    slow.fault = imt::TransportFault::Timeout;
    const auto timeout = imt::decode_error(slow);
    CHECK(timeout.kind == imt::ApiErrorKind::Timeout);
    CHECK_FALSE(timeout.message.empty());

    // Every decoder passes a transport fault through the same path.
    const auto list = imt::decode_token_list(slow);
    REQUIRE_FALSE(list.ok());
    CHECK(list.error() == timeout);
}

TEST_CASE("a 2xx whose body is not JSON is malformed, not empty", "[codec]") {
    const auto truncated = imt::decode_token_list(answer(200, R"({"data": [{"id": 1, "na)"));
    REQUIRE_FALSE(truncated.ok());
    CHECK(truncated.error().kind == imt::ApiErrorKind::MalformedJson);
    CHECK(truncated.error().status == 200);

    const auto html = imt::decode_admin_user(answer(200, "<html>proxy login</html>", "text/html"));
    REQUIRE_FALSE(html.ok());
    CHECK(html.error().kind == imt::ApiErrorKind::MalformedJson);
    CHECK(html.error().message.find("text/html") != std::string::npos);
}

TEST_CASE("a proxy's error page is explained by its status, never shown as markup", "[codec]") {
    const std::string page =
        "<html>\n  <body>\n    <h1>502 Bad Gateway</h1>\n" + std::string(500, 'x') + "</body></html>";
    const auto error = imt::decode_error(answer(502, page, "text/html"));
    CHECK(error.kind == imt::ApiErrorKind::Http);
    CHECK(error.status == 502);
    CHECK(error.message == "The server answered with an error (HTTP 502)");

    // Whatever the content type claims, a 5xx page that is not Strapi's envelope says nothing readable.
    const auto mislabelled = imt::decode_error(answer(500, "<!DOCTYPE html><p>Oops</p>", "text/plain"));
    CHECK(mislabelled.message == "The server answered with an error (HTTP 500)");
    // Nor does markup on a 4xx.
    const auto forbidden = imt::decode_error(answer(403, "  <html>denied</html>", ""));
    CHECK(forbidden.message == "The server answered with an error (HTTP 403)");

    const auto empty = imt::decode_error(answer(500, "", ""));
    CHECK(empty.message == "The server answered with an error (HTTP 500)");
}

TEST_CASE("a plain-text error is kept to one short line", "[codec]") {
    const std::string text = "Too\n  many   requests " + std::string(500, 'x');
    const auto error = imt::decode_error(answer(429, text, "text/plain"));
    CHECK(error.message.rfind("Too many requests xxx", 0) == 0);
    CHECK(error.message.size() <= 200 + std::string("…").size());
}
