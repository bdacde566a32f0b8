// Conversation: the script, one step per screen, in the voter's language,
// with answers as big buttons. The language toggle switches mid-conversation
// and keeps every answer. At the end: notes, Save, then on to the next door.
#include <algorithm>
#include <map>

#include "i18n/text_conventions.h"
#include "imgui.h"
#include "script/condition.h"
#include "ui/app.h"
#include "ui/screens/screens.h"
#include "ui/widgets.h"

namespace puerta {
namespace {

void DrawLanguageToggle(ScreenContext& ctx, Conversation& c) {
  const auto& languages = c.script().languages;
  if (languages.size() < 2) return;
  ui::TextColored(ctx.theme.colors().muted, ctx.T(UiText::kScriptLanguage));
  std::vector<std::string> labels;
  for (const std::string& language : languages) labels.push_back(LanguageChip(language) + "##script-lang-" + language);
  const ui::ButtonRows rows(ctx.theme, labels, static_cast<int>(labels.size()));
  for (std::size_t i = 0; i < languages.size(); ++i) {
    rows.Before(static_cast<int>(i));
    if (ui::ChoiceButton(ctx.theme, labels[i].c_str(), c.language() == languages[i], rows.width(), Theme::kTouchTarget))
      c.SetLanguage(languages[i]);
  }
}

bool IsChosen(const Conversation& c, const Step& step, const std::string& value) {
  const auto* answer = c.AnswerOf(step.id);
  return answer && std::find(answer->begin(), answer->end(), value) != answer->end();
}

void DrawAnswers(ScreenContext& ctx, CanvassFlow& flow, Conversation& c, const Step& step) {
  const float gap = ImGui::GetStyle().ItemSpacing.x;
  const std::string& sid = step.id;
  switch (step.kind) {
    case StepKind::kInfo:
      break;
    case StepKind::kSingleChoice:
      for (const Option& o : step.options)
        if (ui::ChoiceButton(ctx.theme, (c.Label(o) + "##opt-" + o.id).c_str(), IsChosen(c, step, o.id)))
          flow.AnswerAndNext(step, o.id);
      break;
    case StepKind::kMultipleChoice:
      for (const Option& o : step.options) {
        const bool chosen = IsChosen(c, step, o.id);
        if (ui::ChoiceButton(ctx.theme, (c.Label(o) + "##opt-" + o.id).c_str(), chosen, -1, 56,
                             chosen ? ui::Icon::kBoxChecked : ui::Icon::kBoxEmpty))
          flow.Toggle(step, o.id);
      }
      break;
    case StepKind::kYesNo: {
      // In the question's language: the canvasser reads them out, or the
      // person at the door taps one.
      const float half = (ImGui::GetContentRegionAvail().x - gap) / 2;
      const std::string yes(Tr(UiText::kYes, c.language())), no(Tr(UiText::kNo, c.language()));
      if (ui::ChoiceButton(ctx.theme, (yes + "##yes").c_str(), IsChosen(c, step, "yes"), half, 72))
        flow.AnswerAndNext(step, "yes");
      ImGui::SameLine();
      if (ui::ChoiceButton(ctx.theme, (no + "##no").c_str(), IsChosen(c, step, "no"), half, 72))
        flow.AnswerAndNext(step, "no");
      break;
    }
    case StepKind::kScale: {
      const float w = (ImGui::GetContentRegionAvail().x - 4 * gap) / 5;
      for (int i = 1; i <= 5; ++i) {
        if (i > 1) ImGui::SameLine();
        const std::string v = std::to_string(i);
        if (ui::ChoiceButton(ctx.theme, (v + "##scale-" + v).c_str(), IsChosen(c, step, v), w, 72))
          flow.AnswerAndNext(step, v);
      }
      break;
    }
    case StepKind::kDateTime: {  // picked, never typed: taken on Next like typed text
      std::string& value = flow.Typed(sid);
      if (value.empty() && c.AnswerOf(sid)) value = c.AnswerOf(sid)->front();
      DrawDateTimePicker(ctx, value);
      break;
    }
    case StepKind::kNumber:
    case StepKind::kFreeText: {
      std::string& text = flow.Typed(sid);
      if (text.empty() && c.AnswerOf(sid)) text = c.AnswerOf(sid)->front();
      ui::TextField(ctx.theme, ("##answer-" + sid).c_str(), &text, "", step.kind == StepKind::kFreeText,
                    step.kind == StepKind::kNumber);
      break;
    }
  }
}

// A typed answer the step refused, said in the canvasser's words (the core's
// reason is for logs and organizers).
std::string AnswerProblem(const ScreenContext& ctx, const Step& step) {
  switch (step.kind) {
    case StepKind::kNumber:
      return ctx.T(ParseNumber(ctx.app.flow().Typed(step.id)) ? UiText::kAnswerOutOfRange : UiText::kAnswerNotNumber);
    case StepKind::kDateTime: return ctx.T(UiText::kAnswerBadDate);
    default: return ctx.T(UiText::kAnswerNotTaken);
  }
}

void DrawStep(ScreenContext& ctx, CanvassFlow& flow, Conversation& c, const Step& step) {
  const auto visible = c.VisibleSteps();
  const auto at = std::find(visible.begin(), visible.end(), &step) - visible.begin();
  ui::TextColored(ctx.theme.colors().muted,
                  ctx.Tf(UiText::kStepOf, static_cast<unsigned>(at + 1), static_cast<unsigned>(visible.size())));
  ui::ProgressBar(ctx.theme, float(at + 1) / float(std::max<std::size_t>(visible.size(), 1)), 8);
  ImGui::Spacing();
  ui::Paragraph(step.kind == StepKind::kInfo ? ctx.theme.body : ctx.theme.bold, ctx.theme.colors().text, c.Text(step));
  ImGui::Spacing();
  DrawAnswers(ctx, flow, c, step);
  if (flow.needs_answer()) ui::Paragraph(ctx.theme.bold, ctx.theme.colors().danger, ctx.T(UiText::kPleaseAnswer));
  else if (!flow.error().empty()) ui::Paragraph(ctx.theme.bold, ctx.theme.colors().danger, AnswerProblem(ctx, step));
  ImGui::Spacing();
  // One question back is the header's Back (one Back per screen).
  const bool answered = c.AnswerOf(step.id) != nullptr || !flow.Typed(step.id).empty();
  const UiText next = step.kind == StepKind::kInfo || answered || step.required ? UiText::kNext : UiText::kSkip;
  if (ui::PrimaryButton(ctx.theme, (ctx.T(next) + "##step-next").c_str(), -1, 56, ui::Icon::kNone, ui::Icon::kForward))
    flow.Next();
}

void DrawEnd(ScreenContext& ctx, CanvassFlow& flow) {
  if (ctx.app.conversation_saved()) {
    ImGui::Dummy(ImVec2(0, 12));
    const bool calls = ctx.app.session().turf() && ctx.app.session().turf()->channel == Channel::kPhone;
    if (ui::PrimaryButton(ctx.theme, (ctx.T(calls ? UiText::kNextCall : UiText::kNextDoor) + "##next-door").c_str(), -1, 72,
                          ui::Icon::kNone,
                          ui::Icon::kForward))
      ctx.app.GoToNextDoor();
    ImGui::Spacing();
    if (ui::SecondaryButton(ctx.theme, (ctx.T(UiText::kTalkWithSomeoneElse) + "##someone-else").c_str(), -1, 56))
      ctx.app.Back();
    return;
  }
  ui::Paragraph(ctx.theme.bold, ctx.theme.colors().text, ctx.T(UiText::kEndOfScript));
  ImGui::Spacing();
  ui::TextField(ctx.theme, (ctx.T(UiText::kNotes) + "##notes").c_str(), &flow.notes(), "", true);
  ImGui::Spacing();
  if (ui::PrimaryButton(ctx.theme, (ctx.T(UiText::kSaveConversation) + "##save").c_str(), -1, 64))
    ctx.app.SaveConversation();
}

// Back at the first question with answers given: leave (and lose them) or keep going.
void DrawLeaveQuestion(ScreenContext& ctx) {
  ui::Paragraph(ctx.theme.bold, ctx.theme.colors().text, ctx.T(UiText::kLeaveConversation));
  ImGui::Spacing();
  if (ui::PrimaryButton(ctx.theme, (ctx.T(UiText::kKeepGoing) + "##keep-going").c_str(), -1, 64))
    ctx.app.memory().confirm_leave_conversation = false;
  ImGui::Spacing();
  if (ui::SecondaryButton(ctx.theme, (ctx.T(UiText::kLeaveWithoutSaving) + "##leave-conversation").c_str(), -1, 56))
    ctx.app.LeaveConversation();
}

}  // namespace

void DrawConversationScreen(ScreenContext& ctx) {
  CanvassFlow& flow = ctx.app.flow();
  Conversation* c = flow.conversation();
  const Voter* voter = flow.voter();
  if (!c || !voter) {
    ctx.app.Back();
    return;
  }
  if (BeginScreen("##conversation", ctx, PersonName(voter->first_name, voter->last_name, voter->preferred_language))) {
    if (ctx.app.memory().confirm_leave_conversation) {
      DrawLeaveQuestion(ctx);
    } else {
      DrawLanguageToggle(ctx, *c);
      ImGui::Spacing();
      if (const Step* step = c->Current(); step && !flow.saved()) DrawStep(ctx, flow, *c, *step);
      else DrawEnd(ctx, flow);
    }
  }
  EndScreen();
}

}  // namespace puerta
