// App: the canvasser's app, independent of where it runs. A front end (the
// desktop, the browser, the headless tests) owns the ImGui context and the
// renderer, and per frame calls PrepareFrame(), its backends' NewFrame, then
// Frame(). Screens live in ui/screens/, one file each.
#pragma once

#include <memory>
#include <string>

#include "app/app_state.h"
#include "model/walk_list.h"
#include "storage/key_value_store.h"
#include "ui/theme.h"
#include "ui/widget_registry.h"

namespace puerta {

enum class Screen { kHome, kWalkList };

class App {
 public:
  // Loads saved state and the sample walk list through the platform seam.
  App();
  // For tests: a given store instead of the platform's.
  explicit App(std::unique_ptr<KeyValueStore> store);

  // Before the backends' NewFrame: applies scale and settings. Returns true
  // when the font atlas changed and the renderer must upload it again.
  bool PrepareFrame(float pixel_ratio);

  // NewFrame, all screens, Render. The draw data is then ImGui::GetDrawData().
  void Frame();

  // True while something animates and more frames are needed without input.
  bool WantsAnimationFrame() const { return false; }

  const AppState& state() const { return state_; }
  const WalkList& walk_list() const { return walk_list_; }
  Screen screen() const { return screen_; }
  const WidgetRegistry& widgets() const { return widgets_; }
  const std::string& banner() const { return banner_; }
  std::string StateJson() const;

  // Screen actions (the screens call these; tests may too).
  void StartTurf();
  void SetInterfaceLanguage(const std::string& code);
  void GoTo(Screen screen) { screen_ = screen; }

  Theme& theme() { return theme_; }

 private:
  void Load();
  void Save();

  std::unique_ptr<KeyValueStore> store_;
  AppState state_;
  WalkList walk_list_;
  std::string turf_name_;
  Screen screen_ = Screen::kHome;
  std::string banner_;  // a problem the canvasser must see ("Storage is full ...")
  Theme theme_;
  WidgetRegistry widgets_;
  bool hooks_attached_ = false;
};

}  // namespace puerta
