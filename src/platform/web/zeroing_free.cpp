// The web build's free() and realloc(): emmalloc hands a freed block out again as it was, so a block
// that held a key, the JWT or the password would keep it until reused. These strong definitions
// replace emmalloc's weak ones for the whole program: every block is zeroed, its whole usable size,
// before it goes back, whoever frees it (operator delete, ImGui, nlohmann's buffers, the JavaScript
// glue's _free). The explicit wipes elsewhere (core/secret.hpp) stay: they also cover memory that
// is still allocated. tests/e2e/memory.test.mjs searches the whole wasm memory to prove it.

#include "core/secret.hpp"

#include <emscripten/emmalloc.h>

#include <cstdlib>
#include <cstring>

extern "C" {

void free(void* block) {
    if (block != nullptr) {
        imt::wipe_bytes(block, emmalloc_usable_size(block));
    }
    emmalloc_free(block);
}

// Never in place: growing or shrinking a block in place would leave the old bytes (or a split-off
// tail) unwiped, so the contents move to a new block and the old one is freed (and zeroed) above.
void* realloc(void* block, std::size_t size) {
    if (block == nullptr) {
        return std::malloc(size);
    }
    if (size == 0) {
        free(block);
        return nullptr;
    }
    void* moved = std::malloc(size);
    if (moved == nullptr) {
        return nullptr; // the old block stays valid, as realloc promises
    }
    const std::size_t old_size = emmalloc_usable_size(block);
    std::memcpy(moved, block, old_size < size ? old_size : size);
    free(block);
    return moved;
}

} // extern "C"
