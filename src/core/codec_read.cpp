// The strict readers of json_read.hpp.

#include "core/iso8601.hpp"
#include "core/json_read.hpp"

#include <limits>

namespace imt::json_read {
namespace {

// What was found instead, by JSON type only: values are never echoed, they may be secrets.
std::string found(const Json* json) {
    if (json == nullptr)
        return "nothing";
    return json->type_name();
}

std::optional<std::int64_t> parse_decimal(std::string_view text) {
    if (text.empty() || text.size() > 19)
        return std::nullopt;
    std::int64_t value = 0;
    for (const char c : text) {
        if (c < '0' || c > '9')
            return std::nullopt;
        const int digit = c - '0';
        if (value > (std::numeric_limits<std::int64_t>::max() - digit) / 10)
            return std::nullopt;
        value = value * 10 + digit;
    }
    return value;
}

std::optional<std::int64_t> as_int64(const Json& json) {
    if (json.is_number_unsigned()) {
        const auto value = json.get<std::uint64_t>();
        if (value > static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max()))
            return std::nullopt;
        return static_cast<std::int64_t>(value);
    }
    if (json.is_number_integer())
        return json.get<std::int64_t>();
    return std::nullopt;
}

} // namespace

Node Node::member(std::string_view key) const {
    const Json* child = nullptr;
    if (json_ != nullptr && json_->is_object()) {
        const auto it = json_->find(key);
        if (it != json_->end())
            child = &*it;
    }
    return Node(child, this, key, 0, shape_);
}

std::string Node::path() const {
    if (parent_ == nullptr)
        return "body";
    std::string prefix = parent_->parent_ == nullptr ? std::string() : parent_->path();
    if (key_.empty())
        return prefix + "[" + std::to_string(index_) + "]";
    return prefix.empty() ? std::string(key_) : prefix + "." + std::string(key_);
}

void Node::mismatch(std::string_view expected) const {
    if (!shape_->ok())
        return;
    shape_->mismatch(path() + ": expected " + std::string(expected) + ", got " + found(json_));
}

std::string Node::string() const {
    if (json_ == nullptr || !json_->is_string()) {
        mismatch("a string");
        return {};
    }
    return json_->get_ref<const std::string&>();
}

std::string Node::string_or_empty() const {
    if (absent_or_null())
        return {};
    return string();
}

std::optional<std::string> Node::optional_string() const {
    if (absent_or_null())
        return std::nullopt;
    return string();
}

Secret Node::secret() const {
    if (json_ == nullptr || !json_->is_string() || json_->get_ref<const std::string&>().empty()) {
        mismatch("a non-empty string");
        return {};
    }
    // The parser only saw '*'s where the body had data.<secret member>: the secret was read aside.
    const bool in_data = parent_ != nullptr && parent_->parent_ != nullptr &&
                         parent_->parent_->parent_ == nullptr && parent_->key_ == "data";
    const AnswerText* answer =
        parent_ != nullptr && parent_->parent_ != nullptr ? parent_->parent_->answer_ : nullptr;
    if (in_data && answer != nullptr) {
        if (const Secret* secret = answer->secret(key_))
            return *secret;
    }
    return Secret(json_->get_ref<const std::string&>());
}

std::int64_t Node::integer() const {
    const auto value = json_ == nullptr ? std::nullopt : as_int64(*json_);
    if (!value) {
        mismatch("an integer");
        return 0;
    }
    return *value;
}

std::optional<std::int64_t> Node::lifespan() const {
    // Strapi stores lifespan as a bigint and serialises it as a string; accept the number too.
    if (absent_or_null())
        return std::nullopt;
    std::optional<std::int64_t> value;
    if (json_->is_string())
        value = parse_decimal(json_->get_ref<const std::string&>());
    else
        value = as_int64(*json_);
    if (!value)
        mismatch("a lifespan in milliseconds (digits, an integer or null)");
    return value;
}

Timestamp Node::timestamp() const {
    std::optional<Timestamp> time;
    if (json_ != nullptr && json_->is_string())
        time = parse_iso8601(json_->get_ref<const std::string&>());
    if (!time) {
        mismatch("an ISO-8601 string");
        return {};
    }
    return *time;
}

std::optional<Timestamp> Node::optional_timestamp() const {
    if (absent_or_null())
        return std::nullopt;
    return timestamp();
}

std::vector<std::string> Node::strings() const {
    std::vector<std::string> values;
    if (absent_or_null())
        return values;
    each_element([&](const Node& element) { values.push_back(element.string()); });
    return values;
}

bool Node::expect_object() const {
    if (json_ != nullptr && json_->is_object())
        return true;
    mismatch("an object");
    return false;
}

bool Node::expect_array() const {
    if (json_ != nullptr && json_->is_array())
        return true;
    mismatch("an array");
    return false;
}

ApiToken read_token(const Node& node) {
    ApiToken token;
    if (!node.expect_object())
        return token;
    token.id = node.member("id").integer();
    token.name = node.member("name").string();
    token.description = node.member("description").string_or_empty();
    const Node type = node.member("type");
    if (const auto parsed = token_type_from_wire(type.string())) {
        token.type = *parsed;
    } else {
        type.mismatch("one of read-only, full-access, custom");
    }
    token.lifespan_ms = node.member("lifespan").lifespan();
    token.expires_at = node.member("expiresAt").optional_timestamp();
    token.last_used_at = node.member("lastUsedAt").optional_timestamp();
    token.created_at = node.member("createdAt").timestamp();
    token.updated_at = node.member("updatedAt").timestamp();
    token.permissions = node.member("permissions").strings();
    return token;
}

AdminUser read_admin_user(const Node& node) {
    AdminUser user;
    if (!node.expect_object())
        return user;
    user.id = node.member("id").integer();
    user.email = node.member("email").string();
    // Strapi allows admins without a first or last name (lastname is optional at registration).
    user.firstname = node.member("firstname").string_or_empty();
    user.lastname = node.member("lastname").string_or_empty();
    return user;
}

std::string to_text(const Json& json) {
    return json.dump(-1, ' ', false, Json::error_handler_t::replace);
}

bool is_success(const HttpResponse& response) {
    return response.fault == TransportFault::None && response.status >= 200 && response.status < 300;
}

std::optional<Json> parse(const AnswerText& answer, std::string_view body) {
    const std::string_view text = answer.view(body);
    Json json = Json::parse(text.begin(), text.end(), nullptr, /*allow_exceptions=*/false);
    if (json.is_discarded())
        return std::nullopt;
    return json;
}

std::optional<Json> parse(std::string_view body) {
    const auto answer = prepare_answer_text(body);
    if (!answer)
        return std::nullopt;
    return parse(*answer, body);
}

ApiError malformed_json(const HttpResponse& response) {
    std::string message = "The server's answer is not valid JSON";
    if (!response.content_type.empty())
        message += " (" + response.content_type + ")";
    return ApiError{ApiErrorKind::MalformedJson, response.status, {}, std::move(message), {}};
}

ApiError unexpected_shape(const HttpResponse& response, std::string problem) {
    return ApiError{ApiErrorKind::UnexpectedShape, response.status, {}, std::move(problem), {}};
}

ApiError unreadable(const HttpResponse& response) {
    return ApiError{
        ApiErrorKind::UnexpectedShape, response.status, {}, "The server's answer could not be read", {}};
}

ApiError too_large(const HttpResponse& response) {
    return ApiError{ApiErrorKind::TooLarge,
                    response.status,
                    {},
                    "The server's answer is larger than " + std::to_string(kMaxAnswerBytes / (1024 * 1024)) +
                        " MB, more than this page reads",
                    {}};
}

} // namespace imt::json_read
