// Walk list: the doors of the turf in walk order.
#include "i18n/ui_text.h"
#include "imgui.h"
#include "ui/app.h"
#include "ui/screens/screens.h"
#include "ui/widgets.h"

namespace puerta {

void DrawWalkListScreen(ScreenContext& ctx) {
  if (BeginScreen("##walk-list", ctx)) {
    const std::string back = "< " + std::string(Tr(UiText::kBack, ctx.lang())) + "##back";
    if (ui::SecondaryButton(ctx.theme, back.c_str(), 120)) ctx.app.GoTo(Screen::kHome);
    ImGui::SameLine(0, 16);
    ImGui::PushFont(ctx.theme.heading);
    ImGui::TextUnformatted(std::string(Tr(UiText::kWalkList, ctx.lang())).c_str());
    ImGui::PopFont();
    ui::TextColored(ctx.theme.colors().success, Tr(UiText::kSavedOnDevice, ctx.lang()));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(14, 12));
    ImGui::BeginChild("##doors", ImVec2(0, 0), true, ImGuiWindowFlags_AlwaysUseWindowPadding);
    for (const Household& h : ctx.walk_list.households) DrawHouseholdCard(ctx, h);
    ImGui::EndChild();
    ImGui::PopStyleVar();
  }
  EndScreen();
}

}  // namespace puerta
