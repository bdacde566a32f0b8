// Overview: how the turf is going, the next door, and the way to everything.
#include "i18n/text_conventions.h"
#include "imgui.h"
#include "turf/turf_expiry.h"
#include "ui/app.h"
#include "ui/screens/screens.h"
#include "ui/widgets.h"

namespace puerta {

void DrawOverviewScreen(ScreenContext& ctx) {
  const TurfPackage* turf = ctx.app.session().turf();
  const TurfProgress& p = ctx.app.progress();
  const WalkList& list = ctx.app.walk_list();
  if (BeginScreen("##overview", ctx, turf ? ctx.app.TurfName(*turf) : std::string("Puerta"))) {
    ui::TextColored(ctx.theme.colors().muted, ctx.app.session().canvasser() + (turf ? " · " + ctx.app.TurfOrganization(*turf) : ""));
    const bool expired = ctx.app.TurfExpired();
    if (const auto last_day = turf ? ExpiryMonthDay(*turf) : std::nullopt) {
      const std::string until = FillText(ctx.T(UiText::kTurfUntil), DayAndMonthLabel(ctx, last_day->month, last_day->day));
      ui::TextColored(expired ? ctx.theme.colors().danger : ctx.theme.colors().muted, until);
    }
    ImGui::Spacing();
    if (expired && ctx.app.banner() != ctx.T(UiText::kTurfExpired)) {  // once on screen, not twice
      ui::Paragraph(ctx.theme.bold, ctx.theme.colors().danger, ctx.T(UiText::kTurfExpired));
      ImGui::Spacing();
    }
    if (const unsigned days = ctx.app.DaysResultsUnsent()) {
      ui::Paragraph(ctx.theme.bold, ctx.theme.colors().danger, ctx.Tf(UiText::kResultsUnsentDays, days));
      ImGui::Spacing();
    }
    const unsigned total = static_cast<unsigned>(list.households.size());
    ui::TextColored(ctx.theme.colors().text, ctx.Tf(UiText::kDoorsOfTotal, p.done, total));
    ui::ProgressBar(ctx.theme, total ? float(p.done) / float(total) : 0.0f);
    ImGui::Spacing();

    const float gap = ImGui::GetStyle().ItemSpacing.x;
    const float tile = (ImGui::GetContentRegionAvail().x - gap) / 2;
    ui::StatTile(ctx.theme, "##done", std::to_string(p.done), ctx.T(UiText::kDoorsDone), tile);
    ImGui::SameLine();
    ui::StatTile(ctx.theme, "##remaining", std::to_string(p.remaining), ctx.T(UiText::kRemaining), tile);
    ui::StatTile(ctx.theme, "##conversations", std::to_string(p.conversations), ctx.T(UiText::kConversations), tile);
    ImGui::SameLine();
    ui::StatTile(ctx.theme, "##followups", std::to_string(p.follow_ups), ctx.T(UiText::kFollowUps), tile);
    ImGui::Spacing();

    // A call list's entry is a number, not a door.
    const bool calls = turf && turf->channel == Channel::kPhone;
    if (expired) {
      // No next door: the message above says what to do instead.
    } else if (p.next_door) {
      const Household& next = list.households[*p.next_door];
      const std::string where = calls && !next.voters.empty() ? next.voters.front().phone : next.address.display;
      const std::string label = ctx.T(calls ? UiText::kNextCall : UiText::kNextDoor) + std::string(LabelColon(ctx.lang)) +
                                where + "##next-door";
      if (ui::PrimaryButton(ctx.theme, label.c_str(), -1, 72)) ctx.app.OpenDoor(*p.next_door);
    } else {
      ui::Paragraph(ctx.theme.bold, ctx.theme.colors().success, ctx.T(calls ? UiText::kAllNumbersTried : UiText::kAllDoorsTried));
      // A call list's next round, once its cooldown has passed for some number.
      if (const std::size_t ready = ctx.app.ReadyToCallAgain().size(); ready > 0) {
        const std::string label = ctx.Tf(UiText::kCallAgain, static_cast<unsigned>(ready)) + "##call-again";
        if (ui::PrimaryButton(ctx.theme, label.c_str(), -1, 72)) ctx.app.CallAgain();
      }
    }
    ImGui::Spacing();
    const float half = (ImGui::GetContentRegionAvail().x - gap) / 2;
    if (ui::SecondaryButton(ctx.theme, (ctx.T(UiText::kWalkList) + "##walk-list").c_str(), half, 56)) ctx.app.Push(Screen::kWalkList);
    ImGui::SameLine();
    if (ui::SecondaryButton(ctx.theme, (ctx.T(UiText::kMap) + "##map").c_str(), half, 56)) ctx.app.Push(Screen::kMap);
    if (ui::SecondaryButton(ctx.theme, (ctx.T(UiText::kMyNumbers) + "##stats").c_str(), half, 56)) ctx.app.Push(Screen::kStats);
    ImGui::SameLine();
    if (ui::SecondaryButton(ctx.theme, (ctx.T(UiText::kSendResults) + "##export").c_str(), half, 56)) ctx.app.Push(Screen::kExport);
    if (ui::SecondaryButton(ctx.theme, (ctx.T(UiText::kSettings) + "##settings").c_str(), -1, 56)) ctx.app.Push(Screen::kSettings);
  }
  EndScreen();
}

}  // namespace puerta
