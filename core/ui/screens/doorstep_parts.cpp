// What the door screen and the call screen share: the people to talk with,
// the results when nobody could talk, and what a result asks next (when to
// come back or call back, which language was heard); the script choice.
#include <algorithm>
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

void DrawAskWhen(ScreenContext& ctx) {
  const bool call_back = ctx.app.flow().asking() == ResultCode::kCallBack;
  ui::Paragraph(ctx.theme.bold, ctx.theme.colors().text, ctx.T(call_back ? UiText::kWhenCallBack : UiText::kWhenComeBack));
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

void DrawAskLanguage(ScreenContext& ctx) {
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

void DrawPeople(ScreenContext& ctx, const Household& h, UiText hint) {
  ui::TextColored(ctx.theme.colors().muted, ctx.T(hint));
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

void DrawResults(ScreenContext& ctx, Channel channel, const ResultWords& words) {
  const Household& h = *ctx.app.CurrentHousehold();
  ImGui::Dummy(ImVec2(0, 8));
  if (!h.voters.empty() && ctx.app.flow().PeopleNotReached().empty()) {
    ui::Paragraph(ctx.theme.bold, ctx.theme.colors().success, ctx.T(words.everyone_talked_with));
    if (ui::PrimaryButton(ctx.theme, (ctx.T(words.next) + "##next-door").c_str(), -1, 64)) ctx.app.GoToNextDoor();
    return;
  }
  ui::TextColored(ctx.theme.colors().muted, ctx.T(words.header));
  const TurfPackage* turf = ctx.app.session().turf();
  std::vector<ResultCode> codes;
  for (ResultCode code : turf->result_codes.Offered(channel))
    if (code != ResultCode::kCanvassed) codes.push_back(code);  // that is a conversation: tap a person
  // On a call the phone's own results (No answer, Busy, ...) are the common
  // ones: they come first, those shared with doors (Refused, Moved) after.
  if (channel != Channel::kDoor)
    std::stable_partition(codes.begin(), codes.end(), [](ResultCode code) { return !Info(code).door; });
  std::vector<std::string> labels;
  for (ResultCode code : codes)
    labels.push_back(turf->result_codes.Label(code, ctx.lang) + "##result-" + std::string(Info(code).key));
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

}  // namespace puerta
