#include "core/secret.hpp"

#include <catch2/catch_test_macros.hpp>

#include <algorithm>
#include <new>
#include <string>

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

TEST_CASE("A secret given a shorter value keeps nothing of the longer one once cleared") {
    Secret key(std::string(256, 'k'));
    const char* bytes = key.reveal().data();
    const Secret shorter(std::string(40, 's'));
    key = shorter; // a copy reuses the buffer, whose tail still holds the longer value
    REQUIRE(key.reveal().data() == bytes);
    key.clear();
    CHECK(std::all_of(bytes, bytes + 256, [](char c) { return c == 0; }));
}

TEST_CASE("The password field's buffer, wiped after sign-in, keeps nothing of an earlier, longer entry") {
    std::string password = "a-first-attempt-that-was-too-long-to-fit-inline";
    password = "Admin12345!"; // typed again, shorter: the buffer is reused
    const char* bytes = password.data();
    const auto capacity = password.capacity();
    imt::wipe(password);
    CHECK(password.empty());
    REQUIRE(password.data() == bytes); // clear() keeps the buffer, so reading it back here is defined
    CHECK(std::all_of(bytes, bytes + capacity, [](char c) { return c == 0; }));
}

TEST_CASE("A short secret moved elsewhere leaves none of its bytes in the object it left") {
    // Short strings live inside the object: the moved-from object's own storage must be zeroed, which
    // is only visible by looking at that storage itself.
    alignas(Secret) unsigned char storage[sizeof(Secret)];
    auto* pin = new (storage) Secret("pin-4711");
    const Secret moved(std::move(*pin));
    const std::string_view bytes(reinterpret_cast<const char*>(storage), sizeof storage);
    CHECK(bytes.find("4711") == std::string_view::npos);
    CHECK(moved.reveal() == "pin-4711");

    Secret assigned;
    assigned = std::move(*pin = Secret("pin-0815"));
    CHECK(bytes.find("0815") == std::string_view::npos);
    pin->~Secret();
}
