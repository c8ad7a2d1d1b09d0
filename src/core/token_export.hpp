#pragma once
// The list's metadata as a file: the rows shown (filter and search applied), as CSV or JSON. Only
// what the table shows goes in (name, description, type, created, last used, expires): a token's
// model holds no key, and nothing else is read.

#include "core/model.hpp"

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace imt {

enum class ExportFormat { Csv, Json };

// RFC 4180: a header line, then one line per row, CRLF; a field holding a comma, a quote, CR or LF
// is quoted, its quotes doubled. A field a spreadsheet would run as a formula (=, +, -, @, tab, CR
// first) gets a leading apostrophe (OWASP's advice for CSV injection). Times are ISO-8601 UTC, and
// an empty field for never used / never expires.
// JSON: an array of objects with the keys name, description, type, createdAt, lastUsedAt, expiresAt
// (null for never), indented by 2, UTF-8 as is.
std::string export_tokens(const std::vector<ApiToken>& tokens, const std::vector<std::size_t>& rows,
                          ExportFormat format);

// "api-tokens-2026-12-04.csv": the UTC date of `now`.
std::string export_file_name(ExportFormat format, Timestamp now);
std::string_view export_media_type(ExportFormat format);

} // namespace imt
