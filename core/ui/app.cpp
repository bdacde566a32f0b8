#include "ui/app.h"

#include "imgui.h"
#include "storage/app_state_store.h"
#include "ui/platform.h"
#include "ui/screens/screens.h"
#include "walklist/import.h"

namespace puerta {

App::App() : App(platform::OpenStateStore()) {}

App::App(std::unique_ptr<KeyValueStore> store) : store_(std::move(store)) { Load(); }

void App::Load() {
  if (Status s = LoadAppState(*store_, state_); !s) banner_ = s.message();
  constexpr std::string_view kSample = "sample/walk-list.csv";
  if (auto bytes = platform::ReadAsset(kSample)) {
    ImportResult imported = ImportVoterFile(kSample, *bytes);
    if (imported.usable()) walk_list_ = std::move(imported.list);
    else banner_ = imported.fatal;
  } else {
    banner_ = "The sample walk list is missing from this build (" + std::string(kSample) + ")";
  }
  turf_name_ = "Sample turf";
  if (state_.times_started > 0) screen_ = Screen::kHome;
}

void App::Save() {
  if (Status s = SaveAppState(*store_, state_); !s) banner_ = "Could not save on this device: " + s.message();
}

void App::StartTurf() {
  ++state_.times_started;
  state_.last_started_unix = platform::NowUnixSeconds();
  Save();
  screen_ = Screen::kWalkList;
}

void App::SetInterfaceLanguage(const std::string& code) {
  state_.interface_language = code;
  Save();
}

std::string App::StateJson() const { return AppStateToJson(state_); }

bool App::PrepareFrame(float pixel_ratio) {
  if (!hooks_attached_) {
    widgets_.Attach(ImGui::GetCurrentContext());
    hooks_attached_ = true;
  }
  return theme_.Update({pixel_ratio, 1.0f, false});
}

void App::Frame() {
  ImGui::NewFrame();
  widgets_.BeginFrame();
  ScreenContext ctx{*this, theme_, state_, walk_list_, turf_name_};
  switch (screen_) {
    case Screen::kHome: DrawHomeScreen(ctx); break;
    case Screen::kWalkList: DrawWalkListScreen(ctx); break;
  }
  ImGui::Render();
  widgets_.EndFrame();
}

}  // namespace puerta
