#pragma once
// A stand-in for Strapi built from the recorded contract, for tests and screenshots where the real
// backend is not running. It answers with the recorded exchanges (login, permissions, catalogue,
// errors) and keeps a token list that creates, edits, regenerations and deletions change the way
// Strapi does, including the content API's answer to each access key.

#include "contract_exchange.hpp"
#include "loopback_http.hpp"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <filesystem>
#include <map>
#include <mutex>
#include <optional>
#include <set>
#include <string>

namespace imt::test {

class ContractReplay {
public:
    // `now_ms`: the server's clock for createdAt/expiresAt of new tokens (fixed for stable screenshots);
    // nothing for the real time.
    explicit ContractReplay(const std::filesystem::path& contract_dir,
                            std::optional<std::int64_t> now_ms = {});

    CannedResponse answer(const ReceivedRequest& request);

    // The recorded admin's credentials and JWT, as a test signs in with them.
    [[nodiscard]] std::string admin_email() const;
    [[nodiscard]] std::string admin_password() const;
    [[nodiscard]] std::string admin_jwt() const;
    // The JWT a refresh with the recorded cookie hands out.
    [[nodiscard]] std::string refreshed_jwt() const;

    // Every admin JWT handed out so far stops working, as when they time out; the refresh cookie still works.
    void expire_admin_jwts();

private:
    CannedResponse admin_api(const ReceivedRequest& request, const std::string& path);
    CannedResponse content_api(const ReceivedRequest& request, const std::string& path);
    CannedResponse create(const nlohmann::json& body);
    CannedResponse update(std::int64_t id, const nlohmann::json& body);
    CannedResponse regenerate(std::int64_t id);
    CannedResponse remove(std::int64_t id);
    std::int64_t now_ms() const;
    std::string new_access_key();
    nlohmann::json* find_token(std::int64_t id);
    bool signed_in(const ReceivedRequest& request) const;

    std::filesystem::path dir_;
    std::optional<std::int64_t> fixed_now_;
    std::mutex mutex_;
    nlohmann::json tokens_ = nlohmann::json::array(); // as GET /admin/api-tokens lists them
    std::map<std::int64_t, std::string> keys_;        // token id -> its current access key
    std::set<std::string> admin_jwts_;
    std::uint64_t key_seed_ = 0x5eed;
    RecordedExchange login_, refresh_, permissions_;
};

} // namespace imt::test
