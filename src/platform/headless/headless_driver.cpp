// The headless driver: the real page drawn with no GPU, stepped frame by frame by tests.
// Sections: matching a reference to an item (match_rank) · life and frames · answering requests
// (answer, answer_with) · finding items and reading the screen (find … labels) · the mouse
// (mouse_to … hover, check, select) · the keyboard (type, fill, key) · scrolling and resizing.

#include "platform/headless/headless_driver.hpp"

#include <imgui_internal.h>

#include <algorithm>
#include <stdexcept>

namespace imt::headless {
namespace {

constexpr float kFrameSeconds = 1.0F / 60.0F;

std::string_view after_hashes(std::string_view label) {
    const std::size_t at = label.rfind("##");
    return at == std::string_view::npos ? std::string_view{} : label.substr(at + 2);
}

// How well an item answers to `ref`: 0 = not at all, higher = better.
int match_rank(const ui::ItemRecord& item, std::string_view ref) {
    if (item.kind == ui::ItemKind::window || item.label.empty()) {
        return 0;
    }
    if (item.label == ref) {
        return 4;
    }
    if (item.display_label() == ref) {
        return 3;
    }
    if (after_hashes(item.label) == ref) {
        return 2;
    }
    if (ref.size() > 2 && ref.substr(0, 2) == "##" && after_hashes(item.label) == ref.substr(2)) {
        return 2;
    }
    if (!item.display_label().empty() && item.display_label().find(ref) != std::string_view::npos) {
        return 1;
    }
    return 0;
}

int window_depth(const ui::ItemRecord& item) {
    ImGuiWindow* window = ImGui::FindWindowByName(item.window.c_str());
    if (window == nullptr) {
        return -1;
    }
    return ImGui::FindWindowDisplayIndex(window->RootWindow);
}

} // namespace

Driver::Driver(DriverOptions options) : options_(std::move(options)), store_(ports_) {
    ports_.store = &store_;
    context_ = ImGui::CreateContext();
    ImGui::SetCurrentContext(context_);
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;
    io.LogFilename = nullptr;
    io.DisplaySize = options_.display_size;
    io.DisplayFramebufferScale = ImVec2(options_.content_scale, options_.content_scale);
    io.DeltaTime = kFrameSeconds;
    io.ConfigInputTextCursorBlink = false;

    app_ = std::make_unique<ui::App>(
        ui::AppOptions{options_.theme, options_.locale, options_.content_scale, options_.top_bar});
    install_fonts();
    registry_.attach(context_);

    store_.dispatch(act::Tick{options_.now});
    store_.dispatch(act::KnowStrapiOrigin{options_.strapi_origin});
    frames(3); // a new window settles (measures itself, takes focus) over its first frames
}

Driver::~Driver() {
    ImGui::SetCurrentContext(context_);
    registry_.detach();
    app_.reset();
    ImGui::DestroyContext(context_);
}

void Driver::frame() {
    ImGui::SetCurrentContext(context_);
    ImGuiIO& io = ImGui::GetIO();
    io.DisplaySize = options_.display_size;
    io.DeltaTime = kFrameSeconds;
    ImGui::NewFrame();
    std::vector<Action> actions = app_->frame(store_.state());
    for (auto& action : actions) {
        store_.dispatch(std::move(action));
    }
    ImGui::Render();
}

void Driver::frames(int count) {
    for (int i = 0; i < count; ++i) {
        frame();
    }
}

void Driver::set_clock(Timestamp now) {
    store_.dispatch(act::Tick{now});
    frames(2);
}

void Driver::advance_clock(std::int64_t ms) {
    set_clock(Timestamp{state().now.ms + ms});
}

void Driver::dispatch(Action action) {
    store_.dispatch(std::move(action));
    frames(2);
}

void Driver::install_fonts() {
    ImGui::SetCurrentContext(context_);
    ImGuiIO& io = ImGui::GetIO();
    app_->install(options_.content_scale, fonts_);
    // No GPU: building the atlas is all a renderer would need; nothing is uploaded.
    unsigned char* pixels = nullptr;
    int width = 0;
    int height = 0;
    io.Fonts->GetTexDataAsRGBA32(&pixels, &width, &height);
    io.Fonts->SetTexID(reinterpret_cast<ImTextureID>(static_cast<std::intptr_t>(1)));
}

void Driver::note_text(std::string_view text) {
    // Characters the embedded subsets lack come from the system's fonts (embedded_fonts.hpp).
    if (fonts_.add_glyphs_for(text)) {
        install_fonts();
    }
}

RecordedExchange Driver::exchange(std::string_view exchange_name) const {
    return load_exchange(options_.contract_dir, exchange_name);
}

HttpRequest Driver::answer(std::string_view exchange_name) {
    const RecordedExchange recorded = exchange(exchange_name);
    const auto waiting = ports_.pending();
    const auto same = [&](const HttpRequest& r, bool exact) {
        return r.method == recorded.method() &&
               (exact ? r.path == recorded.path() : path_shape(r.path) == path_shape(recorded.path()));
    };
    auto found =
        std::find_if(waiting.begin(), waiting.end(), [&](const HttpRequest& r) { return same(r, true); });
    if (found == waiting.end()) {
        found = std::find_if(waiting.begin(), waiting.end(),
                             [&](const HttpRequest& r) { return same(r, false); });
    }
    if (found == waiting.end()) {
        std::string message = "no pending request matches exchange " + std::string(exchange_name) + " (" +
                              std::string(to_string(recorded.method())) + " " + recorded.path() +
                              "); pending:";
        for (const auto& r : waiting) {
            message += " " + std::string(to_string(r.method)) + " " + r.path + ";";
        }
        throw std::runtime_error(message);
    }
    const HttpRequest request = *found;
    HttpResponse response = recorded.http_response(request.id);
    note_text(response.body);
    ports_.mark_answered(request.id);
    store_.dispatch(act::HttpFinished{std::move(response)});
    frames(2);
    return request;
}

HttpRequest Driver::answer_with(int status, std::string body, std::string content_type) {
    const auto waiting = ports_.pending();
    if (waiting.empty()) {
        throw std::runtime_error("answer_with: no request is pending");
    }
    const HttpRequest request = waiting.front();
    HttpResponse response;
    response.request_id = request.id;
    response.status = status;
    response.body = std::move(body);
    response.content_type = std::move(content_type);
    note_text(response.body);
    ports_.mark_answered(request.id);
    store_.dispatch(act::HttpFinished{std::move(response)});
    frames(2);
    return request;
}

const ui::ItemRecord* Driver::find(std::string_view ref) const {
    ImGui::SetCurrentContext(context_);
    const auto search = [&](std::string_view label, std::string_view window) -> const ui::ItemRecord* {
        const ui::ItemRecord* best = nullptr;
        int best_rank = 0;
        int best_depth = -2;
        std::vector<const ui::ItemRecord*> substring_matches;
        for (const auto& item : registry_.items()) {
            if (!window.empty() && item.window.find(window) == std::string::npos) {
                continue;
            }
            const int rank = match_rank(item, label);
            if (rank == 0) {
                continue;
            }
            if (rank == 1) {
                substring_matches.push_back(&item);
            }
            const int depth = window_depth(item);
            if (rank > best_rank || (rank == best_rank && depth > best_depth)) {
                best = &item;
                best_rank = rank;
                best_depth = depth;
            }
        }
        if (best_rank == 1 && substring_matches.size() > 1) {
            std::string message = "\"" + std::string(ref) + "\" is part of several labels:";
            for (const auto* match : substring_matches) {
                message += " [" + match->label + "]";
            }
            throw std::runtime_error(message + "; name one of them in full");
        }
        return best;
    };
    if (const auto* whole = search(ref, {})) {
        return whole;
    }
    // "window/label": the part before the first slash names (part of) the item's window.
    if (const std::size_t slash = ref.find('/'); slash != std::string_view::npos && slash > 0) {
        return search(ref.substr(slash + 1), ref.substr(0, slash));
    }
    return nullptr;
}

const ui::ItemRecord& Driver::item(std::string_view ref) const {
    if (const auto* found = find(ref)) {
        return *found;
    }
    std::string message = "no item answers to \"" + std::string(ref) + "\"; items:";
    for (const auto& label : labels()) {
        message += " [" + label + "]";
    }
    throw std::runtime_error(message);
}

bool Driver::is_visible(std::string_view ref) const {
    const auto* found = find(ref);
    return found != nullptr && found->visible();
}

bool Driver::is_enabled(std::string_view ref) const {
    return item(ref).enabled();
}

bool Driver::is_checked(std::string_view ref) const {
    return item(ref).checked();
}

bool Driver::is_open(std::string_view ref) const {
    return item(ref).opened();
}

bool Driver::is_mixed(std::string_view ref) const {
    return item(ref).accessible.state.mixed;
}

std::vector<std::string> Driver::screen_lines() const {
    std::vector<std::string> lines;
    const std::string_view text = screen_text();
    std::size_t start = 0;
    while (start < text.size()) {
        std::size_t end = text.find('\n', start);
        if (end == std::string_view::npos) {
            end = text.size();
        }
        lines.emplace_back(text.substr(start, end - start));
        start = end + 1;
    }
    return lines;
}

std::string Driver::line_after(std::string_view line) const {
    const std::vector<std::string> lines = screen_lines();
    const auto found = std::find(lines.begin(), lines.end(), line);
    return found == lines.end() || found + 1 == lines.end() ? std::string{} : *(found + 1);
}

std::string Driver::focused_label() const {
    ImGui::SetCurrentContext(context_);
    const auto* found = registry_.find_by_id(GImGui->NavId);
    return found != nullptr ? found->label : std::string{};
}

std::vector<std::string> Driver::labels() const {
    std::vector<std::string> out;
    for (const auto& item : registry_.items()) {
        if (!item.label.empty()) {
            out.push_back(item.label);
        }
    }
    return out;
}

void Driver::mouse_to(ImVec2 where) {
    ImGui::SetCurrentContext(context_);
    ImGui::GetIO().AddMousePosEvent(where.x, where.y);
    frame();
}

void Driver::press_at(ImVec2 where) {
    mouse_to(where);
    ImGuiIO& io = ImGui::GetIO();
    io.AddMouseButtonEvent(0, true);
    frame();
    io.AddMouseButtonEvent(0, false);
    frame();
}

const ui::ItemRecord& Driver::reachable(std::string_view ref) {
    frame(); // let layout settle: an item that just appeared may move once it is measured
    if (const ui::ItemRecord& target = item(ref); target.visible()) {
        return target;
    } else if (ImGuiWindow* window = ImGui::FindWindowByName(target.window.c_str())) {
        // Scroll it into view as a person would, then look again.
        ImGui::ScrollToRectEx(window, ImRect(target.min, target.max), ImGuiScrollFlags_KeepVisibleCenterY);
        frames(2);
    }
    const ui::ItemRecord& target = item(ref);
    if (!target.visible()) {
        throw std::runtime_error("item \"" + std::string(ref) + "\" is not visible");
    }
    return target;
}

void Driver::click(std::string_view ref) {
    const ImVec2 point = reachable(ref).click_point();
    press_at(point);
    frames(2);
}

void Driver::double_click(std::string_view ref) {
    const ImVec2 point = reachable(ref).click_point();
    mouse_to(point);
    ImGuiIO& io = ImGui::GetIO();
    for (int i = 0; i < 2; ++i) {
        io.AddMouseButtonEvent(0, true);
        frame();
        io.AddMouseButtonEvent(0, false);
        frame();
    }
    frame();
}

void Driver::hover(std::string_view ref, int frames_to_wait) {
    const ImVec2 point = reachable(ref).click_point();
    mouse_to(point);
    frames(frames_to_wait);
}

void Driver::check(std::string_view ref) {
    if (!is_checked(ref)) {
        click(ref);
    }
}

void Driver::uncheck(std::string_view ref) {
    if (is_checked(ref)) {
        click(ref);
    }
}

void Driver::select(std::string_view ref, std::string_view option) {
    click(ref);
    const ui::ItemRecord* choice = nullptr;
    for (const auto& candidate : registry_.items()) {
        if (candidate.window.rfind("##Combo", 0) == 0 && candidate.display_label() == option) {
            choice = &candidate;
        }
    }
    if (choice == nullptr) {
        throw std::runtime_error("combo \"" + std::string(ref) + "\" has no option \"" + std::string(option) +
                                 "\"");
    }
    press_at(choice->click_point());
    frame();
}

void Driver::type(std::string_view text) {
    note_text(text);
    ImGui::SetCurrentContext(context_);
    ImGui::GetIO().AddInputCharactersUTF8(std::string(text).c_str());
    frame();
    frame();
}

void Driver::fill(std::string_view ref, std::string_view text) {
    click(ref);
    key(ImGuiKey_A, ImGuiMod_Ctrl);
    key(ImGuiKey_Delete);
    type(text);
}

void Driver::key(ImGuiKey key, ImGuiKeyChord mods) {
    ImGui::SetCurrentContext(context_);
    ImGuiIO& io = ImGui::GetIO();
    const ImGuiKey modifiers[] = {ImGuiMod_Ctrl, ImGuiMod_Shift, ImGuiMod_Alt, ImGuiMod_Super};
    for (ImGuiKey mod : modifiers) {
        if ((mods & mod) != 0) {
            io.AddKeyEvent(mod, true);
        }
    }
    io.AddKeyEvent(key, true);
    frame();
    io.AddKeyEvent(key, false);
    for (ImGuiKey mod : modifiers) {
        if ((mods & mod) != 0) {
            io.AddKeyEvent(mod, false);
        }
    }
    frame();
    frame();
}

void Driver::scroll(std::string_view ref, float wheel_y) {
    const ImVec2 point = item(ref).click_point();
    mouse_to(point);
    ImGui::GetIO().AddMouseWheelEvent(0, wheel_y);
    frame();
    frame();
}

void Driver::resize(ImVec2 display_size) {
    options_.display_size = display_size;
    frame();
    frame();
}

} // namespace imt::headless
