#include "core/token_table.hpp"

#include <algorithm>
#include <cctype>
#include <limits>
#include <numeric>
#include <string_view>

namespace imt {
namespace {

char fold(char c) {
    return static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
}

bool contains_folded(std::string_view haystack, std::string_view folded_needle) {
    if (folded_needle.empty())
        return true;
    auto it = std::search(haystack.begin(), haystack.end(), folded_needle.begin(), folded_needle.end(),
                          [](char h, char n) { return fold(h) == n; });
    return it != haystack.end();
}

// Case-insensitive first, so "alpha" and "Beta" sort as a person expects; bytes break ties
// to keep the order total and stable across reloads.
int compare_text(std::string_view a, std::string_view b) {
    auto mismatch = std::mismatch(a.begin(), a.end(), b.begin(), b.end(),
                                  [](char x, char y) { return fold(x) == fold(y); });
    if (mismatch.first != a.end() && mismatch.second != b.end()) {
        return fold(*mismatch.first) < fold(*mismatch.second) ? -1 : 1;
    }
    if (a.size() != b.size())
        return a.size() < b.size() ? -1 : 1;
    return a.compare(b) < 0 ? -1 : (a == b ? 0 : 1);
}

// Tokens that never expire sort after every dated one; never-used ones before every used one.
std::int64_t expiry_key(const ApiToken& t) {
    return t.expires_at ? t.expires_at->ms : std::numeric_limits<std::int64_t>::max();
}
std::int64_t last_used_key(const ApiToken& t) {
    return t.last_used_at ? t.last_used_at->ms : std::numeric_limits<std::int64_t>::min();
}

int compare_by(SortColumn column, const ApiToken& a, const ApiToken& b) {
    auto three_way = [](auto x, auto y) {
        return x < y ? -1 : (y < x ? 1 : 0);
    };
    switch (column) {
    case SortColumn::Name:
        return compare_text(a.name, b.name);
    case SortColumn::Description:
        return compare_text(a.description, b.description);
    case SortColumn::CreatedAt:
        return three_way(a.created_at.ms, b.created_at.ms);
    case SortColumn::LastUsed:
        return three_way(last_used_key(a), last_used_key(b));
    case SortColumn::Expiry:
        return three_way(expiry_key(a), expiry_key(b));
    }
    return 0;
}

} // namespace

std::vector<std::size_t> visible_rows(const std::vector<ApiToken>& tokens, const TableOrder& order,
                                      Timestamp now) {
    std::string needle(order.query);
    std::transform(needle.begin(), needle.end(), needle.begin(), fold);

    std::vector<std::size_t> rows;
    rows.reserve(tokens.size());
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        const ApiToken& token = tokens[i];
        if (order.status && !has_status(token, *order.status, now))
            continue;
        if (contains_folded(token.name, needle) || contains_folded(token.description, needle))
            rows.push_back(i);
    }
    std::stable_sort(rows.begin(), rows.end(), [&](std::size_t x, std::size_t y) {
        int c = compare_by(order.column, tokens[x], tokens[y]);
        if (c == 0)
            c = compare_text(tokens[x].name, tokens[y].name);
        if (c == 0)
            c = tokens[x].id < tokens[y].id ? -1 : (tokens[x].id > tokens[y].id ? 1 : 0);
        return order.ascending ? c < 0 : c > 0;
    });
    return rows;
}

} // namespace imt
