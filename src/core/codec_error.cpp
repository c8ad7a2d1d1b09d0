// Every failed exchange as one ApiError: transport faults, Strapi's error envelope (with yup
// details, service-level messages, or no details at all), and plain-text error bodies.

#include "core/codec.hpp"
#include "core/json_read.hpp"

#include <algorithm>
#include <array>

namespace imt {
namespace {

using json_read::Json;

// Where a server message belongs on the form. A rule matches a yup error by its path's first
// element, or (field_of_path = kServiceLevel) a message Strapi's service throws with empty details.
struct KeyRule {
    std::string_view field_of_path;
    std::string_view message_start; // "" matches any message
    std::string_view field;
    std::string_view key;
};

constexpr std::string_view kServiceLevel = "<service>";

constexpr std::array<KeyRule, 9> kKeyRules{{
    {kServiceLevel, "Name already taken", "name", "validation.name.taken"},
    {kServiceLevel, "Unknown permissions provided", "permissions", "validation.permissions.unknown"},
    {kServiceLevel, "Missing permissions attribute for custom token", "permissions",
     "validation.permissions.missing"},
    {kServiceLevel, "Non-custom tokens should not reference permissions", "permissions",
     "validation.permissions.not_custom"},
    {"name", "name must be at least 1 characters", "name", "validation.name.required"},
    {"name", "name is a required field", "name", "validation.name.required"},
    {"lifespan", "", "lifespan", "validation.lifespan.invalid"},
    {"type", "", "type", "validation.type.invalid"},
    {"", "this field has unspecified keys", "", "validation.body.unknown_keys"},
}};

bool starts_with(std::string_view text, std::string_view prefix) {
    return text.substr(0, prefix.size()) == prefix;
}

std::optional<FieldError> service_level_field_error(const std::string& message) {
    for (const auto& rule : kKeyRules) {
        if (rule.field_of_path == kServiceLevel && starts_with(message, rule.message_start)) {
            return FieldError{std::string(rule.field), std::string(rule.key), message};
        }
    }
    return std::nullopt;
}

FieldError yup_field_error(const std::string& path_field, const std::string& message) {
    for (const auto& rule : kKeyRules) {
        if (rule.field_of_path == path_field && starts_with(message, rule.message_start)) {
            return FieldError{std::string(rule.field), std::string(rule.key), message};
        }
    }
    const std::string key =
        "validation." + (path_field.empty() ? std::string("body") : path_field) + ".invalid";
    return FieldError{path_field, key, message};
}

std::string string_member(const Json& object, const char* key) {
    const auto it = object.find(key);
    return it != object.end() && it->is_string() ? it->get<std::string>() : std::string();
}

// details.errors = [{path: ["name"], message, name, value}, ...]
std::vector<FieldError> yup_field_errors(const Json& error) {
    std::vector<FieldError> fields;
    const auto details = error.find("details");
    if (details == error.end() || !details->is_object())
        return fields;
    const auto errors = details->find("errors");
    if (errors == details->end() || !errors->is_array())
        return fields;
    for (const auto& item : *errors) {
        if (!item.is_object())
            continue;
        std::string path_field;
        const auto path = item.find("path");
        if (path != item.end() && path->is_array() && !path->empty() && path->front().is_string()) {
            path_field = path->front().get<std::string>();
        }
        FieldError field = yup_field_error(path_field, string_member(item, "message"));
        // yup reports both min(1) and required for an empty name: one entry per field and key is enough.
        const bool seen = std::any_of(fields.begin(), fields.end(), [&](const FieldError& other) {
            return other.field == field.field && other.message_key == field.message_key;
        });
        if (!seen)
            fields.push_back(std::move(field));
    }
    return fields;
}

std::string status_text(int status) {
    return "The server answered with an error (HTTP " + std::to_string(status) + ")";
}

bool contains(std::string_view text, std::string_view part) {
    return text.find(part) != std::string_view::npos;
}

// A proxy's or a crashed server's page: its markup means nothing to the admin, and its text is not
// the server's word on the request. Plain text such as Strapi's 405 "Method Not Allowed" is.
bool says_nothing_readable(const HttpResponse& response) {
    if (response.status >= 500 || contains(response.content_type, "html") ||
        contains(response.content_type, "xml"))
        return true;
    const auto start = response.body.find_first_not_of(" \t\r\n");
    return start != std::string::npos && response.body[start] == '<';
}

// A plain-text body ("Method Not Allowed", a proxy's page) as a one-line message of bounded size.
std::string short_text(std::string_view body, int status) {
    constexpr std::size_t kMaxBytes = 200;
    std::string text;
    bool pending_space = false;
    for (const char c : body) {
        if (c == ' ' || c == '\n' || c == '\r' || c == '\t') {
            pending_space = !text.empty();
            continue;
        }
        if (pending_space)
            text += ' ';
        pending_space = false;
        text += c;
        if (text.size() > kMaxBytes)
            break;
    }
    if (text.size() > kMaxBytes) {
        // Cut on a UTF-8 character boundary (continuation bytes are 10xxxxxx).
        std::size_t end = kMaxBytes;
        while (end > 0 && (static_cast<unsigned char>(text[end]) & 0xC0U) == 0x80U)
            --end;
        text.resize(end);
        text += "…";
    }
    return text.empty() ? status_text(status) : text;
}

ApiError from_envelope(const HttpResponse& response, const Json& error) {
    ApiError result;
    result.kind = ApiErrorKind::Http;
    result.status = response.status;
    result.name = string_member(error, "name");
    result.message = string_member(error, "message");
    result.field_errors = yup_field_errors(error);
    if (result.field_errors.empty()) {
        if (auto field = service_level_field_error(result.message))
            result.field_errors.push_back(std::move(*field));
    }
    if (result.message.empty())
        result.message = result.name.empty() ? status_text(response.status) : result.name;
    return result;
}

ApiError transport_error(TransportFault fault) {
    switch (fault) {
    case TransportFault::Timeout:
        return ApiError{ApiErrorKind::Timeout, 0, {}, "The server did not answer in time", {}};
    case TransportFault::Aborted:
        return ApiError{
            ApiErrorKind::Offline, 0, {}, "The request was cancelled before an answer arrived", {}};
    case TransportFault::Offline:
    case TransportFault::None:
        break;
    }
    return ApiError{ApiErrorKind::Offline, 0, {}, "The server could not be reached", {}};
}

ApiError decode_error_unguarded(const HttpResponse& response) {
    if (response.fault != TransportFault::None || response.status == 0)
        return transport_error(response.fault);
    const auto json = json_read::parse(response.body);
    if (json && json->is_object()) {
        const auto error = json->find("error");
        if (error != json->end() && error->is_object())
            return from_envelope(response, *error);
    }
    if (json_read::is_success(response)) {
        // A 2xx only lands here when its body could not be read as promised.
        if (!json)
            return json_read::malformed_json(response);
        return json_read::unexpected_shape(response, "The server's answer is not what this request expects");
    }
    const std::string message = says_nothing_readable(response) ? status_text(response.status)
                                                                : short_text(response.body, response.status);
    return ApiError{ApiErrorKind::Http, response.status, {}, message, {}};
}

} // namespace

ApiError decode_error(const HttpResponse& response) {
    return json_read::guarded(response, [&] { return decode_error_unguarded(response); });
}

} // namespace imt
