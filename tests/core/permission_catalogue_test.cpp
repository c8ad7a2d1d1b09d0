#include "contract_catalogue.hpp"
#include "core/permission_catalogue.hpp"

#include <catch2/catch_test_macros.hpp>
#include <catch2/generators/catch_generators.hpp>

#include <algorithm>
#include <string>
#include <vector>

using namespace imt;

namespace {

const PermissionAction kRestaurantFind = "api::restaurant.restaurant.find";
const PermissionAction kRestaurantFindOne = "api::restaurant.restaurant.findOne";
const PermissionAction kRestaurantCreate = "api::restaurant.restaurant.create";
const PermissionAction kHomepageFind = "api::homepage.homepage.find";

const PermissionCatalogue& catalogue() {
    static const PermissionCatalogue built = test::contract_catalogue();
    return built;
}

const CatalogueController& controller(std::string_view section, std::string_view name) {
    for (const auto& s : catalogue().sections()) {
        for (const auto& c : s.controllers) {
            if (s.id == section && c.name == name) {
                return c;
            }
        }
    }
    FAIL("no controller " << section << " " << name);
    throw; // unreachable: FAIL throws
}

std::vector<std::string> route_labels(const CatalogueAction& action) {
    std::vector<std::string> labels;
    for (const auto& route : action.routes) {
        labels.push_back(route.method + " " + route.path);
    }
    return labels;
}

} // namespace

TEST_CASE("The recorded peer's catalogue has 44 actions in 7 sections", "[catalogue]") {
    CHECK(catalogue().size() == 44);
    CHECK_FALSE(catalogue().empty());

    std::vector<std::string> ids;
    std::vector<std::string> labels;
    for (const auto& section : catalogue().sections()) {
        ids.push_back(section.id);
        labels.push_back(section.label);
    }
    // api:: first, then plugins, each alphabetically (the server sends upload before i18n).
    CHECK(ids == std::vector<std::string>{"api::homepage", "api::restaurant", "plugin::content-type-builder",
                                          "plugin::email", "plugin::i18n", "plugin::upload",
                                          "plugin::users-permissions"});
    CHECK(labels == std::vector<std::string>{"Homepage", "Restaurant", "Content-type-builder", "Email",
                                             "I18n", "Upload", "Users-permissions"});
}

TEST_CASE("Controllers and actions keep the order Strapi lists them in", "[catalogue]") {
    std::vector<std::string> controllers;
    for (const auto& c : catalogue().sections().back().controllers) {
        controllers.push_back(c.name);
    }
    CHECK(controllers == std::vector<std::string>{"auth", "user", "role", "permissions"});

    std::vector<std::string> actions;
    for (const auto& a : controller("api::restaurant", "restaurant").actions) {
        actions.push_back(a.action);
    }
    CHECK(actions == std::vector<std::string>{"find", "findOne", "create", "update", "delete"});
}

TEST_CASE("Each action knows its id parts and the routes it unlocks", "[catalogue]") {
    SECTION("restaurant.find is bound to GET /api/restaurants") {
        const CatalogueAction* find = catalogue().find(kRestaurantFind);
        REQUIRE(find != nullptr);
        CHECK(find->section == "api::restaurant");
        CHECK(find->controller == "restaurant");
        CHECK(find->action == "find");
        CHECK(route_labels(*find) == std::vector<std::string>{"GET /api/restaurants"});
    }
    SECTION("findOne and delete take the :id routes") {
        CHECK(route_labels(*catalogue().find(kRestaurantFindOne)) ==
              std::vector<std::string>{"GET /api/restaurants/:id"});
        CHECK(route_labels(*catalogue().find("api::restaurant.restaurant.delete")) ==
              std::vector<std::string>{"DELETE /api/restaurants/:id"});
    }
    SECTION("plugin routes are joined by scope, their handler being only controller.action") {
        const CatalogueAction* me = catalogue().find("plugin::users-permissions.user.me");
        REQUIRE(me != nullptr);
        CHECK(me->routes.front().handler == "user.me");
        CHECK(route_labels(*me) == std::vector<std::string>{"GET /api/users/me"});
        CHECK(route_labels(*catalogue().find("plugin::users-permissions.auth.callback")) ==
              std::vector<std::string>{"POST /api/auth/local", "GET /api/auth/:provider/callback"});
    }
    SECTION("every action of this peer is bound to at least one route") {
        for (const auto& section : catalogue().sections()) {
            for (const auto& c : section.controllers) {
                for (const auto& a : c.actions) {
                    CAPTURE(a.id);
                    CHECK_FALSE(a.routes.empty());
                    CHECK(a.id == a.section + "." + a.controller + "." + a.action);
                }
            }
        }
    }
}

TEST_CASE("Looking up actions: known, unknown and in a copy", "[catalogue]") {
    CHECK(catalogue().contains(kHomepageFind));
    CHECK_FALSE(catalogue().contains("api::homepage.homepage.findOne")); // a single type has no findOne
    CHECK(catalogue().find("api::nope.nope.find") == nullptr);

    const PermissionSet selection = {kRestaurantFind, "api::nope.nope.find",
                                     "api::restaurant.restaurant.fly"};
    CHECK(catalogue().unknown_in(selection) ==
          std::vector<PermissionAction>{"api::nope.nope.find", "api::restaurant.restaurant.fly"});
    CHECK(catalogue().unknown_in(catalogue().all_actions()).empty());

    const PermissionCatalogue copy = catalogue();
    const CatalogueAction* in_copy = copy.find(kRestaurantFind);
    REQUIRE(in_copy != nullptr);
    CHECK(in_copy != catalogue().find(kRestaurantFind)); // points into the copy's own storage
    CHECK(*in_copy == *catalogue().find(kRestaurantFind));

    const PermissionCatalogue nothing;
    CHECK(nothing.empty());
    CHECK(nothing.find(kRestaurantFind) == nullptr);
    CHECK(nothing.unknown_in({kRestaurantFind}).size() == 1);
}

TEST_CASE("Presets: what the panel shows checked for Read-only and Full access", "[catalogue][presets]") {
    SECTION("Read-only checks the api:: reads, as Strapi's admin does") {
        const PermissionSet read_only = catalogue().preset(TokenType::ReadOnly);
        CHECK(read_only == PermissionSet{kHomepageFind, kRestaurantFind, kRestaurantFindOne});
        // Strapi's reducer keeps every api:: id containing "find": the same set for this peer.
        PermissionSet strapi_filter;
        for (const auto& id : catalogue().all_actions()) {
            if (id.starts_with("api::") && id.find("find") != std::string::npos) {
                strapi_filter.insert(id);
            }
        }
        CHECK(read_only == strapi_filter);
        // And the server agrees: exchanges 102/109 got 200 on these GETs, 104 a 403 on the POST.
        std::vector<std::string> routes;
        for (const auto& id : read_only) {
            for (const auto& label : route_labels(*catalogue().find(id))) {
                routes.push_back(label);
            }
        }
        CHECK(std::find(routes.begin(), routes.end(), "GET /api/restaurants") != routes.end());
        CHECK(std::find(routes.begin(), routes.end(), "GET /api/homepage") != routes.end());
        CHECK(std::none_of(routes.begin(), routes.end(),
                           [](const std::string& r) { return !r.starts_with("GET "); }));
    }
    SECTION("Full access checks every api:: action") {
        const PermissionSet full = catalogue().preset(TokenType::FullAccess);
        CHECK(full.size() == 8);
        CHECK(std::all_of(full.begin(), full.end(), [](const auto& id) { return id.starts_with("api::"); }));
        CHECK(full.contains(kRestaurantCreate));
        CHECK(full.contains("api::homepage.homepage.delete"));
    }
    SECTION("Custom starts from nothing") {
        CHECK(catalogue().preset(TokenType::Custom).empty());
    }
}

TEST_CASE("Effective access: what the server really grants, plugins included", "[catalogue][presets]") {
    CHECK(catalogue().effective_access(TokenType::FullAccess, {}) == catalogue().all_actions());

    const PermissionSet reads = catalogue().effective_access(TokenType::ReadOnly, {});
    CHECK(reads.contains("plugin::users-permissions.user.find"));
    CHECK(reads.contains("plugin::upload.content-api.findOne"));
    CHECK_FALSE(reads.contains("plugin::upload.content-api.findPage")); // ends in neither find nor findOne
    CHECK_FALSE(reads.contains(kRestaurantCreate));
    for (const auto& id : reads) {
        CHECK(is_read_scope(id));
    }

    const PermissionSet custom =
        catalogue().effective_access(TokenType::Custom, {kRestaurantCreate, "api::nope.nope.find"});
    CHECK(custom == PermissionSet{kRestaurantCreate});
}

TEST_CASE("Select all per controller is tri-state", "[catalogue][select-all]") {
    const CatalogueController& restaurant = controller("api::restaurant", "restaurant");
    PermissionSet selection = {kHomepageFind}; // another controller's action stays untouched throughout

    CHECK(controller_selection(restaurant, selection) == SelectAll::None);

    selection = toggle_action(selection, kRestaurantFind);
    CHECK(controller_selection(restaurant, selection) == SelectAll::Some);

    selection = toggle_controller(restaurant, selection); // Some -> All
    CHECK(controller_selection(restaurant, selection) == SelectAll::All);
    CHECK(selection.size() == 6);

    selection = toggle_action(selection, kRestaurantCreate);
    CHECK(controller_selection(restaurant, selection) == SelectAll::Some);
    selection = toggle_action(selection, kRestaurantCreate);
    CHECK(controller_selection(restaurant, selection) == SelectAll::All);

    selection = toggle_controller(restaurant, selection); // All -> None
    CHECK(controller_selection(restaurant, selection) == SelectAll::None);
    CHECK(selection == PermissionSet{kHomepageFind});

    selection = toggle_controller(restaurant, selection); // None -> All
    CHECK(controller_selection(restaurant, selection) == SelectAll::All);

    const CatalogueController empty{"empty", {}};
    CHECK(controller_selection(empty, selection) == SelectAll::None);
    CHECK(toggle_controller(empty, selection) == selection);
}

TEST_CASE("The diff between two selections lists what Save would add and remove", "[catalogue][diff]") {
    const PermissionSet before = {kRestaurantFind, kRestaurantCreate};
    const PermissionSet after = {kRestaurantFind, kRestaurantFindOne, kHomepageFind};
    const PermissionDiff change = diff(before, after);
    CHECK(change.added == std::vector<PermissionAction>{kHomepageFind, kRestaurantFindOne});
    CHECK(change.removed == std::vector<PermissionAction>{kRestaurantCreate});
    CHECK_FALSE(change.empty());

    CHECK(diff(after, after).empty());
    CHECK(diff({}, after).added.size() == 3);
    CHECK(diff(after, {}).removed.size() == 3);
    // From a read-only token's preset to full access: the writes appear, nothing goes.
    const PermissionDiff upgrade =
        diff(catalogue().preset(TokenType::ReadOnly), catalogue().preset(TokenType::FullAccess));
    CHECK(upgrade.added.size() == 5);
    CHECK(upgrade.removed.empty());
}

TEST_CASE("Searching the permissions panel", "[catalogue][filter]") {
    const auto matching = [](std::string_view query) {
        std::vector<std::string> ids;
        for (const auto& section : catalogue().sections()) {
            for (const auto& c : section.controllers) {
                for (const auto& a : c.actions) {
                    if (action_matches(a, query)) {
                        ids.push_back(a.id);
                    }
                }
            }
        }
        return ids;
    };
    CHECK(matching("").size() == 44);
    CHECK(matching("   ").size() == 44);
    CHECK(matching("FINDONE") == std::vector<std::string>{"api::restaurant.restaurant.findOne",
                                                          "plugin::upload.content-api.findOne",
                                                          "plugin::users-permissions.user.findOne",
                                                          "plugin::users-permissions.role.findOne"});
    CHECK(matching("/api/users/me") == std::vector<std::string>{"plugin::users-permissions.user.me"});
    CHECK(matching(" homepage ").size() == 3); // by id and by path /api/homepage
    CHECK(matching("/api/upload/files/page") ==
          std::vector<std::string>{"plugin::upload.content-api.findPage"});
    CHECK(matching("permissions").size() == 25); // every users-permissions action, by its id
    CHECK(matching("no such thing").empty());

    // A route path alone can make the match: here the id says "auth.callback", the path says "provider".
    CHECK(matching(":provider") == std::vector<std::string>{"plugin::users-permissions.auth.callback"});
}

TEST_CASE("Building from unusual input", "[catalogue]") {
    const ContentApiPermissions permissions = {
        {"plugin::zeta", {{"z", {"run"}}}},
        {"custom-section", {{"c", {"go"}}}},
        {"api::beta", {{"beta", {"find", "find", "refind"}}}}, // a duplicate action is kept once
        {"api::alpha", {{"alpha", {"findMany"}}}},
        {"api::beta", {{"beta", {"update"}}, {"extra", {"find"}}}}, // the same section again merges
    };
    const ContentApiRoutes routes = {
        {"api::beta",
         {{"GET", "/api/betas", "api::beta.beta.find", {}}, // bound by handler alone
          {"PUT", "/api/betas/:id", "beta.update", {"api::beta.beta.update"}}}},
        {"api::alpha",
         {{"GET", "/api/alphas", "api::beta.beta.find", {"api::beta.beta.find"}}}}, // other section
    };
    const PermissionCatalogue built = PermissionCatalogue::build(permissions, routes);
    std::vector<std::string> order;
    for (const auto& s : built.sections()) {
        order.push_back(s.id);
    }
    CHECK(order == std::vector<std::string>{"api::alpha", "api::beta", "plugin::zeta", "custom-section"});
    CHECK(built.size() == 7);
    CHECK(built.sections()[1].controllers.size() == 2);
    CHECK(built.sections()[1].controllers[0].actions.size() == 3);
    CHECK(built.sections().back().label == "Custom-section");

    const CatalogueAction* find = built.find("api::beta.beta.find");
    REQUIRE(find != nullptr);
    CHECK(route_labels(*find) == std::vector<std::string>{"GET /api/betas"}); // not the api::alpha route
    CHECK(route_labels(*built.find("api::beta.beta.update")) ==
          std::vector<std::string>{"PUT /api/betas/:id"});
    CHECK(built.find("api::alpha.alpha.findMany")->routes.empty());

    // The server's read rule is "ends in find or findOne", not "contains find".
    CHECK(built.preset(TokenType::ReadOnly) ==
          PermissionSet{"api::beta.beta.find", "api::beta.beta.refind", "api::beta.extra.find"});
    CHECK(built.preset(TokenType::FullAccess).size() == 5); // plugin::zeta and custom-section excluded
}
