// Frame time of the real UI, headless, over token lists of 10, 1,000 and 10,000 tokens.
// Not a test: it prints mean and 95th-percentile milliseconds per frame, idle and with a search filter
// active, and what a sort and a filter cost together with the frame that shows them.

#include "platform/headless/headless_driver.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <numeric>
#include <string>
#include <vector>

namespace {

using imt::headless::Driver;
using imt::headless::DriverOptions;

// A list body shaped like GET /admin/api-tokens, with varied names, dates and lifespans.
std::string token_list(int count) {
    nlohmann::json data = nlohmann::json::array();
    const char* types[] = {"read-only", "full-access", "custom"};
    for (int i = 0; i < count; ++i) {
        const int day = 1 + i % 27;
        char created[32];
        std::snprintf(created, sizeof created, "2026-11-%02dT%02d:%02d:00.000Z", day, i % 24, i % 60);
        nlohmann::json token = {
            {"id", i + 1},
            {"kind", "content-api"},
            {"name", "Token " + std::to_string(count - i)},
            {"description",
             "Benchmark token number " + std::to_string(i) + " used by service " + std::to_string(i % 97)},
            {"lastUsedAt", i % 3 == 0 ? nlohmann::json(nullptr) : nlohmann::json(created)},
            {"type", types[i % 3]},
            {"lifespan", i % 2 == 0 ? nlohmann::json(nullptr) : nlohmann::json("2592000000")},
            {"expiresAt", i % 2 == 0 ? nlohmann::json(nullptr) : nlohmann::json("2026-12-20T10:00:00.000Z")},
            {"createdAt", created},
            {"updatedAt", created},
            {"permissions", nlohmann::json::array()}};
        data.push_back(std::move(token));
    }
    return nlohmann::json{{"data", data}}.dump();
}

struct Figures {
    double mean_ms;
    double p95_ms;
};

Figures measure(Driver& driver, int frames) {
    std::vector<double> times;
    times.reserve(static_cast<std::size_t>(frames));
    for (int i = 0; i < frames; ++i) {
        const auto start = std::chrono::steady_clock::now();
        driver.frame();
        const auto end = std::chrono::steady_clock::now();
        times.push_back(std::chrono::duration<double, std::milli>(end - start).count());
    }
    std::sort(times.begin(), times.end());
    const double mean = std::accumulate(times.begin(), times.end(), 0.0) / static_cast<double>(times.size());
    const double p95 = times[static_cast<std::size_t>(static_cast<double>(times.size() - 1) * 0.95)];
    return {mean, p95};
}

// The median time of dispatching an action and drawing the frame that shows it.
template <class Act>
double action_and_frame(Driver& driver, Act act) {
    std::vector<double> times;
    for (int i = 0; i < 21; ++i) {
        const auto start = std::chrono::steady_clock::now();
        act(i);
        driver.frame();
        times.push_back(
            std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count());
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

} // namespace

int main(int argc, char** argv) {
    const std::string contract_dir = argc > 1 ? argv[1] : IMT_CONTRACT_DIR;
    std::printf("%-8s %8s %12s %12s %16s %16s %14s %14s\n", "tokens", "rows", "mean ms", "p95 ms",
                "search mean ms", "search p95 ms", "sort+frame ms", "filter+frame ms");
    for (int count : {10, 1000, 10000}) {
        DriverOptions options;
        options.contract_dir = contract_dir;
        options.now = imt::Timestamp{1795816800000}; // 2026-11-27T20:00:00Z
        Driver driver(options);
        driver.dispatch(imt::act::UseSession{imt::Secret("benchmark-jwt")});
        driver.answer("014-users-me-permissions");
        driver.answer_with(200, token_list(count));
        driver.frames(10);
        const Figures idle = measure(driver, 300);
        // Rows actually drawn in the last frame: the clipper keeps this near a screenful.
        int rows = 0;
        for (const auto& label : driver.labels()) {
            rows += label.rfind("##Token ", 0) == 0 ? 1 : 0;
        }
        // A sort and a filter are applied and drawn within one frame: the action plus the frame after it
        // (the median of 21) must fit in a frame's time for the result to paint in the next frame.
        const double sort_ms = action_and_frame(driver, [&](int i) {
            driver.dispatch(imt::act::SortBy{imt::SortColumn::Name, i % 2 == 0});
        });
        const double filter_ms = action_and_frame(driver, [&](int i) {
            driver.dispatch(imt::act::Search{i % 2 == 0 ? "service 4" : "service 5"});
        });
        // Typing in the search box re-filters once per keystroke; frames in between must stay cheap.
        driver.dispatch(imt::act::Search{"service 4"});
        const Figures searching = measure(driver, 300);
        std::printf("%-8d %8d %12.3f %12.3f %16.3f %16.3f %14.3f %14.3f\n", count, rows, idle.mean_ms,
                    idle.p95_ms, searching.mean_ms, searching.p95_ms, sort_ms, filter_ms);
    }
    return 0;
}
