#include "core/secret.hpp"

#include <catch2/catch_test_macros.hpp>

#include <algorithm>

using imt::Secret;

TEST_CASE("Clearing a secret zeroes its bytes where they lay") {
    Secret key(std::string(256, 'a'));
    const char* bytes = key.reveal().data();
    const auto size = key.size();
    key.clear();
    CHECK(key.empty());
    // clear() keeps the buffer (only destruction releases it), so reading it back here is defined.
    CHECK(std::all_of(bytes, bytes + size, [](char c) { return c == 0; }));
}

TEST_CASE("Moving a secret leaves nothing in the source") {
    Secret from("a-token-value-long-enough-to-live-on-the-heap-and-not-inline");
    Secret to(std::move(from));
    CHECK(from.empty()); // NOLINT(bugprone-use-after-move): the emptiness is the point
    CHECK(to.reveal() == "a-token-value-long-enough-to-live-on-the-heap-and-not-inline");
}

TEST_CASE("Short secrets stored inside the object are zeroed too") {
    Secret pin("1234");
    const char* bytes = pin.reveal().data();
    pin.clear();
    CHECK(std::all_of(bytes, bytes + 4, [](char c) { return c == 0; }));
}
