// The message catalogues: French covers English, every key the code uses exists, and dates,
// relative times and numbers read naturally in each language.

#include "ui/app.hpp"
#include "ui/texts.hpp"

#include <catch2/catch_test_macros.hpp>

#include <filesystem>
#include <fstream>
#include <regex>
#include <set>
#include <sstream>

using namespace imt;
using imt::ui::Locale;
using imt::ui::Texts;

namespace {

std::set<std::string> placeholders(const std::string& text) {
    std::set<std::string> names;
    static const std::regex placeholder(R"(\{([a-z_]+)\})");
    for (std::sregex_iterator it(text.begin(), text.end(), placeholder), end; it != end; ++it) {
        names.insert((*it)[1].str());
    }
    return names;
}

// Every string literal in the sources that looks like a catalogue key.
std::set<std::string> keys_used_by_the_code() {
    static const std::regex key(
        R"re("((?:app|login|session|list|expiry|time|date|number|form|permissions|banner|dialog|notification|error|validation|shortcut)(?:\.[a-z0-9_]+)+)")re");
    std::set<std::string> keys;
    for (const char* folder : {"core", "ui"}) {
        for (const auto& entry :
             std::filesystem::directory_iterator(std::filesystem::path(IMT_SOURCE_DIR) / folder)) {
            std::ifstream in(entry.path());
            std::stringstream text;
            text << in.rdbuf();
            const std::string source = text.str();
            for (std::sregex_iterator it(source.begin(), source.end(), key), end; it != end; ++it) {
                keys.insert((*it)[1].str());
            }
        }
    }
    return keys;
}

Timestamp at(std::int64_t ms) {
    return Timestamp{ms};
}

} // namespace

TEST_CASE("French has a text for every English key, with the same placeholders") {
    const auto& en = ui::english_catalogue();
    const auto& fr = ui::french_catalogue();
    REQUIRE(en.size() > 100);
    en.for_each([&](const std::string& key, const std::string& text) {
        INFO(key);
        const std::string* french = fr.find(key);
        REQUIRE(french != nullptr);
        CHECK(placeholders(*french) == placeholders(text));
    });
    CHECK(fr.size() == en.size());
}

TEST_CASE("Every key the core and the UI use is in the English catalogue") {
    const auto& en = ui::english_catalogue();
    const auto keys = keys_used_by_the_code();
    // The core's notification and validation keys must be among them, or the scan found nothing.
    REQUIRE(keys.count("notification.created") == 1);
    REQUIRE(keys.count("validation.name.taken") == 1);
    for (const auto& key : keys) {
        INFO(key);
        const bool plain = en.find(key) != nullptr;
        const bool plural = en.find(key + ".one") != nullptr && en.find(key + ".other") != nullptr;
        // "validation.name" style prefixes come from code that appends the rest.
        const bool prefix = key == "date.month" || key.rfind("validation.", 0) == 0;
        CHECK((plain || plural || prefix));
    }
    // Keys the code builds at run time.
    for (int month = 1; month <= 12; ++month) {
        CHECK(en.find("date.month." + std::to_string(month)) != nullptr);
    }
    for (const char* field : {"name", "description", "type", "lifespan", "permissions", "body", "kind"}) {
        CHECK(en.find(std::string("validation.") + field + ".invalid") != nullptr);
    }
}

TEST_CASE("The core's messages read as Strapi's") {
    const Texts en(Locale::English);
    CHECK(en.get("notification.created") == "API Token successfully created");
    CHECK(en.get("notification.edited") == "API Token successfully edited");
    CHECK(en.get("notification.copied") == "Token copied to clipboard.");
    CHECK(en.get("notification.error") == "An error occurred");
    CHECK(en.get("validation.name.taken") == "Name already taken");
    CHECK(en.get("banner.warning") == "Make sure to copy this token, you won't be able to see it again!");
}

TEST_CASE("Dates are written the way each language writes them") {
    const Texts en(Locale::English);
    const Texts fr(Locale::French);
    const Timestamp recorded = at(1795815600000); // 2026-11-27T21:40:00Z
    CHECK(en.date(recorded) == "Nov 27, 2026");
    CHECK(fr.date(recorded) == "27 nov. 2026");
    CHECK(en.date_time(recorded) == "Nov 27, 2026, 21:40 UTC");
    CHECK(fr.date_time(recorded) == "27 nov. 2026 à 21:40 UTC");
    CHECK(fr.date(at(1798761600000)) == "1 janv. 2027");
}

TEST_CASE("Relative times per language") {
    const Texts en(Locale::English);
    const Texts fr(Locale::French);
    using Unit = RelativeTime::Unit;
    CHECK(en.relative({Unit::Hours, 3, false}) == "3 hours ago");
    CHECK(fr.relative({Unit::Hours, 3, false}) == "il y a 3 heures");
    CHECK(en.relative({Unit::Hours, 1, false}) == "1 hour ago");
    CHECK(fr.relative({Unit::Days, 1, false}) == "il y a 1 jour");
    CHECK(en.relative({Unit::LastHour, 0, false}) == "last hour");
    CHECK(fr.relative({Unit::LastHour, 0, false}) == "dernière heure");
    CHECK(en.relative({Unit::Never, 0, false}) == "Never");
    CHECK(fr.relative({Unit::Never, 0, false}) == "Jamais");
    CHECK(en.relative({Unit::Months, 2, true}) == "in 2 months");
    CHECK(en.relative({Unit::Years, 1, false}) == "1 year ago");
}

TEST_CASE("Numbers and plurals per language") {
    const Texts en(Locale::English);
    const Texts fr(Locale::French);
    CHECK(en.number(10000) == "10,000");
    CHECK(fr.number(10000) == "10\u202F000");
    CHECK(en.number(999) == "999");
    CHECK(en.plural("list.count", 1) == "1 token");
    CHECK(en.plural("list.count", 0) == "0 tokens");
    CHECK(fr.plural("list.count", 0) == "0 jeton"); // French counts zero as singular
    CHECK(fr.plural("expiry.expires_in", 3) == "Expire dans 3 jours");
}

TEST_CASE("A key missing from the catalogues shows itself, so the gap is visible") {
    const Texts fr(Locale::French);
    CHECK(fr.get("no.such.key") == "no.such.key");
    CHECK(ui::fill("{a} and {b}", {{"a", "1"}}) == "1 and {b}");
}
