#include "ui/app.h"

#include <algorithm>
#include <cmath>

#include "i18n/ui_text.h"
#include "imgui.h"
#include "imgui_internal.h"
#include "app/app_state_store.h"
#include "ui/platform.h"
#include "ui/screens/screens.h"

namespace puerta {

App::App() : App(platform::OpenStateStore()) {}

App::App(std::unique_ptr<KeyValueStore> store) : store_(std::move(store)) { Load(); }

App::~App() = default;

void App::Load() {
  session_ = std::make_unique<CanvassSession>(*store_, [] { return platform::DeviceSecret(); });
  flow_ = std::make_unique<CanvassFlow>(*session_);
  const Status loaded = LoadAppState(*store_, state_);
  // Nothing chosen on this device yet (or the choice cannot be read): speak
  // the phone's language. Not saved, so the app follows the phone until the
  // canvasser picks a language.
  if (!store_->Get(kAppStateKey) || !loaded) state_.interface_language = PickUiLanguage(platform::PreferredLanguages());
  if (!loaded) banner_ = std::string(Tr(UiText::kSettingsUnreadable, lang()));
  // Format 1 kept the canvasser's name among the preferences, which are not
  // sealed and survive an erase; the name now lives in the sealed profile.
  if (!state_.canvasser_name.empty()) {
    state_.canvasser_name.clear();
    SaveState();
  }
  if (Status s = session_->Resume(); !s) banner_ = std::string(Tr(UiText::kStoredTurfUnreadable, lang()));
  // The language picker names every language in its own script.
  for (const auto& language : UiLanguages()) NeedGlyphsOf(language.native_name);
  NeedGlyphsOfLanguage(state_.interface_language);
  AfterSessionChange();
}

// Where a canvasser lands after the session changed (opened, unlocked, wiped).
// The doorstep and the screens' memory start clean on every such change.
void App::AfterSessionChange() {
  flow_->Reset();
  memory_.Reset();
  fields_.clear();
  draft_written_.clear();
  switch (session_->stage()) {
    case CanvassSession::Stage::kNoTurf:
      nav_.ResetTo(Screen::kStart);
      break;
    case CanvassSession::Stage::kLocked:
      nav_.ResetTo(Screen::kUnlock);
      break;
    case CanvassSession::Stage::kReady: {
      // The sample's made-up organization, named in the language the script is spoken in.
      std::map<std::string, std::string> organization_said;
      if (OnPracticeTurf())
        for (const UiLanguage& l : UiLanguages())
          organization_said[std::string(l.code)] = Tr(UiText::kSampleOrganization, l.code);
      flow_->SetOrganizationSaid(std::move(organization_said));
      if (!session_->load_problems().empty())
        banner_ = FormatText(Tr(UiText::kRecordsDamaged, lang()), static_cast<unsigned>(session_->load_problems().size()));
      NeedGlyphsOfTurf();
      nav_.ResetTo(session_->canvasser().empty() ? Screen::kWelcome : Screen::kOverview);
      if (!session_->canvasser().empty()) RestoreDraft();
      break;
    }
  }
}

// A conversation that was in progress when the page was reloaded or the app
// locked: back to it, where the canvasser stood, with everything typed.
void App::RestoreDraft() {
  const auto draft = session_->LoadDraft();
  if (!draft) return;
  if (!flow_->RestoreDraft(*draft)) {
    session_->SaveDraft({});  // it fits this turf no more (another turf was opened)
    return;
  }
  draft_written_ = *draft;
  nav_.Push(Screen::kDoor);
  nav_.Push(Screen::kConversation);
}

// Called after every frame: the conversation in progress is kept in storage
// as it changes (a keystroke costs one small sealed write), so a killed tab
// or a lock loses nothing typed.
void App::PersistDraft() {
  if (session_->stage() != CanvassSession::Stage::kReady) return;
  std::string draft = flow_->Draft();
  if (draft == draft_written_) return;
  if (Status s = session_->SaveDraft(draft); !s) {
    banner_ = std::string(Tr(UiText::kStorageFull, lang()));
    return;
  }
  draft_written_ = std::move(draft);
}

void App::SaveState() {
  if (Status s = SaveAppState(*store_, state_); !s) banner_ = std::string(Tr(UiText::kStorageFull, lang()));
}

const TurfProgress& App::progress() const {
  if (progress_revision_ != session_->revision()) {
    const std::vector<ContactAttempt> current = session_->Current();
    const TurfPackage* turf = session_->turf();
    progress_ = ComputeProgress(walk_list(), current, turf ? turf->channel : Channel::kDoor);
    progress_revision_ = session_->revision();
  }
  return progress_;
}

unsigned App::DaysResultsUnsent() const {
  const auto oldest = session_->OldestUnsentUnix();
  if (!oldest) return 0;
  const std::int64_t days = (platform::NowUnixSeconds() - *oldest) / 86400;
  return days >= kWarnUnsentAfterDays ? static_cast<unsigned>(days) : 0;
}

const WalkList& App::walk_list() const {
  static const WalkList kEmpty;
  return session_->turf() ? session_->turf()->walk_list : kEmpty;
}

std::string App::StateJson() const { return AppStateToJson(state_); }

// --- glyphs -------------------------------------------------------------------

void App::NeedGlyphsOf(std::string_view text) { glyphs_.Add(text); }

void App::NeedGlyphsOfLanguage(std::string_view language) {
  for (int t = 0; t < static_cast<int>(UiText::kCount_); ++t) glyphs_.Add(Tr(static_cast<UiText>(t), language));
  for (int c = 0; c < static_cast<int>(ResultCode::kCount_); ++c)
    glyphs_.Add(ResultCodeLabel(static_cast<ResultCode>(c), language));
}

void App::NeedGlyphsOfTurf() {
  const TurfPackage* turf = session_->turf();
  if (!turf) return;
  theme_.UsePackageFont(turf->font.regular, turf->font.bold, turf->font.characters);
  glyphs_.Add(turf->name);
  glyphs_.Add(turf->organization);
  glyphs_.Add(turf->campaign);
  glyphs_.Add(session_->canvasser());
  for (const Household& h : turf->walk_list.households) {
    glyphs_.Add(h.address.display);
    for (const Voter& v : h.voters) {
      glyphs_.Add(v.first_name);
      glyphs_.Add(v.last_name);
    }
  }
  for (const Script& script : turf->scripts) {
    for (const auto& [lang, text] : script.title) glyphs_.Add(text);
    for (const Step& step : script.steps) {
      for (const auto& [lang, text] : step.text) glyphs_.Add(text);
      for (const Option& option : step.options)
        for (const auto& [lang, text] : option.label) glyphs_.Add(text);
    }
  }
  for (const auto& a : session_->Current()) glyphs_.Add(a.notes);
}

// --- the frame ------------------------------------------------------------------

bool App::PrepareFrame(float pixel_ratio) {
  if (!hooks_attached_) {
    widgets_.Attach(ImGui::GetCurrentContext());
    hooks_attached_ = true;
  }
  static constexpr float kTextScale[] = {1.0f, 1.2f, 1.45f};
  const ThemeOptions options{pixel_ratio, kTextScale[std::min<int>(state_.text_size, 2)], state_.high_contrast};
  return theme_.Update(options, glyphs_);
}

bool App::WantsAnimationFrame() const { return input_.Pending(); }

void App::Frame() {
  ImGuiIO& io = ImGui::GetIO();
  input_.ApplyTo(io);
  if (io.InputQueueCharacters.Size > 0) {
    // Typed text may bring new characters (a note in Chinese): draw them next frame.
    for (ImWchar c : io.InputQueueCharacters) {
      char utf8[5] = {};
      ImTextCharToUtf8(utf8, c);
      glyphs_.Add(utf8);
    }
  }
  ImGui::NewFrame();
  widgets_.BeginFrame();
  ApplyTouchScroll();
  drawing_ = true;
  DrawScreen();
  drawing_ = false;
  ImGui::Render();
  replacement_glyphs_ = theme_.CountReplacementGlyphs(ImGui::GetDrawData());
  if (replacement_glyphs_ > 0 && theme_.AwaitingCjkFont() && !io.WantTextInput) {
    // Text this frame needs is in the CJK font still on its way: show the
    // bare background rather than "?" (the frame after it arrives draws the
    // screen). Not while typing: the field stays, its new character follows.
    ImDrawData* draw_data = ImGui::GetDrawData();
    draw_data->CmdListsCount = 0;
    draw_data->TotalVtxCount = draw_data->TotalIdxCount = 0;
    held_for_font_ = true;
    widgets_.DiscardFrame();
  } else {
    held_for_font_ = false;
    widgets_.EndFrame();
  }
  // What the screen asked for while it was drawing, in the order it asked.
  std::vector<void (App::*)()> actions;
  actions.swap(deferred_);
  for (auto action : actions) (this->*action)();
  PersistDraft();
}

platform::TextInputKind App::text_input_kind() const {
  const std::string& input = widgets_.active_input();  // what ui::TextField said of the focused field
  for (auto kind : {platform::TextInputKind::kPin, platform::TextInputKind::kNumber})
    if (input == platform::TextInputKindName(kind)) return kind;
  return platform::TextInputKind::kText;
}

bool App::Defer(void (App::*action)()) {
  if (!drawing_) return false;
  deferred_.push_back(action);
  return true;
}

// A finger dragging a list scrolls the innermost scrollable window under it.
void App::ApplyTouchScroll() {
  const float delta = input_.scroll();
  if (delta == 0) return;
  ImGuiContext& g = *ImGui::GetCurrentContext();
  const ImVec2 at = input_.scroll_at();
  ImGuiWindow* target = nullptr;
  for (int i = g.Windows.Size - 1; i >= 0 && !target; --i) {
    ImGuiWindow* w = g.Windows[i];
    if (w->WasActive && !w->Hidden && w->OuterRectClipped.Contains(at)) target = w;
  }
  while (target && target->ScrollMax.y <= 0 && target->ParentWindow && (target->Flags & ImGuiWindowFlags_ChildWindow))
    target = target->ParentWindow;
  if (target && target->ScrollMax.y > 0) ImGui::SetScrollY(target, ImClamp(target->Scroll.y + delta, 0.0f, target->ScrollMax.y));
}

void App::DrawScreen() {
  ScreenContext ctx{*this, theme_, lang()};
  switch (screen()) {
    case Screen::kStart: DrawStartScreen(ctx); break;
    case Screen::kCreatePin: DrawCreatePinScreen(ctx); break;
    case Screen::kUnlock: DrawUnlockScreen(ctx); break;
    case Screen::kWelcome: DrawWelcomeScreen(ctx); break;
    case Screen::kOverview: DrawOverviewScreen(ctx); break;
    case Screen::kWalkList: DrawWalkListScreen(ctx); break;
    case Screen::kDoor: {  // one number of a call list, or one door
      const TurfPackage* turf = session_->turf();
      if (turf && turf->channel == Channel::kPhone) DrawCallScreen(ctx);
      else DrawDoorScreen(ctx);
      break;
    }
    case Screen::kConversation: DrawConversationScreen(ctx); break;
    case Screen::kStats: DrawStatsScreen(ctx); break;
    case Screen::kExport: DrawExportScreen(ctx); break;
    case Screen::kSettings: DrawSettingsScreen(ctx); break;
    case Screen::kMap: DrawMapScreen(ctx); break;
  }
}

// --- from the platform -------------------------------------------------------------

void App::OnBrowserBack() { Back(); }

void App::OnLocation(Location where) {
  where.taken_unix = platform::NowUnixSeconds();
  location_ = where;
  location_error_.clear();
}

void App::OnLocationError(std::string message) { location_error_ = std::move(message); }

void App::OnTurfNotDownloaded(unsigned http_status) {
  theme_.HoldFontRequests(false);
  banner_ = http_status == 0 ? std::string(Tr(UiText::kTurfNotDownloaded, lang()))
                             : FormatText(Tr(UiText::kTurfLinkGone, lang()), http_status);
}

void App::OnAssetReady(std::string_view name) { theme_.OnFontArrived(name); }

void App::OnAssetUnavailable(std::string_view name) { theme_.OnFontUnavailable(name); }

bool App::CheckInactivity(double now_seconds) {
  if (last_input_seconds_ == 0) last_input_seconds_ = now_seconds;
  if (!session_->encrypted() || session_->stage() != CanvassSession::Stage::kReady ||
      now_seconds - last_input_seconds_ < kLockAfterSeconds)
    return false;
  LockNow();
  last_input_seconds_ = now_seconds;
  return true;
}

}  // namespace puerta
