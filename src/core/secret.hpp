#pragma once
// A secret (token accessKey, admin JWT, password) whose bytes are overwritten before its memory is
// released, whatever releases it: clear(), assignment, destruction or a reallocation.

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>

namespace imt {

// Overwrites `size` bytes with zeros. The stores go through volatile, so the compiler keeps them
// even when the memory is about to be freed. Every wipe of a secret ends here.
void wipe_bytes(void* bytes, std::size_t size) noexcept;

// Zeroes a string's whole buffer, not just its size(): the buffer may still hold an earlier, longer
// value. Then empties the string. For plain strings that held a secret on its way in or out (a
// response body, a password field's buffer) and for the Secret below.
template <class Char, class Traits, class Allocator>
void wipe(std::basic_string<Char, Traits, Allocator>& text) noexcept {
    // Growing to the capacity never reallocates, and makes every byte of the buffer the string's own.
    text.resize(text.capacity());
    wipe_bytes(text.data(), text.size() * sizeof(Char));
    text.clear();
}

template <class T>
struct WipingAllocator {
    using value_type = T;
    WipingAllocator() = default;
    template <class U>
    WipingAllocator(const WipingAllocator<U>&) noexcept {} // NOLINT: allocators convert implicitly

    T* allocate(std::size_t n) { return std::allocator<T>{}.allocate(n); }
    void deallocate(T* p, std::size_t n) noexcept {
        wipe_bytes(p, n * sizeof(T));
        std::allocator<T>{}.deallocate(p, n);
    }
    template <class U>
    bool operator==(const WipingAllocator<U>&) const noexcept {
        return true;
    }
};

class Secret {
public:
    Secret() = default;
    explicit Secret(std::string_view text) : bytes_(text.begin(), text.end()) {}
    Secret(const Secret&) = default;
    Secret(Secret&& other) noexcept : bytes_(std::move(other.bytes_)) { other.clear(); }
    Secret& operator=(const Secret&) = default;
    Secret& operator=(Secret&& other) noexcept;
    ~Secret() { clear(); }

    [[nodiscard]] bool empty() const { return bytes_.empty(); }
    [[nodiscard]] std::size_t size() const { return bytes_.size(); }
    // Deliberately named: every read of the plaintext is visible at the call site.
    [[nodiscard]] std::string_view reveal() const { return {bytes_.data(), bytes_.size()}; }
    // Zeroes the bytes in place, the whole buffer (short strings live inside the object, not on the heap).
    void clear() noexcept { wipe(bytes_); }

    friend bool operator==(const Secret& a, const Secret& b) { return a.bytes_ == b.bytes_; }

private:
    std::basic_string<char, std::char_traits<char>, WipingAllocator<char>> bytes_;
};

} // namespace imt
