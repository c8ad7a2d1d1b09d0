// Which strings are drawn as shaped runs, in which base direction, and where an ellipsis may cut:
// the rules of ui/text_runs.hpp that the web page's drawing relies on.

#include "ui/text_runs.hpp"

#include <catch2/catch_test_macros.hpp>

#include <string>

using imt::ui::base_direction;
using imt::ui::grapheme_floor;
using imt::ui::needs_run;
using imt::ui::TextDirection;

namespace {
const std::string kArabic =
    "\xD9\x85\xD9\x81\xD8\xAA\xD8\xA7\xD8\xAD \xD8\xB9\xD8\xB1\xD8\xA8\xD9\x8A";       // مفتاح عربي
const std::string kKeyEmoji = "\xF0\x9F\x94\x91";                                      // 🔑
const std::string kWomanTechnologist = "\xF0\x9F\x91\xA9\xE2\x80\x8D\xF0\x9F\x92\xBB"; // 👩‍💻
const std::string kCombiningAcute = "\xCC\x81";                                        // U+0301
const std::string kHindi =
    "\xE0\xA4\xB9\xE0\xA4\xBF\xE0\xA4\xA8\xE0\xA5\x8D\xE0\xA4\xA6\xE0\xA5\x80"; // हिन्दी
const std::string kFrance = "\xF0\x9F\x87\xAB\xF0\x9F\x87\xB7";                 // 🇫🇷
} // namespace

TEST_CASE("Latin, Polish, Greek and Cyrillic names keep the per-glyph path") {
    CHECK_FALSE(needs_run("Read-only token"));
    CHECK_FALSE(needs_run("Caf\xC3\xA9 cr\xC3\xA8me"));                // precomposed é è
    CHECK_FALSE(needs_run("Dost\xC4\x99p \xCE\xA9\xCE\xBC \xD0\x9A")); // ę Ω μ К
    CHECK_FALSE(needs_run("\xE2\x80\xA6 \xE2\x80\x94"));               // … —
}

TEST_CASE("Right-to-left, joining, marked, Indic, Thai, CJK and emoji text is drawn as a run") {
    CHECK(needs_run(kArabic));
    CHECK(needs_run("Token " + kArabic + " 42"));
    CHECK(needs_run("\xD7\xA9\xD7\x9C\xD7\x95\xD7\x9D")); // שלום
    CHECK(needs_run("Cafe" + kCombiningAcute));
    CHECK(needs_run(kHindi));
    CHECK(needs_run("\xE0\xB8\xAA\xE0\xB8\xA7\xE0\xB8\xB1\xE0\xB8\xAA\xE0\xB8\x94\xE0\xB8\xB5")); // สวัสดี
    CHECK(needs_run("\xE6\x97\xA5\xE6\x9C\xAC\xE8\xAA\x9E"));                                     // 日本語
    CHECK(needs_run(kKeyEmoji + " emoji key"));
    CHECK(needs_run("\xE2\x9D\xA4\xEF\xB8\x8F")); // ❤️
    CHECK(needs_run("abc\xE2\x80\xAE"
                    "def")); // a right-to-left override, isolated in its run
}

TEST_CASE("The base direction is that of the first strong character") {
    CHECK(base_direction(kArabic) == TextDirection::Rtl);
    CHECK(base_direction("42 " + kArabic + " Token") == TextDirection::Rtl); // digits are neutral
    CHECK(base_direction("Token " + kArabic) == TextDirection::Ltr);
    CHECK(base_direction(kKeyEmoji + " key") == TextDirection::Ltr);
    CHECK(base_direction(kHindi) == TextDirection::Ltr);
    CHECK(base_direction("123 !?") == TextDirection::Ltr); // no strong character
}

TEST_CASE("An ellipsis cuts only between graphemes") {
    const std::string cafe = "Cafe" + kCombiningAcute + "!"; // e + U+0301 is one grapheme
    CHECK(grapheme_floor(cafe, 4) == 3);                     // not between e and its accent
    CHECK(grapheme_floor(cafe, 5) == 3);                     // nor inside the accent's bytes
    CHECK(grapheme_floor(cafe, 6) == 6);
    const std::string coder = "a" + kWomanTechnologist + "b";
    for (std::size_t at = 2; at < 1 + kWomanTechnologist.size(); ++at) {
        INFO(at);
        CHECK(grapheme_floor(coder, at) == 1); // the ZWJ sequence is one
    }
    CHECK(grapheme_floor(coder, 1 + kWomanTechnologist.size()) == 1 + kWomanTechnologist.size());
    const std::string flags = kFrance + kFrance;
    CHECK(grapheme_floor(flags, 4) == 0); // between the two regional indicators of one flag
    CHECK(grapheme_floor(flags, 8) == 8);
    // हि: the vowel sign ि (U+093F) belongs to ह.
    CHECK(grapheme_floor(kHindi, 3) == 0);
    CHECK(grapheme_floor(kArabic, 2) == 2); // Arabic letters are graphemes of their own
    CHECK(grapheme_floor(kArabic, 3) == 2);
    CHECK(grapheme_floor("abc", 99) == 3);
}
