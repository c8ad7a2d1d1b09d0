// Serves the recorded Strapi contract on 127.0.0.1 (see contract_replay.hpp) until SIGINT or SIGTERM.
// Usage: imt_replay_server [--port N] [--port-file FILE] [--now ISO-8601] [--contract DIR]

#include "contract_replay.hpp"
#include "core/iso8601.hpp"
#include "loopback_http.hpp"

#include <csignal>
#include <cstdio>
#include <fstream>
#include <optional>
#include <pthread.h>
#include <string>
#include <string_view>

int main(int argc, char** argv) {
    std::string contract_dir = IMT_CONTRACT_DIR;
    std::string port_file;
    int port = 0;
    std::optional<std::int64_t> now_ms;
    for (int i = 1; i + 1 < argc; i += 2) {
        const std::string_view option = argv[i];
        const std::string value = argv[i + 1];
        if (option == "--port") {
            port = std::stoi(value);
        } else if (option == "--port-file") {
            port_file = value;
        } else if (option == "--contract") {
            contract_dir = value;
        } else if (option == "--now") {
            const auto parsed = imt::parse_iso8601(value);
            if (!parsed) {
                std::fprintf(stderr, "replay server: --now wants an ISO-8601 UTC time\n");
                return 2;
            }
            now_ms = parsed->ms;
        } else {
            std::fprintf(stderr, "replay server: unknown option %s\n", argv[i]);
            return 2;
        }
    }

    // Blocked before any thread starts, so only sigwait below receives them.
    sigset_t stop_signals;
    sigemptyset(&stop_signals);
    sigaddset(&stop_signals, SIGINT);
    sigaddset(&stop_signals, SIGTERM);
    pthread_sigmask(SIG_BLOCK, &stop_signals, nullptr);

    imt::test::ContractReplay replay(contract_dir, now_ms);
    imt::test::LoopbackHttpServer server(
        [&](const imt::test::ReceivedRequest& r) { return replay.answer(r); }, port);
    if (!port_file.empty()) {
        // Written whole under another name first, so a reader never sees half a number.
        const std::string partial = port_file + ".partial";
        std::ofstream(partial) << server.port() << "\n";
        std::rename(partial.c_str(), port_file.c_str());
    }
    std::printf("replay server on %s\n", server.base_url().c_str());
    std::fflush(stdout);

    int received = 0;
    sigwait(&stop_signals, &received);
    return 0;
}
