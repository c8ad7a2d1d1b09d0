// Every decoder of the codec on one answer. Beyond "no crash, no sanitizer report", two rules:
// a failure always says something, and a secret read aside from the parser (answer_text.hpp) is the
// one nlohmann reads from the same body.

#include "core/codec.hpp"
#include "fuzz_input.hpp"

#include <nlohmann/json.hpp>

#include <cstdlib>

namespace {

template <class T>
void check(const imt::Result<T>& result) {
    if (!result.ok() && result.error().message.empty())
        std::abort(); // an error the admin could not be told about
}

// data.<key> as nlohmann reads it, when the body is JSON and that member a non-empty string.
std::optional<std::string> parsed_secret(const std::string& body, const char* key) {
    const auto json = nlohmann::ordered_json::parse(body, nullptr, false);
    if (json.is_discarded() || !json.is_object() || !json.contains("data") || !json["data"].is_object())
        return std::nullopt;
    const auto& data = json["data"];
    if (!data.contains(key) || !data[key].is_string())
        return std::nullopt;
    return data[key].get<std::string>();
}

void same_secret(const imt::HttpResponse& response, const char* key, const imt::Secret& decoded) {
    const auto expected = parsed_secret(response.body, key);
    if (expected && decoded.reveal() != *expected)
        std::abort(); // the scan of answer_text.cpp found another value than the parser
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const auto response = imt::fuzz::answer_from(std::string_view(reinterpret_cast<const char*>(data), size));
    check(imt::decode_token_list(response));
    check(imt::decode_token(response));
    check(imt::decode_deleted_token(response));
    check(imt::decode_content_api_permissions(response));
    check(imt::decode_content_api_routes(response));
    check(imt::decode_admin_permissions(response));
    check(imt::decode_admin_user(response));
    if (imt::decode_error(response).message.empty())
        std::abort();

    const auto created = imt::decode_created_token(response);
    check(created);
    if (created.ok())
        same_secret(response, "accessKey", created.value().access_key);
    const auto regenerated = imt::decode_regenerated_token(response);
    check(regenerated);
    if (regenerated.ok())
        same_secret(response, "accessKey", regenerated.value().access_key);
    const auto login = imt::decode_login(response);
    check(login);
    if (login.ok())
        same_secret(response, "token", login.value().jwt);
    const auto access = imt::decode_access_token(response);
    check(access);
    if (access.ok())
        same_secret(response, "token", access.value());
    return 0;
}
