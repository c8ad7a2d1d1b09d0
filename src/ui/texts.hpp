#pragma once
// The message catalogue: every word the page shows comes from here, looked up by key in the chosen
// locale with English as the fallback. Also formats dates, relative times and numbers per locale.

#include "core/model.hpp"
#include "core/relative_time.hpp"

#include <cstdint>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>

namespace imt::ui {

enum class Locale;

// One locale's key -> text map, parsed from a flat JSON object.
class MessageCatalogue {
public:
    MessageCatalogue() = default;
    // Nothing when the text is not a flat JSON object of strings.
    static std::optional<MessageCatalogue> parse(std::string_view json);

    const std::string* find(std::string_view key) const;
    std::size_t size() const { return entries_.size(); }
    template <class F>
    void for_each(F&& visit) const {
        for (const auto& [key, text] : entries_) {
            visit(key, text);
        }
    }

private:
    struct Hash {
        using is_transparent = void;
        std::size_t operator()(std::string_view text) const { return std::hash<std::string_view>{}(text); }
    };
    std::unordered_map<std::string, std::string, Hash, std::equal_to<>> entries_;
};

// The catalogues embedded at build time.
const MessageCatalogue& english_catalogue();
const MessageCatalogue& french_catalogue();

using TextArgs = std::initializer_list<std::pair<std::string_view, std::string_view>>;

class Texts {
public:
    explicit Texts(Locale locale);

    Locale locale() const { return locale_; }

    // The text for `key`; the key itself when neither the locale nor English has it, so a missing
    // text is visible instead of silently blank.
    std::string_view get(std::string_view key) const;
    bool has(std::string_view key) const;
    // get() with "{name}" placeholders replaced.
    std::string format(std::string_view key, TextArgs args) const;
    // Picks "<key>.one" or "<key>.other" by the locale's plural rule, with {count} filled in.
    std::string plural(std::string_view key, std::int64_t count, TextArgs args = {}) const;

    // "Nov 27, 2026" / "27 nov. 2026" (UTC calendar date).
    std::string date(Timestamp time) const;
    // "Nov 27, 2026, 21:36 UTC" / "27 nov. 2026 à 21:36 UTC".
    std::string date_time(Timestamp time) const;
    // "3 hours ago", "il y a 3 heures", "last hour", "Never".
    std::string relative(const RelativeTime& time) const;
    // 10000 -> "10,000" / "10 000".
    std::string number(std::int64_t value) const;

private:
    Locale locale_;
    const MessageCatalogue* primary_;
    const MessageCatalogue* fallback_;
};

// Replaces every "{name}" of `pattern` with its value; unknown placeholders stay as they are.
std::string fill(std::string_view pattern, TextArgs args);

} // namespace imt::ui
