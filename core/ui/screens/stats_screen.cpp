// My numbers: the canvasser's own day, in the words organizers report.
#include <cstdio>

#include "i18n/text_conventions.h"
#include "imgui.h"
#include "responses/attempt_time.h"
#include "script/localized_text.h"
#include "stats/canvass_stats.h"
#include "ui/app.h"
#include "ui/platform.h"
#include "ui/screens/screens.h"
#include "ui/widgets.h"

namespace puerta {

void DrawStatsScreen(ScreenContext& ctx) {
  const TurfPackage* turf = ctx.app.session().turf();
  if (!turf) {
    ctx.app.Back();
    return;
  }
  const std::int64_t now = platform::NowUnixSeconds();
  const std::vector<ContactAttempt> current = ctx.app.session().Current();
  StatsOptions options;
  options.now_unix = now;
  options.utc_offset_minutes = turf->utc_offset_minutes;
  options.scripts = turf->scripts;
  const CanvassStats stats = ComputeStats(current, options);
  const std::string today = IsoDate(now, turf->utc_offset_minutes);
  const auto it = stats.by_day.find(today);
  const Tally mine = it != stats.by_day.end() ? it->second : Tally{};

  if (BeginScreen("##stats", ctx, ctx.T(UiText::kMyNumbers))) {
    ui::TextColored(ctx.theme.colors().muted, ctx.T(UiText::kToday) + " · " + today);
    const float gap = ImGui::GetStyle().ItemSpacing.x;
    const float tile = (ImGui::GetContentRegionAvail().x - gap) / 2;
    char rate[16];
    std::snprintf(rate, sizeof rate, "%.0f%%", mine.contact_rate * 100);
    ui::StatTile(ctx.theme, "##knocked", std::to_string(mine.doors_knocked), ctx.T(UiText::kDoorsKnocked), tile);
    ImGui::SameLine();
    ui::StatTile(ctx.theme, "##talks", std::to_string(mine.conversations), ctx.T(UiText::kConversations), tile);
    ui::StatTile(ctx.theme, "##rate", rate, ctx.T(UiText::kContactRate), tile);
    ImGui::SameLine();
    ui::StatTile(ctx.theme, "##ids", std::to_string(mine.support_ids), ctx.T(UiText::kSupporters), tile);
    // The overview's number: doors to knock again (app/door_status.h), one definition everywhere.
    ui::StatTile(ctx.theme, "##due", std::to_string(ctx.app.progress().follow_ups), ctx.T(UiText::kFollowUps), tile);
    ImGui::Spacing();
    // Answers to each question, in the canvasser's interface language (the
    // question's own text, not the organizer's short name for it, which is
    // English data for VAN).
    if (const Script* script = turf->MainScript()) {
      for (const Step& step : script->steps) {
        auto answers = mine.answers.find(step.id);
        if (answers == mine.answers.end() || !(IsChoiceKind(step.kind) || step.kind == StepKind::kYesNo)) continue;
        ImGui::Separator();
        ui::Paragraph(ctx.theme.bold, ctx.theme.colors().text, ExpandPlaceholders(Localize(step.text, ctx.lang, script->fallback_language), {}));
        for (const auto& [value, count] : answers->second) {
          const Option* option = step.FindOption(value);
          std::string label = option                ? Localize(option->label, ctx.lang, script->fallback_language)
                              : step.kind == StepKind::kYesNo ? ctx.T(value == "yes" ? UiText::kYes : UiText::kNo)
                                                              : value;
          ui::TextColored(ctx.theme.colors().muted, label + std::string(LabelColon(ctx.lang)) + std::to_string(count));
        }
      }
    }
  }
  EndScreen();
}

}  // namespace puerta
