// The message-catalogue reader (src/ui/texts.cpp) on any text. Beyond "no crash, no sanitizer
// report": a catalogue it accepts finds each of its own keys, and filling a text with no values
// leaves it as it was (unknown placeholders stay).

#include "ui/texts.hpp"

#include <cstdlib>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    const auto catalogue = imt::ui::MessageCatalogue::parse(text);
    if (!catalogue) {
        return 0;
    }
    catalogue->for_each([&](const std::string& key, const std::string& message) {
        const std::string* found = catalogue->find(key);
        if (found == nullptr)
            std::abort(); // a key the reader took in but cannot find again
        if (imt::ui::fill(message, {}) != message)
            std::abort(); // a text changed with nothing to put in it
        (void)imt::ui::fill(message, {{"name", "Ω"}, {"count", "3"}, {"max", "100"}});
    });
    return 0;
}
