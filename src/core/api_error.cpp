#include "core/api_error.hpp"

namespace imt {
namespace {

constexpr std::string_view kKeyPrefix = "error.";

} // namespace

std::string_view message_key(ApiErrorKind kind) {
    switch (kind) {
    case ApiErrorKind::Http:
        return "error.http";
    case ApiErrorKind::MalformedJson:
        return "error.malformed_json";
    case ApiErrorKind::UnexpectedShape:
        return "error.unexpected_shape";
    case ApiErrorKind::TooLarge:
        return "error.too_large";
    case ApiErrorKind::Offline:
        return "error.offline";
    case ApiErrorKind::Timeout:
        return "error.timeout";
    }
    return "error.http";
}

std::string_view kind_name(ApiErrorKind kind) {
    return message_key(kind).substr(kKeyPrefix.size());
}

} // namespace imt
