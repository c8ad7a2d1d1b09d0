// /admin/api-tokens: the token decoders and the create / update request bodies.

#include "core/codec.hpp"
#include "core/json_read.hpp"

namespace imt {

using json_read::decode_data;
using json_read::Json;
using json_read::Node;
using json_read::to_text;

Result<TokenListAnswer> decode_token_list(const HttpResponse& response) {
    return decode_data<TokenListAnswer>(response, [](const Node& data) {
        TokenListAnswer list;
        data.each_element_on_its_own([&](const Node& element, const json_read::Shape& shape) {
            ApiToken token = json_read::read_token(element);
            if (shape.ok()) {
                list.tokens.push_back(std::move(token));
                return;
            }
            if (list.unread.count++ == 0)
                list.unread.first_problem = shape.problem();
        });
        return list;
    });
}

Result<ApiToken> decode_token(const HttpResponse& response) {
    return decode_data<ApiToken>(response, [](const Node& data) { return json_read::read_token(data); });
}

Result<CreatedToken> decode_created_token(const HttpResponse& response) {
    return decode_data<CreatedToken>(response, [](const Node& data) {
        CreatedToken created;
        created.token = json_read::read_token(data);
        created.access_key = data.member("accessKey").secret();
        return created;
    });
}

Result<RegeneratedToken> decode_regenerated_token(const HttpResponse& response) {
    return decode_data<RegeneratedToken>(response, [](const Node& data) {
        RegeneratedToken regenerated;
        if (!data.expect_object())
            return regenerated;
        regenerated.id = data.member("id").integer();
        regenerated.access_key = data.member("accessKey").secret();
        return regenerated;
    });
}

Result<std::optional<ApiToken>> decode_deleted_token(const HttpResponse& response) {
    return decode_data<std::optional<ApiToken>>(response, [](const Node& data) -> std::optional<ApiToken> {
        // Strapi answers 200 {data: null} when the id was already gone.
        if (data.absent_or_null())
            return std::nullopt;
        return json_read::read_token(data);
    });
}

namespace {

// The admin UI's permission list: an array for Custom, null otherwise (Strapi refuses a list on
// the other types). The set keeps it sorted, so equal drafts always send equal bodies.
Json permissions_value(const TokenDraft& draft) {
    if (draft.type != TokenType::Custom)
        return nullptr;
    Json list = Json::array();
    for (const auto& action : draft.permissions)
        list.push_back(action);
    return list;
}

} // namespace

std::string encode_create_body(const TokenDraft& draft) {
    Json body = Json::object();
    body["name"] = draft.name;
    body["description"] = draft.description;
    body["type"] = std::string(to_wire(draft.type));
    const auto lifespan = lifespan_ms(draft.lifespan);
    body["lifespan"] = lifespan ? Json(*lifespan) : Json(nullptr);
    body["permissions"] = permissions_value(draft);
    return to_text(body);
}

std::string encode_update_body(const TokenDraft& draft) {
    // No lifespan: it is fixed at creation and Strapi's update schema refuses it (contract 044, 045).
    Json body = Json::object();
    body["name"] = draft.name;
    body["description"] = draft.description;
    body["type"] = std::string(to_wire(draft.type));
    body["permissions"] = permissions_value(draft);
    return to_text(body);
}

} // namespace imt
