#pragma once
// What the signed-in admin may do on this page, from GET /admin/users/me/permissions.

#include "core/model.hpp"

#include <vector>

namespace imt {

struct Capabilities {
    bool access = false;     // admin::api-tokens.access: the page itself
    bool read = false;       // list, row click, edit page
    bool create = false;     // "Create new API Token", empty-state button
    bool update = false;     // pencil, form inputs and Save
    bool remove = false;     // trash (admin::api-tokens.delete)
    bool regenerate = false; // Regenerate button, shown even when inputs are read-only
    friend bool operator==(const Capabilities&, const Capabilities&) = default;
};

Capabilities capabilities_from(const std::vector<AdminPermission>& permissions);

} // namespace imt
