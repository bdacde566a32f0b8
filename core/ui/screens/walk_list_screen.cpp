// Walk list: the doors in walk order. The next door stands out; each door
// shows its status and its people's languages; a building with several units
// opens into its doors; filters keep the list short on a long turf.
#include <algorithm>
#include <cmath>
#include <cstdint>
#include <vector>

#include "i18n/text_conventions.h"
#include "imgui.h"
#include "ui/app.h"
#include "ui/screens/walk_list_layout.h"
#include "ui/screens/screens.h"
#include "ui/widget_registry.h"
#include "ui/widgets.h"

namespace puerta {
namespace {

void StatusChip(const ScreenContext& ctx, const DoorStatus& status) {
  const Palette& c = ctx.theme.colors();
  if (!status.last_result) {
    ui::Chip(ctx.theme, ctx.T(UiText::kNotYet), c.border, c.text);
  } else {
    const ImU32 bg = status.state == DoorState::kFollowUp ? IM_COL32(0xFF, 0xE0, 0xB2, 0xFF) : c.accent_soft;
    ui::Chip(ctx.theme, ResultCodeLabel(*status.last_result, ctx.lang), bg, c.text);
  }
}

// One door as a tappable card: address (or unit), people with language chips, status.
void DoorRow(ScreenContext& ctx, std::uint32_t index, bool is_next, bool as_unit) {
  const Household& h = ctx.app.walk_list().households[index];
  const DoorStatus& status = ctx.app.progress().doors[index];
  const Palette& c = ctx.theme.colors();
  ImGui::PushID(static_cast<int>(index));
  const ImVec2 top = ImGui::GetCursorScreenPos();
  const float width = ImGui::GetContentRegionAvail().x;
  ImDrawList* draw = ImGui::GetWindowDrawList();
  draw->ChannelsSplit(2);
  draw->ChannelsSetCurrent(1);
  ImGui::BeginGroup();
  ImGui::Dummy(ImVec2(0, 2));
  ImGui::Indent(12);
  ImGui::PushFont(ctx.theme.bold);
  std::string title = h.address.display;
  if (as_unit && !h.address.unit.empty()) {
    title = ctx.T(UiText::kApartment);
    title.replace(title.find("{unit}"), 6, h.address.unit);
  }
  ImGui::TextUnformatted(title.c_str());
  ui::NoteDrawn(title);
  ImGui::PopFont();
  if (is_next) {
    ImGui::SameLine();
    ui::Chip(ctx.theme, ctx.T(UiText::kNextTag), c.primary, c.on_primary);
  }
  for (const Voter& v : h.voters) {
    ui::TextColored(c.muted, PersonName(v.first_name, v.last_name, v.preferred_language));
    if (!v.preferred_language.empty() && v.preferred_language != "en") {
      ImGui::SameLine();
      ui::Chip(ctx.theme, LanguageChip(v.preferred_language), c.accent_soft, c.primary);
    }
  }
  StatusChip(ctx, status);
  ImGui::Unindent(12);
  ImGui::Dummy(ImVec2(width, 2));
  ImGui::EndGroup();
  const ImVec2 bottom = ImGui::GetItemRectMax();
  // The whole card is the button: an invisible button over it.
  draw->ChannelsSetCurrent(0);
  const ImVec2 br(top.x + width, bottom.y);
  draw->AddRectFilled(top, br, is_next ? c.accent_soft : c.surface, 12);
  draw->AddRect(top, br, is_next ? c.primary : c.border, 12, 0, is_next ? 3.0f : 1.0f);
  draw->ChannelsMerge();
  ImGui::SetCursorScreenPos(top);
  const std::string id = h.address.display + "##door-" + h.id;
  const bool tapped = ImGui::InvisibleButton(id.c_str(), ImVec2(width, std::max(48.0f, br.y - top.y)));
  if (WidgetRegistry* registry = WidgetRegistry::Current()) registry->RegisterLastItem(id);
  if (tapped) ctx.app.OpenDoor(index);
  ImGui::PopID();
}

}  // namespace

// One line of the list: a door, or the header of a building with several.

void DrawWalkListScreen(ScreenContext& ctx) {
  WalkListLayout& layout = ctx.app.memory().walk_list;
  WalkListFilter& filter = ctx.app.memory().walk_list_filter;
  const WalkList& list = ctx.app.walk_list();
  const TurfProgress& p = ctx.app.progress();
  const std::size_t attempts = ctx.app.session().attempts().AttemptCount() + ctx.app.session().unsaved().size();
  if (layout.list != &list || layout.list_size != list.buildings.size()) {
    layout.list = &list;
    layout.list_size = list.buildings.size();
    layout.open.assign(list.buildings.size(), false);
    layout.attempts = SIZE_MAX;
  }
  if (BeginScreen("##walk-list", ctx, ctx.T(UiText::kWalkList))) {
    const struct { WalkListFilter f; UiText text; const char* id; } filters[] = {
        {WalkListFilter::kToDo, UiText::kFilterToDo, "##f-todo"}, {WalkListFilter::kDone, UiText::kFilterDone, "##f-done"},
        {WalkListFilter::kFollowUp, UiText::kFilterFollowUp, "##f-follow"}, {WalkListFilter::kAll, UiText::kFilterAll, "##f-all"}};
    std::vector<std::string> labels;
    for (const auto& f : filters) labels.push_back(ctx.T(f.text) + f.id);
    const ui::ButtonRows rows(ctx.theme, labels, 4);
    for (int i = 0; i < 4; ++i) {
      rows.Before(i);
      if (ui::ChoiceButton(ctx.theme, labels[i].c_str(), filter == filters[i].f, rows.width(), Theme::kTouchTarget))
        filter = filters[i].f;
    }
    if (layout.attempts != attempts || layout.filter != filter) {
      layout.attempts = attempts;
      layout.filter = filter;
      layout.Rebuild(list, p);
    }
    if (layout.offsets_stale) layout.UpdateOffsets();

    ImGui::BeginChild("##doors", ImVec2(0, RemainingHeight()), false);
    const float base = ImGui::GetCursorPosY();
    const float top = ImGui::GetScrollY() - 200, bottom = ImGui::GetScrollY() + ImGui::GetWindowHeight() + 200;
    const auto first = std::upper_bound(layout.offsets.begin(), layout.offsets.end(), top - base);
    bool toggled = false;
    for (std::size_t i = first == layout.offsets.begin() ? 0 : std::size_t(first - layout.offsets.begin() - 1);
         i < layout.rows.size() && base + layout.offsets[i] < bottom; ++i) {
      const ListRow row = layout.rows[i];
      const float y = base + layout.offsets[i];
      ImGui::SetCursorPosY(y);
      if (row.household < 0) {
        const Building& building = list.buildings[row.building];
        const std::string label = building.display + " (" +
                                  ctx.Tf(UiText::kUnits, static_cast<unsigned>(building.households.size())) +
                                  ")##building-" + building.id;
        if (ui::SecondaryButton(ctx.theme, label.c_str(), -1, 56,
                                layout.open[row.building] ? ui::Icon::kExpanded : ui::Icon::kCollapsed)) {
          layout.open[row.building] = !layout.open[row.building];
          toggled = true;
        }
      } else {
        if (row.as_unit) ImGui::Indent(16);
        DoorRow(ctx, static_cast<std::uint32_t>(row.household), p.next_door == std::uint32_t(row.household), row.as_unit);
        if (row.as_unit) ImGui::Unindent(16);
      }
      const float measured = ImGui::GetCursorPosY() - y;
      if (std::fabs(measured - layout.heights[i]) > 0.5f) {
        layout.heights[i] = measured;
        layout.offsets_stale = true;
      }
    }
    if (toggled) layout.attempts = SIZE_MAX;  // rebuild next frame with the building opened or closed
    ImGui::SetCursorPosY(base + layout.offsets.back());  // the scroll range covers every row
    if (layout.rows.empty()) ui::TextColored(ctx.theme.colors().muted, ctx.T(UiText::kNothingHere));
    else ImGui::Dummy(ImVec2(0, 0));
    ImGui::EndChild();
  }
  EndScreen();
}

}  // namespace puerta
