#include "core/capabilities.hpp"

namespace imt {

Capabilities capabilities_from(const std::vector<AdminPermission>& permissions) {
    Capabilities caps;
    for (const auto& permission : permissions) {
        const auto& a = permission.action;
        if (a == "admin::api-tokens.access")
            caps.access = true;
        else if (a == "admin::api-tokens.read")
            caps.read = true;
        else if (a == "admin::api-tokens.create")
            caps.create = true;
        else if (a == "admin::api-tokens.update")
            caps.update = true;
        else if (a == "admin::api-tokens.delete")
            caps.remove = true;
        else if (a == "admin::api-tokens.regenerate")
            caps.regenerate = true;
    }
    // api-tokens.access opens the page itself: without it, no other api-tokens permission counts.
    if (!caps.access)
        return Capabilities{};
    return caps;
}

} // namespace imt
