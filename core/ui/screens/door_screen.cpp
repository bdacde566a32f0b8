// Door: who lives here, one tap to talk with a person, one tap for what
// happened when nobody could talk (Not home, Inaccessible, ...). Come Back asks
// when; Language Barrier asks which language was heard.
#include <vector>

#include "i18n/text_conventions.h"
#include "imgui.h"
#include "responses/attempt_time.h"
#include "results/result_code.h"
#include "script/localized_text.h"
#include "ui/app.h"
#include "ui/platform.h"
#include "ui/screens/screens.h"
#include "ui/widgets.h"

namespace puerta {
namespace {

void AskWhen(ScreenContext& ctx) {
  ui::Paragraph(ctx.theme.bold, ctx.theme.colors().text, ctx.T(UiText::kWhenComeBack));
  const std::int64_t now = platform::NowUnixSeconds();
  const std::int32_t offset = ctx.app.session().turf() ? ctx.app.session().turf()->utc_offset_minutes : 0;
  const std::int64_t local_midnight = (now + offset * 60) / 86400 * 86400 - offset * 60;
  const struct { UiText text; std::int64_t due; const char* id; } choices[] = {
      {UiText::kInOneHour, now + 3600, "##in-hour"},
      {UiText::kThisEvening, local_midnight + 18 * 3600, "##evening"},
      {UiText::kTomorrow, local_midnight + 86400 + 11 * 3600, "##tomorrow"},
  };
  CanvassFlow& flow = ctx.app.flow();
  std::string* picked = flow.picking_time();
  if (!picked) {
    for (const auto& choice : choices) {
      if (ui::SecondaryButton(ctx.theme, (ctx.T(choice.text) + choice.id).c_str(), -1, 56)) {
        ctx.app.RecordDoorResult(*flow.asking(), FollowUp{std::max(choice.due, now + 600), ""});
        return;
      }
    }
    if (ui::SecondaryButton(ctx.theme, (ctx.T(UiText::kAnotherTime) + "##another-time").c_str(), -1, 56)) flow.PickTime();
    return;
  }
  // Another day or time: a day and an hour, then Save.
  DrawDateTimePicker(ctx, *picked);
  const std::optional<std::int64_t> due = picked->size() == 16 ? FromIsoDateTime(*picked, offset) : std::nullopt;
  ImGui::Spacing();
  if (due) {
    if (ui::PrimaryButton(ctx.theme, (ctx.T(UiText::kSaveThisTime) + "##save-time").c_str(), -1, 56))
      ctx.app.RecordDoorResult(*flow.asking(), FollowUp{std::max(*due, now + 600), ""});
  }
}

void AskLanguage(ScreenContext& ctx) {
  ui::Paragraph(ctx.theme.bold, ctx.theme.colors().text, ctx.T(UiText::kWhichLanguage));
  // Each language by its own name (a canvasser who heard Русский knows the
  // word), then "Other" in the interface language.
  std::vector<UiLanguage> heard(HeardLanguages().begin(), HeardLanguages().end());
  const std::string other = ctx.T(UiText::kHeardOther);
  heard.push_back({"other", other});
  const float gap = ImGui::GetStyle().ItemSpacing.x;
  const float half = (ImGui::GetContentRegionAvail().x - gap) / 2;
  int column = 0;
  for (const UiLanguage& language : heard) {
    if (column++ % 2) ImGui::SameLine();
    const std::string label = std::string(language.native_name) + "##heard-" + std::string(language.code);
    if (ui::SecondaryButton(ctx.theme, label.c_str(), half, 52)) {
      ctx.app.RecordDoorResult(*ctx.app.flow().asking(), FollowUp{0, std::string(language.code)});
      return;
    }
  }
}


// Several scripts in the turf (a pledge and an issue survey): pick one.
void DrawScriptChoice(ScreenContext& ctx) {
  const TurfPackage* package = ctx.app.session().turf();
  if (!package || package->scripts.size() < 2) return;
  CanvassFlow& flow = ctx.app.flow();
  for (std::size_t i = 0; i < package->scripts.size(); ++i) {
    const Script& script = package->scripts[i];
    const std::string label = Localize(script.title, ctx.lang, script.fallback_language) + "##script-" + script.id;
    if (ui::ChoiceButton(ctx.theme, label.c_str(), flow.script_index() == i, -1, 48)) flow.ChooseScript(i);
  }
  ImGui::Spacing();
}

// The people who live here: a tap starts the conversation; those already
// talked with say so (a door result will not touch them).
void DrawPeople(ScreenContext& ctx, const Household& h) {
  ui::TextColored(ctx.theme.colors().muted, ctx.T(UiText::kTapPersonToTalk));
  for (std::uint32_t i = 0; i < h.voters.size(); ++i) {
    const Voter& v = h.voters[i];
    std::string label = PersonName(v.first_name, v.last_name, v.preferred_language);
    if (!v.preferred_language.empty() && v.preferred_language != "en") label += "  ·  " + LanguageChip(v.preferred_language);
    if (ctx.app.flow().TalkedWith(i)) {
      label += "  ·  " + ctx.T(UiText::kTalkedWith);
      if (ui::SecondaryButton(ctx.theme, (label + "##voter-" + v.id).c_str(), -1, 60)) ctx.app.StartConversation(i);
    } else {
      if (ui::PrimaryButton(ctx.theme, (label + "##voter-" + v.id).c_str(), -1, 60)) ctx.app.StartConversation(i);
    }
  }
}

// What happened when nobody (else) could talk: for everyone not talked with yet.
void DrawDoorResults(ScreenContext& ctx, const Household& h) {
  ImGui::Dummy(ImVec2(0, 8));
  if (!h.voters.empty() && ctx.app.flow().PeopleNotReached().empty()) {
    ui::Paragraph(ctx.theme.bold, ctx.theme.colors().success, ctx.T(UiText::kEveryoneTalkedWith));
    if (ui::PrimaryButton(ctx.theme, (ctx.T(UiText::kNextDoor) + "##next-door").c_str(), -1, 64)) ctx.app.GoToNextDoor();
    return;
  }
  ui::TextColored(ctx.theme.colors().muted, ctx.T(UiText::kDoorResults));
  const TurfPackage* turf = ctx.app.session().turf();
  std::vector<ResultCode> codes;
  std::vector<std::string> labels;
  for (ResultCode code : turf->result_codes.Offered(Channel::kDoor)) {
    if (code == ResultCode::kCanvassed) continue;  // that is a conversation: tap a person
    codes.push_back(code);
    labels.push_back(turf->result_codes.Label(code, ctx.lang) + "##result-" + std::string(Info(code).key));
  }
  const ui::ButtonRows rows(ctx.theme, labels, 2, ImGui::GetStyle().ItemSpacing.x);
  for (std::size_t i = 0; i < codes.size(); ++i) {
    const ResultCode code = codes[i];
    const std::string& label = labels[i];
    rows.Before(static_cast<int>(i));
    if (ui::SecondaryButton(ctx.theme, label.c_str(), rows.width(), 56)) {
      if (Info(code).needs == FollowUpNeed::kNone) ctx.app.RecordDoorResult(code);
      else ctx.app.flow().Ask(code);
    }
  }
}

}  // namespace

void DrawDoorScreen(ScreenContext& ctx) {
  const Household* h = ctx.app.CurrentHousehold();
  if (!h) {
    ctx.app.Back();
    return;
  }
  const std::optional<ResultCode> asking = ctx.app.flow().asking();
  if (BeginScreen("##door", ctx, h->address.display)) {
    if (asking && Info(*asking).needs == FollowUpNeed::kTime) {
      AskWhen(ctx);
    } else if (asking) {
      AskLanguage(ctx);
    } else {
      DrawScriptChoice(ctx);
      DrawPeople(ctx, *h);
      DrawDoorResults(ctx, *h);
    }
    if (asking) {
      ImGui::Spacing();
      if (ui::SecondaryButton(ctx.theme, (ctx.T(UiText::kCancel) + "##cancel").c_str())) ctx.app.flow().CancelAsking();
    }
  }
  EndScreen();
}

}  // namespace puerta
