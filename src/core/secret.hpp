#pragma once
// A secret (token accessKey, admin JWT, password) whose bytes are overwritten before its memory is
// released, whatever releases it: clear(), assignment, destruction or a reallocation.

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>

namespace imt {

template <class T>
struct WipingAllocator {
    using value_type = T;
    WipingAllocator() = default;
    template <class U>
    WipingAllocator(const WipingAllocator<U>&) noexcept {} // NOLINT: allocators convert implicitly

    T* allocate(std::size_t n) { return std::allocator<T>{}.allocate(n); }
    void deallocate(T* p, std::size_t n) noexcept {
        // volatile keeps the compiler from dropping stores to memory about to be freed.
        volatile unsigned char* bytes = reinterpret_cast<volatile unsigned char*>(p);
        for (std::size_t i = 0; i < n * sizeof(T); ++i)
            bytes[i] = 0;
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
    // Zeroes the bytes in place (short strings live inside the object, not on the heap).
    void clear() noexcept;

    friend bool operator==(const Secret& a, const Secret& b) { return a.bytes_ == b.bytes_; }

private:
    std::basic_string<char, std::char_traits<char>, WipingAllocator<char>> bytes_;
};

// Zeroes a plain string in place, for buffers that held a secret on its way in (a response body).
void wipe(std::string& text) noexcept;

} // namespace imt
