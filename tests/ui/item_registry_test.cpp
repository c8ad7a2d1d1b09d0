#include "ui/item_registry.hpp"

#include <catch2/catch_test_macros.hpp>
#include <imgui.h>
#include <imgui_internal.h>

#include <functional>

namespace {

using imt::ui::ItemKind;
using imt::ui::ItemRegistry;

// An ImGui context with no window and no renderer, reporting its items to a registry.
class HeadlessUi {
public:
    HeadlessUi() : context_(ImGui::CreateContext()) {
        ImGuiIO& io = ImGui::GetIO();
        io.IniFilename = nullptr;
        io.DisplaySize = ImVec2(800, 600);
        io.DeltaTime = 1.0F / 60.0F;
        unsigned char* pixels = nullptr;
        int width = 0;
        int height = 0;
        io.Fonts->GetTexDataAsRGBA32(&pixels, &width, &height);
        registry.attach(context_);
    }
    HeadlessUi(const HeadlessUi&) = delete;
    HeadlessUi& operator=(const HeadlessUi&) = delete;
    ~HeadlessUi() {
        registry.detach();
        ImGui::DestroyContext(context_);
    }

    void frame(const std::function<void()>& ui) {
        ImGui::NewFrame();
        ImGui::SetNextWindowPos(ImVec2(20, 20));
        ImGui::SetNextWindowSize(ImVec2(400, 300));
        ImGui::Begin("Settings");
        ui();
        ImGui::End();
        ImGui::Render();
    }

    // One frame each for moving, pressing and releasing, as a person's click reaches ImGui.
    void click(ImVec2 where, const std::function<void()>& ui) {
        ImGuiIO& io = ImGui::GetIO();
        io.AddMousePosEvent(where.x, where.y);
        frame(ui);
        io.AddMouseButtonEvent(0, true);
        frame(ui);
        io.AddMouseButtonEvent(0, false);
        frame(ui);
    }

    ItemRegistry registry;

private:
    ImGuiContext* context_;
};

bool contains(const imt::ui::ItemRecord& outer, const imt::ui::ItemRecord& inner) {
    return inner.min.x >= outer.min.x && inner.min.y >= outer.min.y && inner.max.x <= outer.max.x &&
           inner.max.y <= outer.max.y;
}

} // namespace

TEST_CASE("A button and a checkbox are found by their labels after a frame") {
    HeadlessUi ui;
    bool remember = true;
    ui.frame([&] {
        ImGui::Button("Save");
        ImGui::Checkbox("Remember me", &remember);
    });

    const auto* save = ui.registry.find("Save");
    REQUIRE(save != nullptr);
    CHECK(save->kind == ItemKind::other);
    CHECK(save->enabled());
    CHECK_FALSE(save->checkable());
    CHECK(save->window == "Settings");
    CHECK(save->max.x > save->min.x);
    CHECK(save->max.y > save->min.y);
    CHECK(save->visible());

    const auto* window = ui.registry.find("Settings");
    REQUIRE(window != nullptr);
    CHECK(window->kind == ItemKind::window);
    CHECK(contains(*window, *save));

    const auto* checkbox = ui.registry.find("Remember me");
    REQUIRE(checkbox != nullptr);
    CHECK(checkbox->kind == ItemKind::checkable);
    CHECK(checkbox->checked());
    CHECK(checkbox->min.y >= save->max.y); // laid out below the button

    remember = false;
    ui.frame([&] {
        ImGui::Button("Save");
        ImGui::Checkbox("Remember me", &remember);
    });
    REQUIRE(ui.registry.find("Remember me") != nullptr);
    CHECK_FALSE(ui.registry.find("Remember me")->checked());
}

TEST_CASE("Items inside a disabled block are reported as not enabled") {
    HeadlessUi ui;
    ui.frame([] {
        ImGui::Button("Regenerate");
        ImGui::BeginDisabled();
        ImGui::Button("Delete");
        ImGui::EndDisabled();
    });
    REQUIRE(ui.registry.find("Regenerate") != nullptr);
    REQUIRE(ui.registry.find("Delete") != nullptr);
    CHECK(ui.registry.find("Regenerate")->enabled());
    CHECK_FALSE(ui.registry.find("Delete")->enabled());
}

TEST_CASE("A label with a hidden id suffix is found by its visible text or in full") {
    HeadlessUi ui;
    ui.frame([] {
        ImGui::Button("Copy##banner");
        ImGui::Button("Copy##row-3");
    });
    const auto* by_text = ui.registry.find("Copy");
    const auto* second = ui.registry.find("Copy##row-3");
    REQUIRE(by_text != nullptr);
    REQUIRE(second != nullptr);
    CHECK(by_text->label == "Copy##banner"); // the first in submission order
    CHECK(second->display_label() == "Copy");
    CHECK(by_text->id != second->id);
    CHECK(ui.registry.find("Paste") == nullptr);
}

TEST_CASE("Clicking where the registry says the button is presses it") {
    HeadlessUi ui;
    int presses = 0;
    const auto page = [&] {
        ImGui::Button("Cancel");
        if (ImGui::Button("Save")) {
            ++presses;
        }
    };
    ui.frame(page);
    const auto* save = ui.registry.find("Save");
    REQUIRE(save != nullptr);

    ui.click(save->click_point(), page);
    CHECK(presses == 1);
}

TEST_CASE("A tree node reports whether it is open") {
    HeadlessUi ui;
    ui.frame([] {
        ImGui::SetNextItemOpen(true);
        if (ImGui::TreeNode("Restaurant")) {
            ImGui::TreePop();
        }
        ImGui::SetNextItemOpen(false);
        if (ImGui::TreeNode("Homepage")) {
            ImGui::TreePop();
        }
    });
    REQUIRE(ui.registry.find("Restaurant") != nullptr);
    REQUIRE(ui.registry.find("Homepage") != nullptr);
    CHECK(ui.registry.find("Restaurant")->kind == ItemKind::openable);
    CHECK(ui.registry.find("Restaurant")->opened());
    CHECK_FALSE(ui.registry.find("Homepage")->opened());
}

TEST_CASE("An item scrolled out of its window is recorded, unlabelled and not visible") {
    HeadlessUi ui;
    ImGuiID last_id = 0;
    ui.frame([&] {
        ImGui::BeginChild("list", ImVec2(200, 60));
        for (int row = 0; row < 20; ++row) {
            ImGui::PushID(row);
            ImGui::Button("Edit");
            ImGui::PopID();
        }
        ImGui::Button("Last");
        last_id = ImGui::GetItemID();
        ImGui::EndChild();
    });
    const auto* first = ui.registry.find("Edit");
    REQUIRE(first != nullptr);
    CHECK(first->visible());

    // ImGui skips a clipped widget before it describes it, so its label is unknown until scrolled to.
    const auto* last = ui.registry.find_by_id(last_id);
    REQUIRE(last != nullptr);
    CHECK_FALSE(last->visible());
    CHECK(last->label.empty());
    CHECK(ui.registry.find("Last") == nullptr);
}

TEST_CASE("Each frame replaces the previous frame's items") {
    HeadlessUi ui;
    ui.frame([] { ImGui::Button("Create new API Token"); });
    REQUIRE(ui.registry.find("Create new API Token") != nullptr);

    ui.frame([] { ImGui::Button("Back"); });
    CHECK(ui.registry.find("Create new API Token") == nullptr);
    CHECK(ui.registry.find("Back") != nullptr);
}

TEST_CASE("ImGui's debug tools can name items through the registry") {
    HeadlessUi ui;
    ui.frame([] { ImGui::Button("Save"); });
    const auto* save = ui.registry.find("Save");
    REQUIRE(save != nullptr);
    CHECK(std::string(ImGuiTestEngine_FindItemDebugLabel(ImGui::GetCurrentContext(), save->id)) == "Save");
    CHECK(ImGuiTestEngine_FindItemDebugLabel(ImGui::GetCurrentContext(), 12345) == nullptr);
    CHECK(&imt::ui::item_registry() == &ui.registry);
}

TEST_CASE("A detached registry stops recording, and a context may die before its registry") {
    ImGuiContext* context = ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;
    io.DisplaySize = ImVec2(400, 300);
    unsigned char* pixels = nullptr;
    int width = 0;
    int height = 0;
    io.Fonts->GetTexDataAsRGBA32(&pixels, &width, &height);

    ItemRegistry registry;
    registry.attach(context);
    CHECK(imt::ui::registry_of(context) == &registry);

    registry.detach();
    CHECK(imt::ui::registry_of(context) == nullptr);
    ImGui::NewFrame();
    ImGui::Button("Save");
    ImGui::Render();
    CHECK(registry.items().empty());

    registry.attach(context);
    ImGui::DestroyContext(context);
    CHECK(registry.context() == nullptr); // the registry's destructor has nothing left to undo
}
