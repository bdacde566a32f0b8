// App: the canvasser's app, independent of where it runs. A front end (the
// desktop, the browser, the headless tests) owns the ImGui context and the
// renderer, and per frame calls PrepareFrame(), its backends' NewFrame, then
// Frame(). Screens live in ui/screens/, one file each; what they do to the
// canvass goes through the actions below, which persist before they answer.
#pragma once

#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "app/app_state.h"
#include "app/canvass_session.h"
#include "app/door_status.h"
#include "script/conversation.h"
#include "storage/key_value_store.h"
#include "ui/glyph_set.h"
#include "ui/input_queue.h"
#include "ui/theme.h"
#include "ui/widget_registry.h"

namespace puerta {

enum class Screen {
  kStart,         // no turf yet: open one, or practice with the sample
  kCreatePin,     // the turf asks for encryption: choose a PIN
  kUnlock,        // encrypted turf on the device: enter the PIN
  kWelcome,       // name, organization, interface language
  kOverview,      // progress and the way to everything else
  kWalkList,
  kDoor,
  kConversation,
  kStats,
  kExport,
  kSettings,
  kMap,
};

// Where the phone says it is (the map's "you are here").
struct Location {
  double lat = 0, lon = 0, accuracy_m = 0;
};

class App {
 public:
  App();                                              // the platform's store
  explicit App(std::unique_ptr<KeyValueStore> store);  // tests
  ~App();

  // --- the frame ---------------------------------------------------------------
  // Before the backends' NewFrame. Returns true when the font atlas changed and
  // the renderer must upload it again.
  bool PrepareFrame(float pixel_ratio);
  void Frame();  // NewFrame, the current screen, Render
  // More frames are needed without input (momentum scrolling, queued keys).
  bool WantsAnimationFrame() const;
  InputQueue& input() { return input_; }

  // --- from the platform ---------------------------------------------------------
  void OpenTurfBytes(std::string_view bytes, std::string_view source);
  void OnBrowserBack();
  void OnLocation(Location where);
  void OnLocationError(std::string message);
  void OnAssetReady(std::string_view name);
  void ShowProblem(std::string message) { banner_ = std::move(message); }
  // The front end reports input as it comes, and checks about once a second:
  // an encrypted turf locks after kLockAfterSeconds without input. Returns
  // true when it locked (the screen changed).
  void NoteInput(double now_seconds) { last_input_seconds_ = now_seconds; }
  bool CheckInactivity(double now_seconds);
  static constexpr double kLockAfterSeconds = 5 * 60;

  // --- actions (screens call these; tests may too) ---------------------------------
  void Push(Screen screen);
  void Back();
  void ResetTo(Screen screen);
  Screen screen() const { return stack_.back(); }
  int depth() const { return static_cast<int>(stack_.size()); }

  void OpenSampleTurf();
  // The bundled sample turf, read once, for the start screen's preview (null if missing).
  const TurfPackage* SamplePreview();
  bool CreatePin(const std::string& pin, const std::string& again);
  bool Unlock(const std::string& pin);
  void LockNow();
  void WipeDevice();
  void SetCanvasserName(const std::string& name);
  void SetInterfaceLanguage(const std::string& code);
  void SetTextSize(int step);
  void SetHighContrast(bool on);
  void SetPractice(bool on);

  void OpenDoor(std::uint32_t household);
  void RecordDoorResult(ResultCode code, const FollowUp& follow_up = {});
  void StartConversation(std::uint32_t voter);
  // Which of the turf's scripts a conversation uses (the first by default).
  void ChooseScript(std::size_t index) { script_index_ = index; }
  std::size_t script_index() const { return script_index_; }
  void SaveConversation();
  void GoToNextDoor();
  void Share(const std::string& format);  // "csv", "jsonl", "van"

  // --- what the screens read ---------------------------------------------------------
  const AppState& state() const { return state_; }
  const CanvassSession& session() const { return *session_; }
  const TurfProgress& progress() const { return progress_; }
  const WalkList& walk_list() const;
  const Theme& theme() const { return theme_; }
  const WidgetRegistry& widgets() const { return widgets_; }
  const std::string& banner() const { return banner_; }
  const std::string& notice() const { return notice_; }     // a passing confirmation ("Saved")
  const std::string& pin_error() const { return pin_error_; }
  std::optional<std::uint32_t> door() const { return door_; }
  const Household* CurrentHousehold() const;
  const Voter* CurrentVoter() const;
  Conversation* conversation() { return conversation_.get(); }
  std::string& notes() { return notes_; }
  // What is being typed into a screen's text field; every field is emptied
  // whenever the screen changes (a PIN never lingers in memory).
  std::string& field(const std::string& name) { return fields_[name]; }
  bool conversation_saved() const { return conversation_saved_; }
  const std::optional<Location>& location() const { return location_; }
  const std::string& location_error() const { return location_error_; }
  std::string StateJson() const;
  const char* lang() const { return state_.interface_language.c_str(); }

 private:
  void Load();
  void SaveState();
  void AfterSessionChange();
  void RecomputeProgress();
  void NeedGlyphsOf(std::string_view text);
  void NeedGlyphsOfTurf();
  void NeedGlyphsOfLanguage(std::string_view language);
  ContactAttempt NewAttempt(const Voter* voter) const;
  void DrawScreen();
  void ApplyTouchScroll();

  std::unique_ptr<KeyValueStore> store_;
  std::unique_ptr<CanvassSession> session_;
  AppState state_;
  std::vector<Screen> stack_{Screen::kStart};
  TurfProgress progress_;
  std::string banner_;   // a problem the canvasser must see (storage full, damaged data)
  std::string notice_;   // a confirmation that fades with the next action
  std::string pin_error_;
  std::string pending_turf_;  // a package waiting for its PIN to be chosen
  std::string turf_after_unlock_;  // a package opened while locked
  std::unique_ptr<TurfPackage> sample_preview_;
  bool sample_preview_tried_ = false;
  std::map<std::string, std::string> fields_;
  std::optional<std::uint32_t> door_;
  std::optional<std::uint32_t> voter_;
  std::size_t script_index_ = 0;
  std::unique_ptr<Conversation> conversation_;
  std::string notes_;
  bool conversation_saved_ = false;
  std::optional<Location> location_;
  std::string location_error_;
  double last_input_seconds_ = 0;

  Theme theme_;
  GlyphSet glyphs_;
  WidgetRegistry widgets_;
  InputQueue input_;
  bool hooks_attached_ = false;
};

}  // namespace puerta
