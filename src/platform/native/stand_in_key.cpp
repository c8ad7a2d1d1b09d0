#include "platform/native/stand_in_key.hpp"

#include <utility>

namespace imt::native {
namespace {

constexpr std::string_view kMember = "\"accessKey\"";

std::size_t skip_spaces(std::string_view text, std::size_t at) {
    while (at < text.size() && (text[at] == ' ' || text[at] == '\t' || text[at] == '\n' || text[at] == '\r'))
        ++at;
    return at;
}

} // namespace

void swap_access_keys(std::string& body, std::string_view stand_in) {
    std::string swapped;
    std::size_t copied = 0; // body[0, copied) is in `swapped` already
    for (std::size_t at = body.find(kMember); at != std::string::npos; at = body.find(kMember, at)) {
        at = skip_spaces(body, at + kMember.size());
        if (at >= body.size() || body[at] != ':')
            continue;
        at = skip_spaces(body, at + 1);
        if (at >= body.size() || body[at] != '"')
            continue;
        // Strapi's keys are hex digits: no escaped quote can end the value early.
        const std::size_t value_begin = at + 1;
        const std::size_t value_end = body.find('"', value_begin);
        if (value_end == std::string::npos)
            break;
        swapped.append(body, copied, value_begin - copied);
        swapped.append(stand_in);
        copied = value_end;
        at = value_end + 1;
    }
    if (copied == 0)
        return;
    swapped.append(body, copied);
    wipe(body);
    body = std::move(swapped);
}

} // namespace imt::native
