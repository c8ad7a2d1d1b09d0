#include "ui/texts.hpp"

#include "core/civil_time.hpp"
#include "imt_assets/embedded_assets.hpp"
#include "ui/app.hpp"

#include <nlohmann/json.hpp>

#include <cstdio>

namespace imt::ui {

std::optional<MessageCatalogue> MessageCatalogue::parse(std::string_view json) {
    const auto document = nlohmann::ordered_json::parse(json.begin(), json.end(), nullptr, false);
    if (!document.is_object()) {
        return std::nullopt;
    }
    MessageCatalogue catalogue;
    for (const auto& [key, value] : document.items()) {
        if (!value.is_string()) {
            return std::nullopt;
        }
        catalogue.entries_.emplace(key, value.get<std::string>());
    }
    return catalogue;
}

const std::string* MessageCatalogue::find(std::string_view key) const {
    const auto found = entries_.find(key);
    return found == entries_.end() ? nullptr : &found->second;
}

// The build checked both catalogues (assets/tools/embed_assets.py); were one unreadable anyway, the
// page would show each key in its place.
const MessageCatalogue& english_catalogue() {
    static const MessageCatalogue catalogue =
        MessageCatalogue::parse(assets::locale_en).value_or(MessageCatalogue{});
    return catalogue;
}

const MessageCatalogue& french_catalogue() {
    static const MessageCatalogue catalogue =
        MessageCatalogue::parse(assets::locale_fr).value_or(MessageCatalogue{});
    return catalogue;
}

std::string fill(std::string_view pattern, TextArgs args) {
    std::string out;
    out.reserve(pattern.size() + 16);
    std::size_t at = 0;
    while (at < pattern.size()) {
        const std::size_t open = pattern.find('{', at);
        if (open == std::string_view::npos) {
            break;
        }
        const std::size_t close = pattern.find('}', open);
        if (close == std::string_view::npos) {
            break;
        }
        out.append(pattern.substr(at, open - at));
        const std::string_view name = pattern.substr(open + 1, close - open - 1);
        bool replaced = false;
        for (const auto& [arg_name, value] : args) {
            if (arg_name == name) {
                out.append(value);
                replaced = true;
                break;
            }
        }
        if (!replaced) {
            out.append(pattern.substr(open, close - open + 1));
        }
        at = close + 1;
    }
    out.append(pattern.substr(at));
    return out;
}

Texts::Texts(Locale locale)
    : locale_(locale), primary_(locale == Locale::French ? &french_catalogue() : &english_catalogue()),
      fallback_(&english_catalogue()) {}

std::string_view Texts::get(std::string_view key) const {
    if (const std::string* text = primary_->find(key)) {
        return *text;
    }
    if (const std::string* text = fallback_->find(key)) {
        return *text;
    }
    return key;
}

bool Texts::has(std::string_view key) const {
    return primary_->find(key) != nullptr || fallback_->find(key) != nullptr;
}

std::string Texts::format(std::string_view key, TextArgs args) const {
    return fill(get(key), args);
}

std::string Texts::plural(std::string_view key, std::int64_t count, TextArgs args) const {
    // CLDR: English "one" is exactly 1; French "one" is 0 and 1.
    const bool one = locale_ == Locale::French ? (count == 0 || count == 1) : count == 1;
    std::string full(key);
    full += one ? ".one" : ".other";
    const std::string count_text = number(count);
    std::string out = fill(get(full), {{"count", count_text}});
    return args.size() == 0 ? out : fill(out, args);
}

std::string Texts::date(Timestamp time) const {
    const CivilDate civil = to_civil_utc(time);
    char month_key[16];
    std::snprintf(month_key, sizeof month_key, "date.month.%d", civil.month);
    const std::string day = std::to_string(civil.day);
    const std::string year = std::to_string(civil.year);
    return format("date.pattern", {{"month", get(month_key)}, {"day", day}, {"year", year}});
}

std::string Texts::date_time(Timestamp time) const {
    const CivilDate civil = to_civil_utc(time);
    char clock[8];
    std::snprintf(clock, sizeof clock, "%02d:%02d", civil.hour, civil.minute);
    const std::string day = date(time);
    return format("date.time_pattern", {{"date", day}, {"time", clock}});
}

std::string Texts::relative(const RelativeTime& time) const {
    using Unit = RelativeTime::Unit;
    switch (time.unit) {
    case Unit::Never:
        return std::string(get("time.never"));
    case Unit::JustNow:
        return std::string(get("time.just_now"));
    case Unit::Minutes:
        return plural(time.future ? "time.in_minutes" : "time.minutes_ago", time.count);
    case Unit::LastHour:
        return std::string(get("time.last_hour"));
    case Unit::Hours:
        return plural(time.future ? "time.in_hours" : "time.hours_ago", time.count);
    case Unit::Days:
        return plural(time.future ? "time.in_days" : "time.days_ago", time.count);
    case Unit::Months:
        return plural(time.future ? "time.in_months" : "time.months_ago", time.count);
    case Unit::Years:
        return plural(time.future ? "time.in_years" : "time.years_ago", time.count);
    }
    return {};
}

std::string Texts::number(std::int64_t value) const {
    const std::string digits = std::to_string(value < 0 ? -value : value);
    const std::string_view separator = get("number.group_separator");
    std::string out;
    if (value < 0) {
        out += '-';
    }
    for (std::size_t i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0) {
            out.append(separator);
        }
        out += digits[i];
    }
    return out;
}

} // namespace imt::ui
