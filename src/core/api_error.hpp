#pragma once
// Every way a backend exchange can fail, as one value the UI can explain to a person.

#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace imt {

struct FieldError {
    std::string field; // "name", "description", "lifespan", "type", "permissions", "" for the whole body
    std::string message_key;    // catalogue key, e.g. "validation.name.required"
    std::string server_message; // Strapi's own text when the error came from the server
    friend bool operator==(const FieldError&, const FieldError&) = default;
};

enum class ApiErrorKind {
    Http,            // Strapi answered with an error status (envelope or plain text)
    MalformedJson,   // the body was not JSON
    UnexpectedShape, // JSON, but not what the endpoint promises (wrong type, missing field)
    TooLarge,        // larger than kMaxAnswerBytes: refused unread
    Offline,
    Timeout,
};

// The catalogue key that explains an error of this kind to a person, e.g. "error.offline". The only
// mapping from kind to text: the page's messages and the host's state snapshot both go through it.
std::string_view message_key(ApiErrorKind kind);
// The key without its "error." prefix ("http", "offline", ...), as a state snapshot names the kind.
std::string_view kind_name(ApiErrorKind kind);

struct ApiError {
    ApiErrorKind kind = ApiErrorKind::Http;
    int status = 0;
    std::string name;    // Strapi's error.name, e.g. "ValidationError", "ApplicationError"
    std::string message; // Strapi's error.message, or a description of the decoding failure
    std::vector<FieldError> field_errors;
    friend bool operator==(const ApiError&, const ApiError&) = default;
};

// The rows of a list answer that could not be read while the others were: how many, and where the
// first one went wrong ("data[2].name: expected a string, got number"; values are never echoed).
struct UnreadRows {
    std::size_t count = 0;
    std::string first_problem;
    friend bool operator==(const UnreadRows&, const UnreadRows&) = default;
};

// A decoded value or the reason it could not be had. (std::expected is C++23.)
template <class T>
class Result {
public:
    Result(T value) : data_(std::move(value)) {}        // NOLINT: implicit by design, like expected
    Result(ApiError error) : data_(std::move(error)) {} // NOLINT

    [[nodiscard]] bool ok() const { return data_.index() == 0; }
    explicit operator bool() const { return ok(); }
    [[nodiscard]] const T& value() const& { return std::get<0>(data_); }
    [[nodiscard]] T& value() & { return std::get<0>(data_); }
    [[nodiscard]] T&& value() && { return std::get<0>(std::move(data_)); }
    [[nodiscard]] const ApiError& error() const { return std::get<1>(data_); }

private:
    std::variant<T, ApiError> data_;
};

} // namespace imt
