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

void Secret::clear() noexcept {
  volatile char* bytes = bytes_.data();
  for (std::size_t i = 0; i < bytes_.size(); ++i) bytes[i] = 0;
  bytes_.clear();
}

}  // namespace imt
