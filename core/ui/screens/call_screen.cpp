// Call: one number of a call list (turf/call_list.h) in place of the door
// screen. A big Call button hands the number to the phone's dialer; then, as
// at a door, a tap on whoever answered starts the script in their language
// (switching person on the same number is the conversation's "talk with
// someone else"), or a tap on what happened records it for everyone on the
// number not talked with yet and the next number opens at once. Call back
// asks when; Language barrier asks which language was heard.
#include <string>
#include <vector>

#include "i18n/ui_text.h"
#include "imgui.h"
#include "texting/message_links.h"
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
  if (ui::PrimaryButton(ctx.theme, label.c_str(), -1, 72)) platform::OpenDialer(texting::TelLink(number));
  ImGui::Spacing();
}

// The phone's result codes offered on this turf, but the conversation.
std::vector<ResultCode> CallResults(const TurfPackage& turf) {
  std::vector<ResultCode> codes;
  for (ResultCode code : turf.result_codes.Offered(Channel::kPhone))
    if (code != ResultCode::kCanvassed && Info(code).needs == FollowUpNeed::kNone) codes.push_back(code);
  return codes;
}

// The last few calls with a result, newest first: a tap on one asks what
// really happened (a slip of the finger at Save & next is corrected here,
// as a new version of the same attempt).
void DrawLastCalls(ScreenContext& ctx) {
  const std::vector<ContactAttempt> calls = ctx.app.CorrectableCalls();
  if (calls.empty()) return;
  ImGui::Dummy(ImVec2(0, 8));
  ui::TextColored(ctx.theme.colors().muted, ctx.T(UiText::kLastCalls));
  const TurfPackage& turf = *ctx.app.session().turf();
  for (const ContactAttempt& a : calls) {
    const std::string label = a.voter_name + "  ·  " + turf.result_codes.Label(a.result, ctx.lang) + "##last-call-" + a.attempt_id;
    if (ui::SecondaryButton(ctx.theme, label.c_str(), -1, 52)) ctx.app.memory().correcting_call = a.attempt_id;
  }
}

// "What really happened?": the call results; one tap records the correction.
void DrawCorrection(ScreenContext& ctx) {
  std::string& id = ctx.app.memory().correcting_call;
  std::string who;
  for (const ContactAttempt& a : ctx.app.CorrectableCalls())
    if (a.attempt_id == id) who = a.voter_name;
  if (who.empty()) {  // no longer one of the last calls
    id.clear();
    return;
  }
  ui::Paragraph(ctx.theme.bold, ctx.theme.colors().text, FillText(ctx.T(UiText::kCorrectCall), who));
  const TurfPackage& turf = *ctx.app.session().turf();
  const std::vector<ResultCode> codes = CallResults(turf);
  std::vector<std::string> labels;
  for (ResultCode code : codes)
    labels.push_back(turf.result_codes.Label(code, ctx.lang) + "##correct-" + std::string(Info(code).key));
  const ui::ButtonRows rows(ctx.theme, labels, 2, ImGui::GetStyle().ItemSpacing.x);
  for (std::size_t i = 0; i < codes.size(); ++i) {
    rows.Before(static_cast<int>(i));
    if (ui::SecondaryButton(ctx.theme, labels[i].c_str(), rows.width(), 56)) {
      ctx.app.CorrectCall(id, codes[i]);
      return;
    }
  }
  ImGui::Spacing();
  if (ui::SecondaryButton(ctx.theme, (ctx.T(UiText::kCancel) + "##cancel-correction").c_str())) id.clear();
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
    if (!ctx.app.memory().correcting_call.empty()) {
      DrawCorrection(ctx);
    } else if (asking && Info(*asking).needs == FollowUpNeed::kTime) {
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
      DrawLastCalls(ctx);
    }
    if (asking) {
      ImGui::Spacing();
      if (ui::SecondaryButton(ctx.theme, (ctx.T(UiText::kCancel) + "##cancel").c_str())) ctx.app.flow().CancelAsking();
    }
  }
  EndScreen();
}

}  // namespace puerta
