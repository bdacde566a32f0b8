// App: the canvasser's app, independent of where it runs. A front end (the
// desktop, the browser, the headless tests) owns the ImGui context and the
// renderer, and per frame calls PrepareFrame(), its backends' NewFrame, then
// Frame(). Screens live in ui/screens/, one file each; what they do to the
// canvass goes through the actions below, which persist before they answer.
//
// The App wires together the pieces that each own one thing:
//   CanvassSession  the turf and every attempt, in storage (app/canvass_session.h)
//   CanvassFlow     the doorstep: door, person, conversation, typed text (app/canvass_flow.h)
//   Navigator       the screen stack and the way back (ui/navigator.h)
//   ScreenMemory    what screens remember between frames (ui/screen_memory.h)
//   AppState        the device's preferences (app/app_state.h)
// Actions are split by subject: app_turf.cpp (opening, lock, wipe,
// preferences), app_pin.cpp (choosing and entering the PIN), app_doorstep.cpp (doors, conversations, Back), app_results.cpp
// (sending results, receipts).
#pragma once

#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "app/app_state.h"
#include "app/canvass_flow.h"
#include "app/canvass_session.h"
#include "app/door_status.h"
#include "script/conversation.h"
#include "storage/key_value_store.h"
#include "ui/glyph_set.h"
#include "ui/input_queue.h"
#include "ui/navigator.h"
#include "ui/platform.h"
#include "ui/screen_memory.h"
#include "ui/theme.h"
#include "ui/widget_registry.h"

namespace puerta {

// Where the phone says it is (the map's "you are here", and the one reading
// an attempt is stamped with).
using Location = LocationFix;

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
  // Replacement glyphs (a character no font has) the last frame drew; when
  // the CJK font was still on its way, that frame was held back instead
  // (nothing but the background shown) and held_for_font() says so.
  int replacement_glyphs() const { return replacement_glyphs_; }
  bool held_for_font() const { return held_for_font_; }
  InputQueue& input() { return input_; }

  // --- from the platform ---------------------------------------------------------
  // A package as it came: plain JSON, or encrypted (crypto/package_cipher.h)
  // with `key_text` from the link's #k=. A package that does not open says
  // why in the canvasser's language and changes nothing on the phone.
  void OpenTurfBytes(std::string_view bytes, std::string_view source, std::string_view key_text = {});
  // A turf link is downloading (browser): its package may carry the CJK font
  // the screens need, so none is fetched until it has come (OpenTurfBytes) or
  // failed (OnTurfNotDownloaded, or false here: nothing came and nothing is wrong).
  void OnTurfDownloading(bool downloading) { theme_.HoldFontRequests(downloading); }
  void OnBrowserBack();
  void OnLocation(Location where);  // `where.taken_unix` is set here
  void OnLocationError(std::string message);  // the browser's reason, kept for tests; the map says kLocationOff
  void OnAssetReady(std::string_view name);
  void OnAssetUnavailable(std::string_view name);  // could not be fetched (offline, never kept)
  // The turf of the page's link could not be fetched: the server's HTTP
  // status, or 0 when nothing came back (offline).
  void OnTurfNotDownloaded(unsigned http_status);
  // The front end reports input as it comes, and checks about once a second:
  // an encrypted turf locks after kLockAfterSeconds without input. Returns
  // true when it locked (the screen changed).
  void NoteInput(double now_seconds) { last_input_seconds_ = now_seconds; }
  bool CheckInactivity(double now_seconds);
  static constexpr double kLockAfterSeconds = 5 * 60;
  // After this many wrong PINs the unlock screen says plainly how to start over.
  static constexpr unsigned kOfferEraseAfterWrongPins = 10;

  // --- actions (screens call these; tests may too) ---------------------------------
  void Push(Screen screen);
  // The header's Back and the phone's back alike: in a conversation one
  // question back (asking before answers would be lost), at a door waiting
  // for a follow-up detail back to the door's results, else one screen back.
  void Back();
  Screen screen() const { return nav_.screen(); }
  int depth() const { return nav_.depth(); }

  void OpenSampleTurf();
  // The bundled sample turf, read once, for the start screen's preview (null if missing).
  const TurfPackage* SamplePreview();
  // A turf's name and organization as the screens show them: the sample's
  // in the interface language (its package holds English, as data), any
  // other turf's as its organizer wrote them.
  std::string TurfName(const TurfPackage& turf);
  std::string TurfOrganization(const TurfPackage& turf);
  bool CreatePin(const std::string& pin, const std::string& again);
  bool Unlock(const std::string& pin);
  void LockNow();
  void WipeDevice();
  void SetCanvasserName(const std::string& name);
  void SetInterfaceLanguage(const std::string& code);
  void SetTextSize(int step);
  void SetHighContrast(bool on);
  void SetPractice(bool on);
  // The turf held is the bundled sample: everything recorded on it is practice.
  bool OnPracticeTurf();
  // Practice recorded on this phone (attempts on the sample turf, or in practice mode).
  std::size_t PracticeAttempts();
  // Settings → "Clear practice": those attempts leave the phone; real ones stay.
  void ClearPractice();

  void OpenDoor(std::uint32_t household);
  // Applies to the people at the door not talked with yet (see CanvassFlow).
  void RecordDoorResult(ResultCode code, const FollowUp& follow_up = {});
  void StartConversation(std::uint32_t voter);
  void SaveConversation();
  // "Discard" after Back at the first question: the answers are dropped.
  void LeaveConversation();
  void GoToNextDoor();
  // A call list's "Skip this number": nothing is recorded; the next number
  // not tried yet after this one opens (this one stays to do).
  void SkipToNextDoor();
  // A call list's last calls that can still be corrected (results, not
  // conversations, whose answers a new result would drop): the latest
  // version of the kCorrectableCalls calls recorded last, newest first.
  static constexpr std::size_t kCorrectableCalls = 3;
  std::vector<ContactAttempt> CorrectableCalls() const;
  // A new version of that call with `code` (no follow-up), persisted before
  // the screen says so. Only for one of CorrectableCalls().
  void CorrectCall(const std::string& attempt_id, ResultCode code);
  // A call list's next round: the numbers ready to be called again now
  // (app/door_status.h, the package's cooldown), and the first one opened.
  std::vector<std::uint32_t> ReadyToCallAgain() const;
  void CallAgain();
  void Share(const std::string& format);  // "csv", "xlsx" (where platform::Workbooks() has a writer), "jsonl", "van"
  // The receipt code the organizer gave, as typed: the results it speaks for
  // are marked received (in storage first), or the screen says why not.
  void EnterReceipt(const std::string& typed);
  void ShowMyLocationOnMap();

  // --- what the screens read ---------------------------------------------------------
  const AppState& state() const { return state_; }
  const CanvassSession& session() const { return *session_; }
  // Derived from the attempts: recomputed when the session's revision moves.
  const TurfProgress& progress() const;
  const WalkList& walk_list() const;
  const Theme& theme() const { return theme_; }
  const WidgetRegistry& widgets() const { return widgets_; }
  const std::string& banner() const { return banner_; }
  const std::string& notice() const { return notice_; }     // a passing confirmation ("Saved")
  const std::string& pin_error() const { return pin_error_; }
  CanvassFlow& flow() { return *flow_; }
  const CanvassFlow& flow() const { return *flow_; }
  ScreenMemory& memory() { return memory_; }
  std::optional<std::uint32_t> door() const { return flow_->door(); }
  const Household* CurrentHousehold() const { return flow_->household(); }
  const Voter* CurrentVoter() const { return flow_->voter(); }
  Conversation* conversation() { return flow_->conversation(); }
  // What is being typed into a screen's text field (PIN, name); every field
  // is emptied whenever the screen changes (a PIN never lingers in memory).
  // Answers typed in a conversation live in the CanvassFlow instead.
  std::string& field(const std::string& name) { return fields_[name]; }
  bool conversation_saved() const { return flow_->saved(); }
  // What the text field with the focus takes (a PIN: digits, nothing remembered).
  platform::TextInputKind text_input_kind() const;
  // The turf's last day is over (turf/turf_expiry.h): no door opens for
  // recording any more, and the overview says to send results and ask for a
  // new turf. Sending, and saving what was already open, still work.
  bool TurfExpired() const;
  // Results recorded this many whole days ago or more have not been sent yet (0: none waiting that long).
  unsigned DaysResultsUnsent() const;
  static constexpr unsigned kWarnUnsentAfterDays = 3;
  // Results (practice left out) no receipt says the organizer has, and those one does.
  unsigned ResultsNotReceived();
  unsigned ResultsReceived();
  const std::optional<Location>& location() const { return location_; }
  const std::string& location_error() const { return location_error_; }
  std::string StateJson() const;
  const char* lang() const { return state_.interface_language.c_str(); }

 private:
  void Load();
  void SaveState();
  void AfterSessionChange();
  void RestoreDraft();
  void PersistDraft();
  AttemptStamp Stamp() const;
  void SayRecorded(const Status& failure, std::string what);
  // Screens call actions in the middle of drawing. An action that frees what
  // the screen is still drawing from (Back ends the conversation, a wipe drops
  // the turf) runs once the screen is done: Defer() queues it and says so.
  bool Defer(void (App::*action)());
  void NeedGlyphsOf(std::string_view text);
  void NeedGlyphsOfTurf();
  void NeedGlyphsOfLanguage(std::string_view language);
  void DrawScreen();
  void ApplyTouchScroll();

  std::unique_ptr<KeyValueStore> store_;
  std::unique_ptr<CanvassSession> session_;
  std::unique_ptr<CanvassFlow> flow_;
  std::string draft_written_;  // what storage holds as the draft, to write only changes
  AppState state_;
  Navigator nav_;
  ScreenMemory memory_;
  mutable TurfProgress progress_;
  mutable std::uint64_t progress_revision_ = UINT64_MAX;
  std::string banner_;   // a problem the canvasser must see (storage full, damaged data)
  std::string notice_;   // a confirmation that fades with the next action
  std::string pin_error_;
  std::string pending_turf_;  // a package waiting for its PIN to be chosen
  std::string turf_after_unlock_;  // a package opened while locked, as it came
  std::string turf_key_after_unlock_;  // and its link's key
  std::unique_ptr<TurfPackage> sample_preview_;
  bool sample_preview_tried_ = false;
  std::map<std::string, std::string> fields_;
  std::optional<Location> location_;
  std::string location_error_;
  double last_input_seconds_ = 0;

  Theme theme_;
  GlyphSet glyphs_;
  WidgetRegistry widgets_;
  InputQueue input_;
  bool hooks_attached_ = false;
  int replacement_glyphs_ = 0;
  bool held_for_font_ = false;
  bool drawing_ = false;
  std::vector<void (App::*)()> deferred_;
};

}  // namespace puerta
