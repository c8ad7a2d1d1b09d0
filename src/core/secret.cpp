#include "core/secret.hpp"

namespace imt {

Secret& Secret::operator=(Secret&& other) noexcept {
    if (this != &other) {
        clear();
        bytes_ = std::move(other.bytes_);
        other.clear();
    }
    return *this;
}

void wipe(std::string& text) noexcept {
    volatile char* bytes = text.data();
    // The whole capacity: the buffer may hold an earlier, longer value.
    for (std::size_t i = 0; i < text.capacity(); ++i)
        bytes[i] = 0;
    text.clear();
}

void Secret::clear() noexcept {
    volatile char* bytes = bytes_.data();
    for (std::size_t i = 0; i < bytes_.size(); ++i)
        bytes[i] = 0;
    bytes_.clear();
}

} // namespace imt
