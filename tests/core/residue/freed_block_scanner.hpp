#pragma once
// A test-only hook on every heap release of this program: while armed, each block handed to operator
// delete is searched, before it goes back to malloc, for any run of `window` bytes of the watched
// secrets (a piece of half that length, to be sure). Only blocks freed while armed are searched, so fixtures
// read before arming do not count.

#include <cstddef>
#include <string_view>

namespace imt::test::residue {

inline constexpr std::size_t kMaxWatched = 8;
inline constexpr std::size_t kMaxSecretBytes = 1024;

// Copies the secret into static storage (the heap would be searched too). A secret shorter than the
// window is searched for whole.
void watch(std::string_view name, std::string_view secret);
void arm(std::size_t window);
void disarm();

struct Finding {
    std::size_t blocks = 0;      // freed blocks that held part of a watched secret
    const char* first_name = ""; // the secret found first
    std::size_t blocks_scanned = 0;
};
Finding findings();

} // namespace imt::test::residue
