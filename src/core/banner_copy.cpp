#include "core/banner_copy.hpp"

namespace imt {

std::optional<std::string> banner_route(const State& s) {
    if (!s.banner || s.content_api.load != Load::Ready)
        return std::nullopt;
    const ApiToken* token = find_token(s.list.tokens, s.banner->token_id);
    if (token == nullptr)
        return std::nullopt;
    const PermissionSet selection(token->permissions.begin(), token->permissions.end());
    return example_get_route(s.content_api.catalogue, token->type, selection);
}

bool banner_variant_available(const State& s, CopyVariant variant) {
    return s.banner && variant_available(variant, s.copy, banner_route(s));
}

Secret banner_copy_text(const State& s, CopyVariant variant) {
    if (!s.banner)
        return {};
    return copy_text(variant, s.banner->key.reveal(), s.copy, banner_route(s));
}

} // namespace imt
