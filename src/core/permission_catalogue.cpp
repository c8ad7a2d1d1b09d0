#include "core/permission_catalogue.hpp"

#include "core/text.hpp"

#include <algorithm>
#include <iterator>

namespace imt {

namespace {

constexpr std::string_view kApiPrefix = "api::";
constexpr std::string_view kPluginPrefix = "plugin::";

int section_rank(std::string_view id) {
    if (id.starts_with(kApiPrefix)) {
        return 0;
    }
    if (id.starts_with(kPluginPrefix)) {
        return 1;
    }
    return 2;
}

std::string section_label(std::string_view id) {
    const auto separator = id.find("::");
    return ascii_capitalize(separator == std::string_view::npos ? id : id.substr(separator + 2));
}

// Strapi's panel binds a route to an action when the route's scope lists the action or its handler
// names it outright (routes of api:: sections carry the full id as handler).
bool route_serves(const BoundRoute& route, std::string_view action_id) {
    return route.handler == action_id ||
           std::find(route.scope.begin(), route.scope.end(), action_id) != route.scope.end();
}

} // namespace

bool is_read_scope(std::string_view action) {
    return action.ends_with("find") || action.ends_with("findOne");
}

PermissionCatalogue PermissionCatalogue::build(const ContentApiPermissions& permissions,
                                               const ContentApiRoutes& routes) {
    std::vector<const PermissionSection*> ordered;
    for (const auto& section : permissions) {
        ordered.push_back(&section);
    }
    std::stable_sort(ordered.begin(), ordered.end(),
                     [](const PermissionSection* a, const PermissionSection* b) {
                         const int rank_a = section_rank(a->id);
                         const int rank_b = section_rank(b->id);
                         return rank_a != rank_b ? rank_a < rank_b : a->id < b->id;
                     });

    PermissionCatalogue catalogue;
    for (const PermissionSection* source : ordered) {
        const auto section_routes = std::find_if(
            routes.begin(), routes.end(), [&](const SectionRoutes& r) { return r.section == source->id; });
        // The same section id twice merges into one entry.
        auto existing = std::find_if(catalogue.sections_.begin(), catalogue.sections_.end(),
                                     [&](const CatalogueSection& s) { return s.id == source->id; });
        if (existing == catalogue.sections_.end()) {
            catalogue.sections_.push_back(CatalogueSection{source->id, section_label(source->id), {}});
            existing = std::prev(catalogue.sections_.end());
        }
        const std::size_t section_index = static_cast<std::size_t>(existing - catalogue.sections_.begin());

        for (const auto& controller_source : source->controllers) {
            auto& controllers = catalogue.sections_[section_index].controllers;
            auto controller =
                std::find_if(controllers.begin(), controllers.end(), [&](const CatalogueController& c) {
                    return c.name == controller_source.controller;
                });
            if (controller == controllers.end()) {
                controllers.push_back(CatalogueController{controller_source.controller, {}});
                controller = std::prev(controllers.end());
            }
            const std::size_t controller_index = static_cast<std::size_t>(controller - controllers.begin());

            for (const auto& action_name : controller_source.actions) {
                PermissionAction id = source->id + "." + controller_source.controller + "." + action_name;
                if (catalogue.index_.contains(id)) {
                    continue;
                }
                CatalogueAction action{id, source->id, controller_source.controller, action_name, {}};
                if (section_routes != routes.end()) {
                    std::copy_if(section_routes->routes.begin(), section_routes->routes.end(),
                                 std::back_inserter(action.routes),
                                 [&](const BoundRoute& route) { return route_serves(route, id); });
                }
                controller->actions.push_back(std::move(action));
                catalogue.index_.emplace(
                    std::move(id), Location{section_index, controller_index, controller->actions.size() - 1});
            }
        }
    }
    return catalogue;
}

const CatalogueAction* PermissionCatalogue::find(std::string_view action) const {
    const auto found = index_.find(action);
    if (found == index_.end()) {
        return nullptr;
    }
    const Location& at = found->second;
    return &sections_[at.section].controllers[at.controller].actions[at.action];
}

bool PermissionCatalogue::contains(std::string_view action) const {
    return index_.find(action) != index_.end();
}

PermissionSet PermissionCatalogue::all_actions() const {
    PermissionSet all;
    for (const auto& entry : index_) {
        all.insert(all.end(), entry.first);
    }
    return all;
}

PermissionSet PermissionCatalogue::preset(TokenType type) const {
    PermissionSet selected;
    if (type == TokenType::Custom) {
        return selected;
    }
    for (const auto& [id, at] : index_) {
        if (!sections_[at.section].id.starts_with(kApiPrefix)) {
            continue;
        }
        if (type == TokenType::FullAccess || is_read_scope(id)) {
            selected.insert(selected.end(), id);
        }
    }
    return selected;
}

PermissionSet PermissionCatalogue::effective_access(TokenType type,
                                                    const PermissionSet& custom_selection) const {
    PermissionSet granted;
    for (const auto& entry : index_) {
        const PermissionAction& id = entry.first;
        const bool allowed = type == TokenType::FullAccess ||
                             (type == TokenType::ReadOnly && is_read_scope(id)) ||
                             (type == TokenType::Custom && custom_selection.contains(id));
        if (allowed) {
            granted.insert(granted.end(), id);
        }
    }
    return granted;
}

std::vector<PermissionAction> PermissionCatalogue::unknown_in(const PermissionSet& selection) const {
    std::vector<PermissionAction> unknown;
    std::copy_if(selection.begin(), selection.end(), std::back_inserter(unknown),
                 [&](const PermissionAction& action) { return !contains(action); });
    return unknown;
}

SelectAll controller_selection(const CatalogueController& controller, const PermissionSet& selection) {
    const auto selected =
        std::count_if(controller.actions.begin(), controller.actions.end(),
                      [&](const CatalogueAction& action) { return selection.contains(action.id); });
    if (selected == 0) {
        return SelectAll::None;
    }
    return static_cast<std::size_t>(selected) == controller.actions.size() ? SelectAll::All : SelectAll::Some;
}

PermissionSet toggle_controller(const CatalogueController& controller, PermissionSet selection) {
    const bool select = controller_selection(controller, selection) != SelectAll::All;
    for (const auto& action : controller.actions) {
        if (select) {
            selection.insert(action.id);
        } else {
            selection.erase(action.id);
        }
    }
    return selection;
}

PermissionSet toggle_action(PermissionSet selection, const PermissionAction& action) {
    if (selection.erase(action) == 0) {
        selection.insert(action);
    }
    return selection;
}

PermissionDiff diff(const PermissionSet& before, const PermissionSet& after) {
    PermissionDiff result;
    std::set_difference(after.begin(), after.end(), before.begin(), before.end(),
                        std::back_inserter(result.added));
    std::set_difference(before.begin(), before.end(), after.begin(), after.end(),
                        std::back_inserter(result.removed));
    return result;
}

bool action_matches(const CatalogueAction& action, std::string_view query) {
    const std::string needle = trim(query);
    if (ascii_icontains(action.id, needle) || ascii_icontains(action.controller, needle) ||
        ascii_icontains(action.action, needle)) {
        return true;
    }
    return std::any_of(action.routes.begin(), action.routes.end(),
                       [&](const BoundRoute& route) { return ascii_icontains(route.path, needle); });
}

} // namespace imt
