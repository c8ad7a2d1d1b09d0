#include "core/model.hpp"

#include <algorithm>
#include <utility>

namespace imt {

std::string_view to_wire(TokenType type) {
    switch (type) {
    case TokenType::ReadOnly:
        return "read-only";
    case TokenType::FullAccess:
        return "full-access";
    case TokenType::Custom:
        return "custom";
    }
    return "read-only";
}

std::optional<TokenType> token_type_from_wire(std::string_view text) {
    if (text == "read-only")
        return TokenType::ReadOnly;
    if (text == "full-access")
        return TokenType::FullAccess;
    if (text == "custom")
        return TokenType::Custom;
    return std::nullopt;
}

std::optional<std::int64_t> lifespan_ms(Lifespan lifespan) {
    switch (lifespan) {
    case Lifespan::Days7:
        return 7 * kDayMs;
    case Lifespan::Days30:
        return 30 * kDayMs;
    case Lifespan::Days90:
        return 90 * kDayMs;
    case Lifespan::Unlimited:
        return std::nullopt;
    }
    return std::nullopt;
}

std::optional<Lifespan> lifespan_from_ms(std::optional<std::int64_t> ms) {
    if (!ms)
        return Lifespan::Unlimited;
    for (auto candidate : {Lifespan::Days7, Lifespan::Days30, Lifespan::Days90}) {
        if (lifespan_ms(candidate) == ms)
            return candidate;
    }
    return std::nullopt;
}

TokenDraft draft_from_token(const ApiToken& token) {
    TokenDraft draft;
    draft.name = token.name;
    draft.description = token.description;
    draft.lifespan = lifespan_from_ms(token.lifespan_ms).value_or(Lifespan::Unlimited);
    draft.type = token.type;
    // Strapi leaves stale permissions on tokens that left Custom; they mean nothing there.
    if (token.type == TokenType::Custom)
        draft.permissions.insert(token.permissions.begin(), token.permissions.end());
    return draft;
}

const ApiToken* find_token(const std::vector<ApiToken>& tokens, TokenId id) {
    const auto it = std::find_if(tokens.begin(), tokens.end(), [&](const ApiToken& t) { return t.id == id; });
    return it == tokens.end() ? nullptr : &*it;
}

ApiToken* find_token(std::vector<ApiToken>& tokens, TokenId id) {
    return const_cast<ApiToken*>(find_token(std::as_const(tokens), id));
}

} // namespace imt
