// The list's export, byte for byte: CSV quoting (commas, quotes, line breaks, a formula's first
// character), names in any script, empty fields for never; the same rows as JSON; only the rows given.

#include "core/iso8601.hpp"
#include "core/token_export.hpp"

#include <catch2/catch_test_macros.hpp>

using namespace imt;

namespace {

Timestamp at(std::string_view iso) {
    return *parse_iso8601(iso);
}

std::vector<ApiToken> tokens() {
    ApiToken plain;
    plain.id = 1;
    plain.name = "CI deploy";
    plain.description = "builds, then deploys";
    plain.type = TokenType::FullAccess;
    plain.created_at = at("2026-11-27T21:36:53.678Z");
    plain.last_used_at = at("2026-12-01T08:00:00.000Z");
    plain.expires_at = at("2026-12-27T21:36:53.678Z");

    ApiToken awkward;
    awkward.id = 2;
    awkward.name = "Jetons « été » 東京";
    awkward.description = "says \"hi\"\non two lines";
    awkward.type = TokenType::Custom;
    awkward.created_at = at("2026-11-28T10:00:00.000Z");

    ApiToken formula;
    formula.id = 3;
    formula.name = "=HYPERLINK(\"x\")";
    formula.description = "-rf";
    formula.type = TokenType::ReadOnly;
    formula.created_at = at("2026-11-29T00:00:00.000Z");
    return {plain, awkward, formula};
}

} // namespace

TEST_CASE("CSV: a header, one CRLF line per row, quoted where a field needs it") {
    const std::string csv = export_tokens(tokens(), {0, 1, 2}, ExportFormat::Csv);
    CHECK(csv == "name,description,type,createdAt,lastUsedAt,expiresAt\r\n"
                 "CI deploy,\"builds, then deploys\",full-access,2026-11-27T21:36:53.678Z,"
                 "2026-12-01T08:00:00.000Z,2026-12-27T21:36:53.678Z\r\n"
                 "Jetons « été » 東京,\"says \"\"hi\"\"\non two lines\",custom,2026-11-28T10:00:00.000Z,,\r\n"
                 "\"'=HYPERLINK(\"\"x\"\")\",\"'-rf\",read-only,2026-11-29T00:00:00.000Z,,\r\n");
}

TEST_CASE("CSV and JSON hold only the rows given, in their order") {
    const std::string csv = export_tokens(tokens(), {2, 0}, ExportFormat::Csv);
    CHECK(csv.find("CI deploy") > csv.find("HYPERLINK"));
    CHECK(csv.find("東京") == std::string::npos);
    CHECK(export_tokens(tokens(), {}, ExportFormat::Csv) ==
          "name,description,type,createdAt,lastUsedAt,expiresAt\r\n");
    CHECK(export_tokens(tokens(), {}, ExportFormat::Json) == "[]\n");
}

TEST_CASE("JSON: an array of the same six fields, null for never, UTF-8 as is") {
    const std::string json = export_tokens(tokens(), {0, 1}, ExportFormat::Json);
    CHECK(json == R"([
  {
    "name": "CI deploy",
    "description": "builds, then deploys",
    "type": "full-access",
    "createdAt": "2026-11-27T21:36:53.678Z",
    "lastUsedAt": "2026-12-01T08:00:00.000Z",
    "expiresAt": "2026-12-27T21:36:53.678Z"
  },
  {
    "name": "Jetons « été » 東京",
    "description": "says \"hi\"\non two lines",
    "type": "custom",
    "createdAt": "2026-11-28T10:00:00.000Z",
    "lastUsedAt": null,
    "expiresAt": null
  }
]
)");
}

TEST_CASE("The file is named by the day and the format") {
    CHECK(export_file_name(ExportFormat::Csv, at("2026-12-04T23:59:59.999Z")) == "api-tokens-2026-12-04.csv");
    CHECK(export_file_name(ExportFormat::Json, at("2026-12-05T00:00:00.000Z")) ==
          "api-tokens-2026-12-05.json");
    CHECK(export_media_type(ExportFormat::Csv) == "text/csv;charset=utf-8");
    CHECK(export_media_type(ExportFormat::Json) == "application/json");
}
