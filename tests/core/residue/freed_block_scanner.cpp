// operator new and delete for the whole test program, over malloc and free, with the search of
// freed_block_scanner.hpp in delete. Nothing here allocates.

#include "freed_block_scanner.hpp"

#include <atomic>
#include <cstdlib>
#include <cstring>
#include <malloc.h>
#include <new>

namespace imt::test::residue {
namespace {

struct Watched {
    char name[32] = {};
    char bytes[kMaxSecretBytes] = {};
    std::size_t size = 0;
};

Watched watched[kMaxWatched];
std::size_t watched_count = 0;
std::atomic<bool> armed{false};
std::size_t window_bytes = 16;
Finding found;

bool holds(const unsigned char* block, std::size_t size, const Watched& secret) {
    // Any run of `window` bytes of the secret contains one whole piece of half that length at a
    // multiple of the piece's length: looking for every such piece finds each run, and a little more.
    const std::size_t window = secret.size < window_bytes ? secret.size : window_bytes;
    const std::size_t piece = window / 2 == 0 ? 1 : window / 2;
    for (std::size_t start = 0; start + piece <= secret.size; start += piece) {
        if (memmem(block, size, secret.bytes + start, piece) != nullptr)
            return true;
    }
    return false;
}

void search(void* pointer) {
    if (!armed.load(std::memory_order_relaxed))
        return;
    const std::size_t size = malloc_usable_size(pointer);
    ++found.blocks_scanned;
    for (std::size_t i = 0; i < watched_count; ++i) {
        if (holds(static_cast<const unsigned char*>(pointer), size, watched[i])) {
            if (found.blocks++ == 0)
                found.first_name = watched[i].name;
            return;
        }
    }
}

void* allocate(std::size_t size) {
    void* pointer = std::malloc(size == 0 ? 1 : size);
    if (pointer == nullptr)
        throw std::bad_alloc();
    return pointer;
}

// Every block is zeroed once searched, armed or not: a block handed out again keeps, past what its new
// owner writes, the bytes of its old one, and a fixture read before arming must not be found there.
void release(void* pointer) noexcept {
    if (pointer == nullptr)
        return;
    search(pointer);
    explicit_bzero(pointer, malloc_usable_size(pointer));
    std::free(pointer);
}

} // namespace

void watch(std::string_view name, std::string_view secret) {
    if (watched_count == kMaxWatched || secret.size() > kMaxSecretBytes)
        std::abort();
    Watched& w = watched[watched_count++];
    std::memcpy(w.name, name.data(), name.size() < sizeof w.name - 1 ? name.size() : sizeof w.name - 1);
    std::memcpy(w.bytes, secret.data(), secret.size());
    w.size = secret.size();
}

void arm(std::size_t window) {
    window_bytes = window;
    found = Finding{};
    armed = true;
}

void disarm() {
    armed = false;
}

Finding findings() {
    return found;
}

} // namespace imt::test::residue

// Replacements of the global allocation functions ([new.delete]); the aligned forms are not used by
// the core and keep the library's own.
void* operator new(std::size_t size) {
    return imt::test::residue::allocate(size);
}
void* operator new[](std::size_t size) {
    return imt::test::residue::allocate(size);
}
void operator delete(void* pointer) noexcept {
    imt::test::residue::release(pointer);
}
void operator delete[](void* pointer) noexcept {
    imt::test::residue::release(pointer);
}
void operator delete(void* pointer, std::size_t) noexcept {
    imt::test::residue::release(pointer);
}
void operator delete[](void* pointer, std::size_t) noexcept {
    imt::test::residue::release(pointer);
}
