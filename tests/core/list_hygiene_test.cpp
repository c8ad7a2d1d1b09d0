// The list's hygiene in update(): the counts judged with the list, a status filter combined with the
// search, the statuses judged again when one turns (not on every Tick), and the export of what is shown.

#include "page_harness.hpp"

#include <catch2/catch_test_macros.hpp>

using namespace imt;
using namespace imt::test;

namespace {

std::vector<std::string> shown_names(const State& s) {
    std::vector<std::string> names;
    for (const auto row : s.list.rows)
        names.push_back(s.list.tokens[row].name);
    return names;
}

// "FA 7 days" of the recorded list 034 expires at 2026-12-04T21:36:56.880Z.
constexpr Timestamp kFaExpiry{1796420216880};

} // namespace

TEST_CASE("The counts come with the list: 15 active, one expiring within 7 days, all never used") {
    auto page = signed_in_admin("034");
    const auto& counts = page.state.list.counts;
    CHECK(counts.of(TokenStatus::Active) == 15);
    CHECK(counts.of(TokenStatus::ExpiresSoon) == 1);
    CHECK(counts.of(TokenStatus::Expired) == 0);
    CHECK(counts.of(TokenStatus::NeverUsed) == 15);
    CHECK(counts.of(TokenStatus::Unused30Days) == 0);
    // The next moment a status turns: FA 7 days' expiry.
    CHECK(page.state.list.statuses_change_at == kFaExpiry);
}

TEST_CASE("A status filter keeps its tokens, with the search on top; none shows them all again") {
    auto page = signed_in_admin("034");
    const auto all = page.state.list.rows.size();
    page.dispatch(act::FilterByStatus{TokenStatus::ExpiresSoon});
    CHECK(shown_names(page.state) == std::vector<std::string>{"FA 7 days"});
    page.dispatch(act::Search{"custom"});
    CHECK(shown_names(page.state).empty());
    page.dispatch(act::FilterByStatus{TokenStatus::Active});
    CHECK(shown_names(page.state) ==
          std::vector<std::string>{"Custom 30 days", "Custom dup perms", "Custom empty perms"});
    page.dispatch(act::Search{""});
    page.dispatch(act::FilterByStatus{std::nullopt});
    CHECK(page.state.list.rows.size() == all);
    // The counts do not depend on the filter or the search.
    CHECK(page.state.list.counts.of(TokenStatus::Active) == 15);
}

TEST_CASE("The statuses are judged again when one turns, and only then") {
    auto page = signed_in_admin("034");
    page.dispatch(act::FilterByStatus{TokenStatus::ExpiresSoon});
    // A tick before the change leaves the judgement as it was.
    page.dispatch(act::Tick{Timestamp{kFaExpiry.ms - 1}});
    CHECK(page.state.list.statuses_change_at == kFaExpiry);
    CHECK(shown_names(page.state) == std::vector<std::string>{"FA 7 days"});
    // At the expiry: FA 7 days has expired, and leaves the "expires soon" rows.
    page.dispatch(act::Tick{kFaExpiry});
    CHECK(page.state.list.counts.of(TokenStatus::Expired) == 1);
    CHECK(page.state.list.counts.of(TokenStatus::ExpiresSoon) == 0);
    CHECK(page.state.list.counts.of(TokenStatus::Active) == 14);
    CHECK(shown_names(page.state).empty());
    page.dispatch(act::FilterByStatus{TokenStatus::Expired});
    CHECK(shown_names(page.state) == std::vector<std::string>{"FA 7 days"});
    // Next: Custom 30 days, 7 days before its expiry on 2026-12-27T21:36:56.989Z.
    CHECK(page.state.list.statuses_change_at == Timestamp{1798407416989 - 7 * kDayMs});
}

TEST_CASE("Export saves the rows shown, filter and search applied, and says where they went") {
    auto page = signed_in_admin("034");
    page.dispatch(act::FilterByStatus{TokenStatus::ExpiresSoon});
    page.dispatch(act::ExportList{ExportFormat::Csv});
    REQUIRE(page.files.size() == 1);
    CHECK(page.files[0].file_name == "api-tokens-2026-11-27.csv");
    CHECK(page.files[0].media_type == "text/csv;charset=utf-8");
    CHECK(page.files[0].text == "name,description,type,createdAt,lastUsedAt,expiresAt\r\n"
                                "FA 7 days,\"full access, 7 days\",full-access,2026-11-27T21:36:56.880Z,,"
                                "2026-12-04T21:36:56.880Z\r\n");
    // Saving is the platform's; its answer becomes a toast with the file's name.
    page.dispatch(act::FileSaved{true, "api-tokens-2026-11-27.csv"});
    REQUIRE_FALSE(page.state.notifications.empty());
    CHECK(page.state.notifications.back().message_key == "notification.exported");
    CHECK(page.state.notifications.back().detail == "api-tokens-2026-11-27.csv");
    page.dispatch(act::FileSaved{false, "disk full"});
    CHECK(page.state.notifications.back().message_key == "notification.export_failed");
    CHECK(page.state.notifications.back().tone == Tone::Danger);

    page.dispatch(act::FilterByStatus{std::nullopt});
    page.dispatch(act::ExportList{ExportFormat::Json});
    REQUIRE(page.files.size() == 2);
    CHECK(page.files[1].file_name == "api-tokens-2026-11-27.json");
    CHECK(page.files[1].text.find("\"name\": \"12345\"") != std::string::npos);
    CHECK(page.files[1].text.find("accessKey") == std::string::npos);
}

TEST_CASE("No export before the list is in, or for an admin who may not read it") {
    PageHarness page;
    page.dispatch(act::ExportList{ExportFormat::Csv});
    CHECK(page.files.empty());
}
