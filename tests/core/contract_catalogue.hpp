#pragma once
// Test-only access to the recorded Strapi 5.54.0 contract (IMT_CONTRACT_DIR): exchange files, and the
// permission catalogue built from exchanges 018 (permissions) and 019 (routes) with nlohmann directly,
// so these tests do not depend on the codec under test elsewhere.

#include "core/model.hpp"
#include "core/permission_catalogue.hpp"

#include <nlohmann/json.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace imt::test {

ContentApiPermissions contract_permissions(); // from 018-content-api-permissions.json
ContentApiRoutes contract_routes();           // from 019-content-api-routes.json
PermissionCatalogue contract_catalogue();

} // namespace imt::test
