#include "platform/native/scenes.hpp"

#include <algorithm>
#include <array>
#include <optional>
#include <string>

namespace imt::native {
namespace {

constexpr std::array kScenes{"list", "create-custom", "banner", "edit", "delete-dialog", "regenerate-dialog"};

// The token on the list's first row, as the admin sees it.
std::optional<TokenId> first_row(const State& state) {
    if (state.list.rows.empty())
        return std::nullopt;
    return state.list.tokens[state.list.rows.front()].id;
}

// A custom token shows the most of the form; any token will do otherwise.
std::optional<TokenId> a_custom_token(const State& state) {
    for (std::size_t row : state.list.rows) {
        if (state.list.tokens[row].type == TokenType::Custom)
            return state.list.tokens[row].id;
    }
    return first_row(state);
}

std::vector<Action> open_create(const State&) {
    return {act::OpenCreate{}};
}

} // namespace

bool scene_exists(std::string_view name) {
    return std::find(kScenes.begin(), kScenes.end(), name) != kScenes.end();
}

std::vector<SceneStep> scene_steps(std::string_view name) {
    if (name == "create-custom") {
        return {open_create, [](const State&) {
                    return std::vector<Action>{
                        act::EditName{"Deploy pipeline"},
                        act::EditDescription{"Publishes restaurants from CI"},
                        act::ChooseLifespan{Lifespan::Days90},
                        act::ChooseType{TokenType::Custom},
                        // All of Restaurant but delete, so its "Select all" shows the mixed state.
                        act::ToggleController{"api::restaurant", "restaurant"},
                        act::ToggleAction{"api::restaurant.restaurant.delete"},
                        act::ToggleAction{"api::homepage.homepage.find"},
                        act::ShowRoutesOf{"api::restaurant.restaurant.find"},
                    };
                }};
    }
    if (name == "banner") {
        return {open_create, [](const State&) {
                    return std::vector<Action>{
                        act::EditName{"Storefront reader"},
                        act::EditDescription{"Read-only key for the public storefront"},
                        act::ChooseLifespan{Lifespan::Days30},
                        act::ChooseType{TokenType::ReadOnly},
                        act::Save{},
                    };
                }};
    }
    if (name == "edit") {
        return {[](const State& state) {
            std::vector<Action> actions;
            if (auto id = a_custom_token(state))
                actions.emplace_back(act::OpenEdit{*id});
            return actions;
        }};
    }
    if (name == "delete-dialog") {
        return {[](const State& state) {
            std::vector<Action> actions;
            if (auto id = first_row(state))
                actions.emplace_back(act::AskDelete{*id});
            return actions;
        }};
    }
    if (name == "regenerate-dialog") {
        return {[](const State& state) {
                    std::vector<Action> actions;
                    if (auto id = first_row(state))
                        actions.emplace_back(act::OpenEdit{*id});
                    return actions;
                },
                [](const State&) {
                    return std::vector<Action>{act::AskRegenerate{}};
                }};
    }
    return {}; // "list": the page as it opens
}

Secret scene_stand_in_key(std::string_view name) {
    if (name != "banner")
        return {};
    // Strapi's shape (256 hex digits), and plainly not random.
    std::string key;
    while (key.size() < 256)
        key += "0123456789abcdef";
    return Secret(key);
}

} // namespace imt::native
