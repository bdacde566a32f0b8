// Walk list: the doors in walk order. The next door stands out; each door
// shows its status and its people's languages; a building with several units
// opens into its doors; filters keep the list short on a long turf.
#include <vector>

#include "imgui.h"
#include "ui/app.h"
#include "ui/screens/screens.h"
#include "ui/widget_registry.h"
#include "ui/widgets.h"

namespace puerta {
namespace {

enum class Filter { kToDo, kDone, kFollowUp, kAll };
Filter g_filter = Filter::kAll;

bool Shows(Filter f, DoorState state) {
  switch (f) {
    case Filter::kToDo: return state == DoorState::kNotVisited;
    case Filter::kDone: return state == DoorState::kDone;
    case Filter::kFollowUp: return state == DoorState::kFollowUp;
    case Filter::kAll: return true;
  }
  return true;
}

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
  const std::string title = as_unit && !h.address.unit.empty()
                                ? ctx.T(UiText::kApartment) + " " + h.address.unit
                                : h.address.display;
  ImGui::TextUnformatted(title.c_str());
  ImGui::PopFont();
  if (is_next) {
    ImGui::SameLine();
    ui::Chip(ctx.theme, ctx.T(UiText::kNextTag), c.primary, c.on_primary);
  }
  for (const Voter& v : h.voters) {
    ui::TextColored(c.muted, v.first_name + " " + v.last_name);
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

void DrawWalkListScreen(ScreenContext& ctx) {
  static std::vector<bool> open_buildings;
  const WalkList& list = ctx.app.walk_list();
  const TurfProgress& p = ctx.app.progress();
  if (open_buildings.size() != list.buildings.size()) open_buildings.assign(list.buildings.size(), false);
  if (BeginScreen("##walk-list", ctx, ctx.T(UiText::kWalkList))) {
    const struct { Filter f; UiText text; const char* id; } filters[] = {
        {Filter::kToDo, UiText::kFilterToDo, "##f-todo"}, {Filter::kDone, UiText::kFilterDone, "##f-done"},
        {Filter::kFollowUp, UiText::kFilterFollowUp, "##f-follow"}, {Filter::kAll, UiText::kFilterAll, "##f-all"}};
    const float gap = 6;
    const float w = (ImGui::GetContentRegionAvail().x - 3 * gap) / 4;
    for (int i = 0; i < 4; ++i) {
      if (i) ImGui::SameLine(0, gap);
      if (ui::ChoiceButton(ctx.theme, (ctx.T(filters[i].text) + filters[i].id).c_str(), g_filter == filters[i].f, w,
                           Theme::kTouchTarget))
        g_filter = filters[i].f;
    }
    ImGui::BeginChild("##doors", ImVec2(0, RemainingHeight()), false);
    bool any = false;
    for (std::size_t b = 0; b < list.buildings.size(); ++b) {
      const Building& building = list.buildings[b];
      std::vector<std::uint32_t> shown;
      for (std::uint32_t h : building.households)
        if (h < p.doors.size() && Shows(g_filter, p.doors[h].state)) shown.push_back(h);
      if (shown.empty()) continue;
      any = true;
      if (building.households.size() == 1) {
        DoorRow(ctx, shown[0], p.next_door == shown[0], false);
      } else {
        // A building: one stop, its doors inside.
        const std::string label = std::string(open_buildings[b] ? "v " : "> ") + building.display + " (" +
                                  ctx.Tf(UiText::kUnits, static_cast<unsigned>(building.households.size())) +
                                  ")##building-" + building.id;
        if (ui::SecondaryButton(ctx.theme, label.c_str(), -1, 56)) open_buildings[b] = !open_buildings[b];
        bool has_next = false;
        for (std::uint32_t h : shown) has_next |= p.next_door == h;
        if (open_buildings[b] || has_next) {
          ImGui::Indent(16);
          for (std::uint32_t h : shown) DoorRow(ctx, h, p.next_door == h, true);
          ImGui::Unindent(16);
        }
      }
    }
    if (!any) ui::TextColored(ctx.theme.colors().muted, ctx.T(UiText::kNothingHere));
    ImGui::EndChild();
  }
  EndScreen();
}

}  // namespace puerta
