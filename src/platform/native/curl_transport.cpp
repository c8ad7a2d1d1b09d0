#include "platform/native/curl_transport.hpp"

#include "platform/native/curl_exchange.hpp"
#include "platform/native/response_queue.hpp"

#include <curl/curl.h>
#include <map>
#include <mutex>
#include <stdexcept>
#include <thread>

namespace imt::native {
namespace {

void init_curl_once() {
    static std::once_flag once;
    std::call_once(once, [] {
        if (curl_global_init(CURL_GLOBAL_DEFAULT) != CURLE_OK)
            throw std::runtime_error("libcurl could not be initialised");
    });
}

std::string without_trailing_slash(std::string url) {
    while (!url.empty() && url.back() == '/')
        url.pop_back();
    return url;
}

} // namespace

struct CurlTransport::Worker {
    explicit Worker(CurlTransportOptions options)
        : on_response(std::move(options.on_response)), multi(curl_multi_init()), jar(curl_share_init()) {
        settings.base_url = without_trailing_slash(std::move(options.base_url));
        settings.timeout = options.timeout;
        // Only the worker thread touches the jar, so it needs no lock callbacks.
        curl_share_setopt(jar, CURLSHOPT_SHARE, CURL_LOCK_DATA_COOKIE);
        settings.cookie_jar = jar;
        thread = std::thread([this] { run(); });
    }

    ~Worker() {
        {
            std::lock_guard lock(inbox_mutex);
            stopping = true;
        }
        curl_multi_wakeup(multi);
        thread.join();
        curl_multi_cleanup(multi);
        curl_share_cleanup(jar);
    }

    void post(HttpRequest request) {
        {
            std::lock_guard lock(inbox_mutex);
            inbox.push_back(std::move(request));
        }
        // The one multi call that is safe from another thread: it ends the worker's poll early.
        curl_multi_wakeup(multi);
    }

    void run() {
        for (;;) {
            if (!start_new_requests())
                break;
            int running = 0;
            curl_multi_perform(multi, &running);
            collect_finished();
            // curl shortens the wait to its own timers; an idle worker sleeps until post() wakes it.
            curl_multi_poll(multi, nullptr, 0, active.empty() ? 60000 : 1000, nullptr);
        }
        for (auto& [easy, exchange] : active)
            curl_multi_remove_handle(multi, easy);
        active.clear();
    }

    // False once the transport is being destroyed.
    bool start_new_requests() {
        std::vector<HttpRequest> fresh;
        {
            std::lock_guard lock(inbox_mutex);
            if (stopping)
                return false;
            fresh.swap(inbox);
        }
        for (auto& request : fresh) {
            auto exchange = std::make_unique<CurlExchange>(request, settings);
            // The exchange holds its own wiped copy; this one (a login body holds the password) goes now.
            wipe(request.body);
            CURL* easy = exchange->handle();
            if (easy == nullptr || curl_multi_add_handle(multi, easy) != CURLM_OK) {
                HttpResponse failed;
                failed.request_id = request.id;
                failed.fault = TransportFault::Offline;
                deliver(std::move(failed));
                continue;
            }
            active.emplace(easy, std::move(exchange));
        }
        return true;
    }

    void collect_finished() {
        int left = 0;
        while (CURLMsg* message = curl_multi_info_read(multi, &left)) {
            if (message->msg != CURLMSG_DONE)
                continue;
            CURL* easy = message->easy_handle;
            const CURLcode result = message->data.result;
            auto found = active.find(easy);
            if (found == active.end())
                continue;
            curl_multi_remove_handle(multi, easy);
            HttpResponse response = found->second->finish(result);
            active.erase(found);
            deliver(std::move(response));
        }
    }

    void deliver(HttpResponse response) {
        responses.push(std::move(response));
        if (on_response)
            on_response();
    }

    std::function<void()> on_response;
    ExchangeSettings settings;
    CURLM* multi;
    CURLSH* jar;
    ResponseQueue responses;

    std::mutex inbox_mutex;
    std::vector<HttpRequest> inbox;
    bool stopping = false;

    std::map<CURL*, std::unique_ptr<CurlExchange>> active; // worker thread only
    std::thread thread;
};

CurlTransport::CurlTransport(CurlTransportOptions options) {
    init_curl_once();
    worker_ = std::make_unique<Worker>(std::move(options));
}

CurlTransport::~CurlTransport() = default;

void CurlTransport::send(HttpRequest request) {
    worker_->post(std::move(request));
}

std::vector<HttpResponse> CurlTransport::take_responses() {
    return worker_->responses.take_all();
}

std::vector<HttpResponse> CurlTransport::wait_responses(std::chrono::milliseconds timeout) {
    return worker_->responses.wait_take_all(timeout);
}

const std::string& CurlTransport::base_url() const {
    return worker_->settings.base_url;
}

} // namespace imt::native
