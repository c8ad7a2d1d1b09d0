#include "core/secret.hpp"

namespace imt {

void wipe_bytes(void* bytes, std::size_t size) noexcept {
    volatile unsigned char* p = static_cast<volatile unsigned char*>(bytes);
    for (std::size_t i = 0; i < size; ++i)
        p[i] = 0;
}

Secret& Secret::operator=(Secret&& other) noexcept {
    if (this != &other) {
        clear();
        bytes_ = std::move(other.bytes_);
        other.clear();
    }
    return *this;
}

} // namespace imt
