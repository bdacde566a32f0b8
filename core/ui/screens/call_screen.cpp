// Call: one number of a call list (turf/call_list.h) in place of the door
// screen. A big Call button hands the number to the phone's dialer; then, as
// at a door, a tap on whoever answered starts the script in their language
// (switching person on the same number is the conversation's "talk with
// someone else"), or a tap on what happened records it for everyone on the
// number not talked with yet and the next number opens at once. Call back
// asks when; Language barrier asks which language was heard.
#include <string>

#include "i18n/ui_text.h"
#include "imgui.h"
#include "ui/app.h"
#include "ui/platform.h"
#include "ui/screens/screens.h"
#include "ui/widgets.h"

namespace puerta {
namespace {

// The number the line dials: every voter of a call list's entry has it, in
// E.164 (the entry is made by grouping on it).
std::string NumberOf(const Household& h) { return h.voters.empty() ? std::string() : h.voters.front().phone; }

void DrawCallButton(ScreenContext& ctx, const std::string& number) {
  if (number.empty()) return;
  const std::string label = FillText(ctx.T(UiText::kCallNumber), number) + "##call";
  // tel: with E.164 needs no encoding: '+' and digits only.
  if (ui::PrimaryButton(ctx.theme, label.c_str(), -1, 72)) platform::OpenDialer("tel:" + number);
  ImGui::Spacing();
}

}  // namespace

void DrawCallScreen(ScreenContext& ctx) {
  const Household* h = ctx.app.CurrentHousehold();
  if (!h) {
    ctx.app.Back();
    return;
  }
  const std::optional<ResultCode> asking = ctx.app.flow().asking();
  const std::string number = NumberOf(*h);
  if (BeginScreen("##call", ctx, number)) {
    if (asking && Info(*asking).needs == FollowUpNeed::kTime) {
      DrawAskWhen(ctx);
    } else if (asking) {
      DrawAskLanguage(ctx);
    } else {
      DrawCallButton(ctx, number);
      DrawScriptChoice(ctx);
      DrawPeople(ctx, *h, UiText::kWhoAnswered);
      DrawResults(ctx, Channel::kPhone, {UiText::kCallResults, UiText::kEveryoneOnLineTalked, UiText::kNextCall});
      ImGui::Spacing();
      if (ui::SecondaryButton(ctx.theme, (ctx.T(UiText::kSkipNumber) + "##skip-number").c_str(), -1, 52))
        ctx.app.SkipToNextDoor();
    }
    if (asking) {
      ImGui::Spacing();
      if (ui::SecondaryButton(ctx.theme, (ctx.T(UiText::kCancel) + "##cancel").c_str())) ctx.app.flow().CancelAsking();
    }
  }
  EndScreen();
}

}  // namespace puerta
