#include "core/token_export.hpp"

#include "core/iso8601.hpp"

#include <nlohmann/json.hpp>

#include <optional>
#include <utility>

namespace imt {
namespace {

std::string time_or_empty(const std::optional<Timestamp>& time) {
    return time ? format_iso8601(*time) : std::string{};
}

void csv_field(std::string& out, std::string_view value) {
    const bool formula =
        !value.empty() && std::string_view("=+-@\t\r").find(value.front()) != std::string_view::npos;
    const bool quoted = formula || value.find_first_of(",\"\r\n") != std::string_view::npos;
    if (quoted)
        out += '"';
    if (formula)
        out += '\'';
    for (const char c : value) {
        if (c == '"')
            out += '"';
        out += c;
    }
    if (quoted)
        out += '"';
}

std::string to_csv(const std::vector<ApiToken>& tokens, const std::vector<std::size_t>& rows) {
    std::string out = "name,description,type,createdAt,lastUsedAt,expiresAt\r\n";
    for (const std::size_t row : rows) {
        const ApiToken& t = tokens[row];
        const std::string fields[] = {t.name,
                                      t.description,
                                      std::string(to_wire(t.type)),
                                      format_iso8601(t.created_at),
                                      time_or_empty(t.last_used_at),
                                      time_or_empty(t.expires_at)};
        bool first = true;
        for (const auto& field : fields) {
            if (!std::exchange(first, false))
                out += ',';
            csv_field(out, field);
        }
        out += "\r\n";
    }
    return out;
}

nlohmann::ordered_json time_or_null(const std::optional<Timestamp>& time) {
    return time ? nlohmann::ordered_json(format_iso8601(*time)) : nlohmann::ordered_json(nullptr);
}

std::string to_json(const std::vector<ApiToken>& tokens, const std::vector<std::size_t>& rows) {
    auto out = nlohmann::ordered_json::array();
    for (const std::size_t row : rows) {
        const ApiToken& t = tokens[row];
        out.push_back({{"name", t.name},
                       {"description", t.description},
                       {"type", to_wire(t.type)},
                       {"createdAt", format_iso8601(t.created_at)},
                       {"lastUsedAt", time_or_null(t.last_used_at)},
                       {"expiresAt", time_or_null(t.expires_at)}});
    }
    // Names were decoded from JSON, so they are valid UTF-8; replace keeps a stray byte from aborting.
    return out.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) + "\n";
}

} // namespace

std::string export_tokens(const std::vector<ApiToken>& tokens, const std::vector<std::size_t>& rows,
                          ExportFormat format) {
    return format == ExportFormat::Csv ? to_csv(tokens, rows) : to_json(tokens, rows);
}

std::string export_file_name(ExportFormat format, Timestamp now) {
    const std::string day = format_iso8601(now).substr(0, 10);
    return "api-tokens-" + day + (format == ExportFormat::Csv ? ".csv" : ".json");
}

std::string_view export_media_type(ExportFormat format) {
    return format == ExportFormat::Csv ? "text/csv;charset=utf-8" : "application/json";
}

} // namespace imt
