#include "contract_catalogue.hpp"

#include <fstream>
#include <sstream>
#include <stdexcept>

namespace imt::test {

using nlohmann::ordered_json;

namespace {

// Parsed in file order: the catalogue keeps the order Strapi sent.
ordered_json read_contract_file(std::string_view file) {
    const std::string path = std::string(IMT_CONTRACT_DIR) + "/" + std::string(file);
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        throw std::runtime_error("cannot open contract file " + path);
    }
    std::ostringstream text;
    text << in.rdbuf();
    return ordered_json::parse(text.str());
}

} // namespace

ContentApiPermissions contract_permissions() {
    const ordered_json data =
        read_contract_file("018-content-api-permissions.json").at("response").at("body").at("data");
    ContentApiPermissions sections;
    for (const auto& [section_id, section] : data.items()) {
        PermissionSection parsed{section_id, {}};
        for (const auto& [controller, actions] : section.at("controllers").items()) {
            parsed.controllers.push_back(
                ControllerActions{controller, actions.get<std::vector<std::string>>()});
        }
        sections.push_back(std::move(parsed));
    }
    return sections;
}

ContentApiRoutes contract_routes() {
    const ordered_json data =
        read_contract_file("019-content-api-routes.json").at("response").at("body").at("data");
    ContentApiRoutes sections;
    for (const auto& [section_id, routes] : data.items()) {
        SectionRoutes parsed{section_id, {}};
        for (const auto& route : routes) {
            BoundRoute bound{route.at("method").get<std::string>(),
                             route.at("path").get<std::string>(),
                             route.at("handler").get<std::string>(),
                             {}};
            const auto& config = route.value("config", ordered_json::object());
            const auto auth = config.find("auth");
            if (auth != config.end() && auth->is_object() && auth->contains("scope")) {
                bound.scope = auth->at("scope").get<std::vector<std::string>>();
            }
            parsed.routes.push_back(std::move(bound));
        }
        sections.push_back(std::move(parsed));
    }
    return sections;
}

PermissionCatalogue contract_catalogue() {
    return PermissionCatalogue::build(contract_permissions(), contract_routes());
}

} // namespace imt::test
