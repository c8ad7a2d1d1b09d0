#include "core/text.hpp"

#include <catch2/catch_test_macros.hpp>
#include <catch2/generators/catch_generators.hpp>

#include <string>

using namespace imt;

TEST_CASE("A typed name loses the white space around it, as Strapi's trim removes it", "[text]") {
    struct Row {
        std::string typed;
        std::string kept;
    };
    const auto row = GENERATE(values<Row>({
        {"Read Only", "Read Only"},
        {"   Padded name   ", "Padded name"}, // exchange 027
        {"\t\n\r\v\fTabs and breaks\r\n", "Tabs and breaks"},
        {"     ", ""}, // exchange 064: spaces only
        {"", ""},
        {"inner   spaces stay", "inner   spaces stay"},
        {"\xC2\xA0no-break space\xC2\xA0", "no-break space"},   // U+00A0
        {"\xE3\x80\x80ideographic\xE3\x80\x80", "ideographic"}, // U+3000
        {"\xEF\xBB\xBF"
         "byte order mark",
         "byte order mark"},                                          // U+FEFF
        {"\xE2\x80\xA8line separator\xE2\x80\xA9", "line separator"}, // U+2028, U+2029
        {"\xE2\x80\x80\xE2\x80\x8A"
         "en quad to hair space",
         "en quad to hair space"},                              // U+2000, U+200A
        {"\xE2\x80\xAF\xE2\x81\x9F\xE1\x9A\x80mixed", "mixed"}, // U+202F, U+205F, U+1680
        {"\xE2\x80\x8Bzero width\xE2\x80\x8B",
         "\xE2\x80\x8Bzero width\xE2\x80\x8B"},                     // U+200B is not a space for JS
        {"\xC2\x85next line\xC2\x85", "\xC2\x85next line\xC2\x85"}, // U+0085 neither
        {" caf\xC3\xA9 ", "caf\xC3\xA9"},
        {" \xFF broken \xC3 ", "\xFF broken \xC3"}, // invalid UTF-8 is kept, never cut in half
    }));
    CAPTURE(row.typed);
    CHECK(trim(row.typed) == row.kept);
}

TEST_CASE("Trimming is idempotent and never grows the text", "[text]") {
    const std::string samples[] = {"  a  ", "\xE3\x80\x80 x \xC2\xA0", "\xE2\x80", "   ", "abc"};
    for (const auto& sample : samples) {
        const std::string once = trim(sample);
        CHECK(trim(once) == once);
        CHECK(once.size() <= sample.size());
    }
}

TEST_CASE("Name length counts characters, not bytes", "[text]") {
    CHECK(utf8_length("") == 0);
    CHECK(utf8_length("Read Only") == 9);
    CHECK(utf8_length("caf\xC3\xA9") == 4);              // é is two bytes
    CHECK(utf8_length("\xE6\x97\xA5\xE6\x9C\xAC") == 2); // 日本
    CHECK(utf8_length("\xF0\x9F\x94\x91 key") == 5);     // 🔑 is four bytes
    CHECK(utf8_length(std::string(300, 'n')) == 300);    // exchange 032
    SECTION("each byte of a broken sequence counts once") {
        CHECK(utf8_length("\xFF\xFE") == 2);
        CHECK(utf8_length("\xC3") == 1);         // truncated é
        CHECK(utf8_length("\xC0\xAF") == 2);     // overlong "/"
        CHECK(utf8_length("\xED\xA0\x80") == 3); // a UTF-16 surrogate is not a character
        CHECK(utf8_length("a\xE6\x97") == 3);
    }
}

TEST_CASE("ASCII case folding for name clashes and search", "[text]") {
    CHECK(ascii_lower("FA 7 Days") == "fa 7 days");
    CHECK(ascii_iequals("FA 7 days", "fa 7 days")); // exchange 068's pair
    CHECK_FALSE(ascii_iequals("FA 7 days", "FA 7 days "));
    CHECK(ascii_iequals("", ""));
    CHECK_FALSE(ascii_iequals("\xC3\x89t\xC3\xA9", "\xC3\xA9t\xC3\xA9")); // É/é: only ASCII folds

    CHECK(ascii_icontains("api::restaurant.restaurant.findOne", "FINDONE"));
    CHECK(ascii_icontains("GET /api/restaurants", "/API/"));
    CHECK(ascii_icontains("anything", ""));
    CHECK_FALSE(ascii_icontains("find", "findOne"));
}

TEST_CASE("Section labels are capitalised the way lodash does", "[text]") {
    CHECK(ascii_capitalize("restaurant") == "Restaurant");
    CHECK(ascii_capitalize("users-permissions") == "Users-permissions");
    CHECK(ascii_capitalize("content-TYPE-builder") == "Content-type-builder");
    CHECK(ascii_capitalize("") == "");
    CHECK(ascii_capitalize("1st") == "1st");
}

TEST_CASE("first_code_points cuts on whole characters, counting as utf8_length does") {
    CHECK(first_code_points("abc", 2) == "ab");
    CHECK(first_code_points("\xC3\xA9t\xC3\xA9", 2) == "\xC3\xA9t"); // "été"
    CHECK(first_code_points("\xF0\x9F\x94\x91 key", 1) == "\xF0\x9F\x94\x91");
    CHECK(first_code_points("ab", 5) == "ab");
    CHECK(utf8_length(first_code_points("\xFF\xFEx", 2)) == 2); // invalid bytes count one each
}
