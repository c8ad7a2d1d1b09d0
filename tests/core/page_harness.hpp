#pragma once
// Drives update() the way a platform would, answering calls with recorded Strapi exchanges.

#include "core/update.hpp"
#include "recorded_exchange.hpp"

#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace imt::test {

class PageHarness {
public:
    void dispatch(Action action);

    // The most recent call of this kind still waiting for an answer.
    template <class Kind>
    const ApiCall* pending() const {
        for (auto it = state.in_flight.rbegin(); it != state.in_flight.rend(); ++it) {
            if (std::holds_alternative<Kind>(it->kind))
                return &*it;
        }
        return nullptr;
    }
    template <class Kind>
    void answer(std::string_view stem) {
        const ApiCall* call = pending<Kind>();
        if (call == nullptr)
            throw std::runtime_error("no pending call to answer with " + std::string(stem));
        dispatch(act::HttpFinished{recorded_response(stem, call->id)});
    }
    template <class Kind>
    void answer_with(HttpResponse response) {
        response.request_id = pending<Kind>()->id;
        dispatch(act::HttpFinished{std::move(response)});
    }
    template <class Kind>
    [[nodiscard]] std::size_t calls_sent() const {
        std::size_t n = 0;
        for (const auto& call : sent)
            n += std::holds_alternative<Kind>(call.kind) ? 1 : 0;
        return n;
    }

    State state;
    std::vector<ApiCall> sent;
    std::vector<CopyToClipboard> clipboard;
    std::vector<HostEvent> host_events;
    std::vector<SaveFile> files;
};

// An admin with every api-tokens permission (recorded 014), looking at the list recorded in `list_stem`.
PageHarness signed_in_admin(std::string_view list_stem = "034");

// The 200 answer to GET /admin/users/me/permissions that grants exactly `grants_json`, a JSON array of
// {action, subject, ...}: one admin's rights, made to measure.
HttpResponse permissions_answer(std::string_view grants_json);

// A host handed over a JWT that had expired: every read came back 401 and the refresh cookie is gone.
PageHarness expired_session();

} // namespace imt::test
