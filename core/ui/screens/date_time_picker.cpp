// Days and hours picked with taps, never typed: Today, Tomorrow and the six
// days after, then an hour from 9 am to 8 pm. The value is what a datetime
// answer holds ("2026-11-22" or "2026-11-22T18:00", script/answer_check.h),
// in the turf's own offset, so nothing downstream changes.
#include <cstdio>
#include <string>

#include "imgui.h"
#include "responses/attempt_time.h"
#include "ui/app.h"
#include "ui/platform.h"
#include "ui/screens/screens.h"
#include "ui/widgets.h"

namespace puerta {
namespace {

constexpr int kDaysOffered = 8;  // today, tomorrow and six more: a week ahead
constexpr int kFirstHour = 9, kLastHour = 20;

std::string DayLabel(const ScreenContext& ctx, int ahead, std::int64_t when, std::int32_t offset) {
  if (ahead == 0) return ctx.T(UiText::kToday);
  if (ahead == 1) return ctx.T(UiText::kTomorrow);
  static constexpr UiText kWeekdays[] = {UiText::kSundayShort,   UiText::kMondayShort, UiText::kTuesdayShort,
                                         UiText::kWednesdayShort, UiText::kThursdayShort, UiText::kFridayShort,
                                         UiText::kSaturdayShort};
  return ctx.T(kWeekdays[WeekdayOf(when, offset)]) + " " +
         ctx.Tf(UiText::kDayOfMonth, static_cast<unsigned>(ToCivil(when, offset).day));
}

}  // namespace

std::string DayAndMonthLabel(const ScreenContext& ctx, int month, int day) {
  return DayInMonthText(ctx.lang, month, day);
}

std::string HourLabel(const ScreenContext& ctx, int hour) {
  if (hour == 12) return ctx.T(UiText::kNoon);
  const UiText part = hour < 12 ? UiText::kHourMorning : hour < 18 ? UiText::kHourAfternoon : UiText::kHourEvening;
  return ctx.Tf(part, static_cast<unsigned>(hour % 12 == 0 ? 12 : hour % 12));
}

bool DrawDateTimePicker(ScreenContext& ctx, std::string& value) {
  const TurfPackage* turf = ctx.app.session().turf();
  const std::int32_t offset = turf ? turf->utc_offset_minutes : 0;
  const std::int64_t now = platform::NowUnixSeconds();
  const std::string date = value.size() >= 10 ? value.substr(0, 10) : std::string();
  const std::string hour = value.size() >= 13 && value[10] == 'T' ? value.substr(11, 2) : std::string();
  const float gap = ImGui::GetStyle().ItemSpacing.x;
  const float full = ImGui::GetContentRegionAvail().x;
  const float half = (full - gap) / 2, third = (full - 2 * gap) / 3;
  bool changed = false;

  ui::TextColored(ctx.theme.colors().muted, ctx.T(UiText::kPickDay));
  bool date_offered = false;
  for (int ahead = 0; ahead < kDaysOffered; ++ahead) {
    const std::int64_t when = now + std::int64_t{ahead} * 86400;
    const std::string iso = IsoDate(when, offset);
    date_offered = date_offered || iso == date;
    // Today and Tomorrow, two to a row; then the weekdays, three to a row.
    const int column = ahead < 2 ? ahead : (ahead - 2) % 3;
    if (column > 0) ImGui::SameLine();
    const float w = ahead < 2 ? half : third;
    const std::string label = DayLabel(ctx, ahead, when, offset) + "##day-" + std::to_string(ahead);
    if (ui::ChoiceButton(ctx.theme, label.c_str(), iso == date, w, Theme::kTouchTarget)) {
      value = hour.empty() ? iso : iso + "T" + hour + ":00";
      changed = true;
    }
  }
  // A day chosen before (an answer from an earlier visit) stays visible and chosen.
  if (!date.empty() && !date_offered) ui::ChoiceButton(ctx.theme, (date + "##day-chosen").c_str(), true);

  ImGui::Spacing();
  ui::TextColored(ctx.theme.colors().muted, ctx.T(UiText::kPickTime));
  for (int h = kFirstHour; h <= kLastHour; ++h) {
    const int column = (h - kFirstHour) % 3;
    if (column > 0) ImGui::SameLine();
    char hh[3];
    std::snprintf(hh, sizeof hh, "%02d", h);
    const bool chosen = hour == hh;
    const std::string label = HourLabel(ctx, h) + "##hour-" + std::to_string(h);
    if (ui::ChoiceButton(ctx.theme, label.c_str(), chosen, third, Theme::kTouchTarget)) {
      // An hour needs a day: today until one is chosen. The chosen hour again takes it off.
      const std::string day = date.empty() ? IsoDate(now, offset) : date;
      value = chosen ? day : day + "T" + hh + ":00";
      changed = true;
    }
  }
  return changed;
}

}  // namespace puerta
