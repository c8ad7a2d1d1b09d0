#include "ui/ui_test_support.hpp"

#include <algorithm>
#include <stdexcept>

namespace imt::test {

headless::DriverOptions driver_options(Timestamp now) {
    headless::DriverOptions options;
    options.contract_dir = IMT_CONTRACT_DIR;
    options.now = now;
    return options;
}

headless::DriverOptions tall_driver_options(Timestamp now) {
    headless::DriverOptions options = driver_options(now);
    options.display_size = ImVec2(1280, 1500);
    return options;
}

Grants all_grants() {
    return {"access", "read", "create", "update", "delete", "regenerate"};
}

std::string forbidden_body() {
    // Strapi's 403 envelope is the same on its admin and content APIs.
    return headless::load_exchange(IMT_CONTRACT_DIR, "104-content-post-read-only-forbidden")
        .http_response()
        .body;
}

std::string permissions_body(const Grants& grants) {
    const headless::RecordedExchange recorded =
        headless::load_exchange(IMT_CONTRACT_DIR, "014-users-me-permissions");
    auto body = recorded.response.at("body");
    auto& data = body.at("data");
    const std::string prefix = "admin::api-tokens.";
    nlohmann::json kept = nlohmann::json::array();
    for (const auto& permission : data) {
        const std::string action = permission.at("action").get<std::string>();
        if (action.rfind(prefix, 0) != 0) {
            kept.push_back(permission);
            continue;
        }
        const std::string grant = action.substr(prefix.size());
        if (std::find(grants.begin(), grants.end(), grant) != grants.end()) {
            kept.push_back(permission);
        }
    }
    data = kept;
    return body.dump();
}

void sign_in(Driver& driver, const Grants& grants, const std::string& list) {
    driver.dispatch(act::UseSession{Secret("recorded-admin-jwt")});
    driver.answer_with(200, permissions_body(grants));
    const bool can_read = std::find(grants.begin(), grants.end(), "read") != grants.end();
    if (can_read) {
        driver.answer(list);
    } else {
        // The list was asked for alongside the permissions; Strapi refuses it without read.
        driver.answer_with(403, forbidden_body());
    }
}

void open_create_form(Driver& driver) {
    driver.click("Create new API Token");
    driver.answer("018-content-api-permissions");
    driver.answer("019-content-api-routes");
}

void open_token(Driver& driver, const std::string& name) {
    driver.click(name);
    if (!driver.pending().empty()) {
        driver.answer("018-content-api-permissions");
        driver.answer("019-content-api-routes");
    }
}

void open_section(Driver& driver, const std::string& label) {
    if (!driver.is_open(label)) {
        driver.click(label);
    }
}

nlohmann::json last_body(const Driver& driver, HttpMethod method) {
    const auto& sent = driver.sent();
    for (auto it = sent.rbegin(); it != sent.rend(); ++it) {
        if (it->method == method) {
            return it->body.empty() ? nlohmann::json() : nlohmann::json::parse(it->body);
        }
    }
    throw std::runtime_error("no request with that method was sent");
}

std::size_t count_sent(const Driver& driver, HttpMethod method, const std::string& shape) {
    return static_cast<std::size_t>(
        std::count_if(driver.sent().begin(), driver.sent().end(), [&](const HttpRequest& r) {
            return r.method == method && headless::path_shape(r.path) == shape;
        }));
}

bool is_hex(std::string_view text) {
    return !text.empty() && std::all_of(text.begin(), text.end(), [](char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
    });
}

} // namespace imt::test
