#pragma once
// Runs the real UI with no window and no GPU: an ImGui context of its own, a Store over recording
// ports, and a person's input (clicks, keys, text) sent frame by frame. Widgets are found by label
// through the item registry, so tests read like the steps an admin takes.

#include "core/store.hpp"
#include "platform/headless/recorded_backend.hpp"
#include "ui/app.hpp"
#include "ui/embedded_fonts.hpp"
#include "ui/item_registry.hpp"

#include <imgui.h>

#include <filesystem>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace imt::headless {

struct DriverOptions {
    ImVec2 display_size{1280, 800};
    float content_scale = 1.0F;
    ui::Theme theme = ui::Theme::Light;
    ui::Locale locale = ui::Locale::English;
    std::filesystem::path contract_dir;                  // where answer() finds recorded exchanges
    Timestamp now{};                                     // the clock at start (sent as act::Tick)
    bool top_bar = true;                                 // false: embedded in a host page with its own header
    std::string strapi_origin = "http://127.0.0.1:1337"; // the recorded peer's, for curl and fetch()
};

class Driver {
public:
    explicit Driver(DriverOptions options = {});
    ~Driver();
    Driver(const Driver&) = delete;
    Driver& operator=(const Driver&) = delete;

    // --- time and frames ----------------------------------------------------------------------
    void frame();
    void frames(int count);
    void set_clock(Timestamp now); // dispatches act::Tick and draws a frame
    void advance_clock(std::int64_t ms);

    // --- the store --------------------------------------------------------------------------------
    const State& state() const { return store_.state(); }
    void dispatch(Action action);

    // --- the backend double -----------------------------------------------------------------
    const std::vector<HttpRequest>& sent() const { return ports_.sent(); }
    std::vector<HttpRequest> pending() const { return ports_.pending(); }
    // Answers the oldest pending request of the exchange's method and path (ids in the path may
    // differ) with its recorded response, then draws a frame. Returns the request answered.
    HttpRequest answer(std::string_view exchange_name);
    // Answers the oldest pending request with a response made by the test.
    HttpRequest answer_with(int status, std::string body,
                            std::string content_type = "application/json; charset=utf-8");
    RecordedExchange exchange(std::string_view exchange_name) const;
    const std::vector<Secret>& clipboard() const { return ports_.clipboard(); }
    RecordingPorts& ports() { return ports_; }

    // --- finding widgets ---------------------------------------------------------------------------
    // `ref` is a label as shown ("Save"), a full ImGui label ("Save##save"), the id after "##"
    // with or without the hashes ("##copy" is "Copy###copy" and "Copied###copy" alike), "window/label"
    // with part of the window's name, or a part of a shown label. When several items match, the one
    // in the front-most window wins (a modal over the page). Null when nothing matches. A part of a
    // label that several items share throws std::runtime_error: which one was meant is unknown, and
    // answering "none" would let CHECK_FALSE(exists(...)) pass while the items are on screen.
    const ui::ItemRecord* find(std::string_view ref) const;
    const ui::ItemRecord& item(std::string_view ref) const; // throws std::runtime_error if absent
    bool exists(std::string_view ref) const { return find(ref) != nullptr; }
    bool is_visible(std::string_view ref) const;
    bool is_enabled(std::string_view ref) const;
    bool is_checked(std::string_view ref) const;
    bool is_open(std::string_view ref) const;
    // A tri-state checkbox drawn partly checked (its dash), as the widget kit declared it.
    bool is_mixed(std::string_view ref) const;
    // The label of the item keyboard navigation is on, or "".
    std::string focused_label() const;
    // Every label submitted in the last frame, for diagnostics.
    std::vector<std::string> labels() const;
    // The text the last frame drew, in drawing order, one piece per line (the secret banner's key
    // excepted: it is never copied out of its wiping buffer).
    const std::string& screen_text() const { return registry_.text(); }
    bool shows(std::string_view text) const { return screen_text().find(text) != std::string::npos; }
    // The pieces of screen_text(), in drawing order.
    std::vector<std::string> screen_lines() const;
    // The piece drawn right after the first piece equal to `line`, or "" (none, or `line` is last).
    std::string line_after(std::string_view line) const;

    // --- a person's input ---------------------------------------------------------------------------
    void click(std::string_view ref);
    void double_click(std::string_view ref);
    void hover(std::string_view ref, int frames_to_wait = 40);
    void check(std::string_view ref);   // clicks only if not checked yet
    void uncheck(std::string_view ref); // clicks only if checked
    // Opens the combo `ref` and picks the option shown as `option`.
    void select(std::string_view ref, std::string_view option);
    void type(std::string_view text); // into the focused text field
    // Clicks the field, selects all it holds and types `text` over it.
    void fill(std::string_view ref, std::string_view text);
    void key(ImGuiKey key, ImGuiKeyChord mods = 0);
    void scroll(std::string_view ref, float wheel_y);
    void resize(ImVec2 display_size);

    ui::App& app() { return *app_; }
    ImGuiContext* context() const { return context_; }
    const ui::ItemRegistry& registry() const { return registry_; }

private:
    // The item, scrolled into view first when its window can scroll to it.
    const ui::ItemRecord& reachable(std::string_view ref);
    void mouse_to(ImVec2 where);
    void press_at(ImVec2 where);
    void install_fonts();
    void note_text(std::string_view text); // from Strapi or typed

    DriverOptions options_;
    RecordingPorts ports_;
    Store store_;
    ImGuiContext* context_ = nullptr;
    ui::ItemRegistry registry_;
    ui::EmbeddedFonts fonts_;
    std::unique_ptr<ui::App> app_;
};

} // namespace imt::headless
