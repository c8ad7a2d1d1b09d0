// The catalogues the permissions panel and the RBAC gates are built from.

#include "core/codec.hpp"
#include "core/json_read.hpp"

namespace imt {

using json_read::decode_data;
using json_read::Node;

Result<ContentApiPermissions> decode_content_api_permissions(const HttpResponse& response) {
    // {data: {"api::restaurant": {controllers: {restaurant: ["find", ...]}}, ...}}
    return decode_data<ContentApiPermissions>(response, [](const Node& data) {
        ContentApiPermissions sections;
        data.each_member([&](std::string_view section_id, const Node& section) {
            PermissionSection decoded{std::string(section_id), {}};
            if (section.expect_object()) {
                section.member("controllers")
                    .each_member([&](std::string_view controller, const Node& actions) {
                        decoded.controllers.push_back(
                            ControllerActions{std::string(controller), actions.strings()});
                    });
            }
            sections.push_back(std::move(decoded));
        });
        return sections;
    });
}

namespace {

BoundRoute read_route(const Node& node) {
    BoundRoute route;
    if (!node.expect_object())
        return route;
    route.method = node.member("method").string();
    route.path = node.member("path").string();
    route.handler = node.member("handler").string();
    // A route without config.auth (or with auth: false, a public route) has no scope to bind.
    const Node config = node.member("config");
    const Node auth = config.member("auth");
    if (auth.is_object())
        route.scope = auth.member("scope").strings();
    return route;
}

} // namespace

Result<ContentApiRoutes> decode_content_api_routes(const HttpResponse& response) {
    // {data: {"api::restaurant": [{method, path, handler, config: {auth: {scope: [...]}}}, ...], ...}}
    return decode_data<ContentApiRoutes>(response, [](const Node& data) {
        ContentApiRoutes sections;
        data.each_member([&](std::string_view section_id, const Node& routes) {
            SectionRoutes decoded{std::string(section_id), {}};
            routes.each_element([&](const Node& route) { decoded.routes.push_back(read_route(route)); });
            sections.push_back(std::move(decoded));
        });
        return sections;
    });
}

Result<std::vector<AdminPermission>> decode_admin_permissions(const HttpResponse& response) {
    // {data: [{id, action, actionParameters, subject, properties, conditions}, ...]}
    return decode_data<std::vector<AdminPermission>>(response, [](const Node& data) {
        std::vector<AdminPermission> permissions;
        data.each_element([&](const Node& element) {
            if (!element.expect_object())
                return;
            permissions.push_back(AdminPermission{element.member("action").string(),
                                                  element.member("subject").optional_string()});
        });
        return permissions;
    });
}

} // namespace imt
