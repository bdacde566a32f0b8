// Every screen is a function that draws one full frame of the app. They read
// the App and call its actions; they keep no state of their own beyond what
// a text field needs while it is being typed into.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "i18n/ui_text.h"
#include "results/result_code.h"
#include "ui/screen_memory.h"
#include "ui/theme.h"

namespace puerta {

class App;
struct Building;
struct Household;

struct ScreenContext {
  App& app;
  const Theme& theme;
  const char* lang;
  std::string T(UiText text) const { return std::string(Tr(text, lang)); }
  // A translated text with its numbers filled in ("Step %u of %u").
  std::string Tf(UiText text, unsigned a, unsigned b = 0) const;
};

// Opens the full-screen window every screen draws in: a centred column at
// most 560 px wide (a phone fills it; a desktop window shows a column), a
// header with Back (when there is somewhere to go back to) and the title, and
// the banner when there is something the canvasser must see.
bool BeginScreen(const char* id, const ScreenContext& ctx, const std::string& title = {});
void EndScreen();
// The height left in the screen's column (for lists that fill it).
float RemainingHeight(float footer = 0);

void DrawStartScreen(ScreenContext& ctx);
void DrawCreatePinScreen(ScreenContext& ctx);
void DrawUnlockScreen(ScreenContext& ctx);
void DrawWelcomeScreen(ScreenContext& ctx);
void DrawOverviewScreen(ScreenContext& ctx);
void DrawWalkListScreen(ScreenContext& ctx);
void DrawDoorScreen(ScreenContext& ctx);
void DrawConversationScreen(ScreenContext& ctx);
void DrawStatsScreen(ScreenContext& ctx);
void DrawExportScreen(ScreenContext& ctx);
void DrawSettingsScreen(ScreenContext& ctx);
void DrawMapScreen(ScreenContext& ctx);
// A call list's number in place of the door screen (turf channel phone).
void DrawCallScreen(ScreenContext& ctx);

// Shared pieces.
// At a door or on a call, for the result being asked about (CanvassFlow::asking):
// "When?" (Come back, Call back) or "Which language?" (Language barrier);
// the answer records the result.
void DrawAskWhen(ScreenContext& ctx);
void DrawAskLanguage(ScreenContext& ctx);
// Several scripts in the turf (a pledge and an issue survey): pick one.
void DrawScriptChoice(ScreenContext& ctx);
// The people at the door or on the line, `hint` above them: a tap starts the
// conversation; those already talked with say so (a result will not touch them).
void DrawPeople(ScreenContext& ctx, const Household& h, UiText hint);
// What happened when nobody (else) could talk, as buttons of `channel`'s
// result codes, for everyone not talked with yet; once everyone was, the
// words' `everyone_talked_with` and a button on to the next door or number.
struct ResultWords {
  UiText header, everyone_talked_with, next;
};
void DrawResults(ScreenContext& ctx, Channel channel, const ResultWords& words);
void DrawLanguagePicker(ScreenContext& ctx);
// "Erase this phone's copy": a button, then the plain warning and a second,
// deliberate tap (or Cancel). When `not_received` results never reached the
// organizer, a warning naming how many and "Erase anyway" come first: the
// canvasser says yes twice. `step` keeps which part is showing.
void DrawWipeWithConfirmation(ScreenContext& ctx, WipeStep& step, UiText button, unsigned not_received = 0);
// Two buttons, On and Off, the current one filled.
void DrawOnOff(ScreenContext& ctx, const char* id, bool value, void (App::*set)(bool));
// A day (Today, Tomorrow, the six days after) and an hour (9 am to 8 pm) picked
// with taps into `value`, which holds what a datetime answer holds: "2026-11-22"
// or "2026-11-22T18:00" (the turf's offset), or nothing yet. Chips are
// "##day-0" (today) … "##day-7" and "##hour-9" … "##hour-20". True when it changed.
bool DrawDateTimePicker(ScreenContext& ctx, std::string& value);
// "12 Dec", "12月12日", "Dis 12": a day of a month (1-12) as the interface
// language writes a short date.
std::string DayAndMonthLabel(const ScreenContext& ctx, int month, int day);
// "6 pm", "下午6点": an hour of the day (0-23) as the interface language says it.
std::string HourLabel(const ScreenContext& ctx, int hour);
// The map: a dot drawn at (x, y) for a stop, and which doors a tap means.
struct MapStop {
  float x = 0, y = 0;
  const Building* building = nullptr;
};
inline constexpr float kMapReach = 24.0f;         // CSS px around the finger
inline constexpr float kMapClearlyNearer = 12.0f;  // this much nearer than the next: that one alone
std::vector<std::uint32_t> DoorsWithinReach(const std::vector<MapStop>& stops, float x, float y);
// "ES", "中文": a voter's preferred language as a chip label.
std::string LanguageChip(const std::string& code);

}  // namespace puerta
