#pragma once
// The content-API permission catalogue as the permissions panel shows it: sections (api::…, plugin::…)
// -> controllers -> actions, each action joined to the route(s) it unlocks.

#include "core/model.hpp"

#include <cstddef>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace imt {

struct CatalogueAction {
    PermissionAction id;    // "api::restaurant.restaurant.find"
    std::string section;    // "api::restaurant"
    std::string controller; // "restaurant"
    std::string action;     // "find"
    std::vector<BoundRoute> routes;
    friend bool operator==(const CatalogueAction&, const CatalogueAction&) = default;
};

struct CatalogueController {
    std::string name;
    std::vector<CatalogueAction> actions;
    friend bool operator==(const CatalogueController&, const CatalogueController&) = default;
};

struct CatalogueSection {
    std::string id;    // "api::restaurant"
    std::string label; // "Restaurant": lodash capitalize of the part after "::", as Strapi labels it
    std::vector<CatalogueController> controllers;
    friend bool operator==(const CatalogueSection&, const CatalogueSection&) = default;
};

// The server's read-only rule (strategies/api-token): a scope that ends in "find" or "findOne".
bool is_read_scope(std::string_view action);

class PermissionCatalogue {
public:
    PermissionCatalogue() = default;
    // Sections come out api:: first, then plugin::, then anything else, each group by id; controllers
    // and actions keep the server's order, as Strapi's panel shows them. An action listed twice is kept once.
    static PermissionCatalogue build(const ContentApiPermissions& permissions,
                                     const ContentApiRoutes& routes);

    const std::vector<CatalogueSection>& sections() const { return sections_; }
    bool contains(std::string_view action) const;
    const CatalogueAction* find(std::string_view action) const;
    std::size_t size() const { return index_.size(); }
    bool empty() const { return index_.empty(); }
    // Every action id, sorted.
    PermissionSet all_actions() const;

    // What the panel shows checked (and locked) for a type, as Strapi's admin computes it: only api::
    // actions count. Read-only takes those the server treats as reads (is_read_scope: find, findOne),
    // which for core controllers is exactly what Strapi's "contains find" filter picks. Custom: none.
    PermissionSet preset(TokenType type) const;
    // What the server really lets a token of this type call, plugins included: full-access -> every
    // action, read-only -> every read scope, custom -> the catalogue's part of `custom_selection`.
    PermissionSet effective_access(TokenType type, const PermissionSet& custom_selection) const;

    // Actions of the set that the catalogue does not know, in the set's order.
    std::vector<PermissionAction> unknown_in(const PermissionSet& selection) const;

private:
    struct Location {
        std::size_t section;
        std::size_t controller;
        std::size_t action;
    };
    std::vector<CatalogueSection> sections_;
    // Indices rather than pointers, so copies of a catalogue stay valid.
    std::map<PermissionAction, Location, std::less<>> index_;
};

enum class SelectAll { None, Some, All };

// The tri-state "Select all" of one controller. A controller without actions has nothing selected.
SelectAll controller_selection(const CatalogueController& controller, const PermissionSet& selection);
// Clicking "Select all": None or Some -> every action of the controller, All -> none of them.
PermissionSet toggle_controller(const CatalogueController& controller, PermissionSet selection);
PermissionSet toggle_action(PermissionSet selection, const PermissionAction& action);

struct PermissionDiff {
    std::vector<PermissionAction> added;   // sorted
    std::vector<PermissionAction> removed; // sorted
    bool empty() const { return added.empty() && removed.empty(); }
    friend bool operator==(const PermissionDiff&, const PermissionDiff&) = default;
};

PermissionDiff diff(const PermissionSet& before, const PermissionSet& after);

// The permissions panel's search: case-insensitive (ASCII) substring of the action id, controller,
// action name or any bound route's path. Surrounding white space in the query is ignored; an
// empty query matches everything.
bool action_matches(const CatalogueAction& action, std::string_view query);

} // namespace imt
