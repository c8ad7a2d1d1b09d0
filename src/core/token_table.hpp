#pragma once
// The list's sorted and filtered view, kept as row indices and rebuilt only when its inputs change,
// so a frame over 10,000 tokens never sorts.

#include "core/model.hpp"
#include "core/token_status.hpp"

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace imt {

enum class SortColumn { Name, Description, CreatedAt, LastUsed, Expiry };

struct TableOrder {
    SortColumn column = SortColumn::Name;
    bool ascending = true;
    std::string query;                 // matched case-insensitively against name and description
    std::optional<TokenStatus> status; // only the tokens with this status, judged at `now`
    friend bool operator==(const TableOrder&, const TableOrder&) = default;
};

// Indices into `tokens` of the rows to show, in display order; `now` judges the status filter.
std::vector<std::size_t> visible_rows(const std::vector<ApiToken>& tokens, const TableOrder& order,
                                      Timestamp now);

} // namespace imt
