#include <algorithm>

#include "imgui.h"
#include "ui/app.h"
#include "ui/screens/screens.h"
#include "ui/widgets.h"

namespace puerta {

namespace {
constexpr float kMaxColumn = 560.0f;
}

bool BeginScreen(const char* id, const ScreenContext& ctx) {
  const ImGuiViewport* vp = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(vp->WorkPos);
  ImGui::SetNextWindowSize(vp->WorkSize);
  const float column = std::min(kMaxColumn, vp->WorkSize.x);
  const float side = std::max(16.0f, (vp->WorkSize.x - column) * 0.5f + 16.0f);
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(side, 20));
  const bool open = ImGui::Begin(id, nullptr,
                                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                     ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoBringToFrontOnFocus |
                                     ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse);
  ImGui::PopStyleVar();
  DrawBanner(ctx);
  return open;
}

void EndScreen() { ImGui::End(); }

void DrawBanner(const ScreenContext& ctx) {
  const std::string& text = ctx.app.banner();
  if (text.empty()) return;
  const ImVec2 pos = ImGui::GetCursorScreenPos();
  const float width = ImGui::GetContentRegionAvail().x;
  ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width - 24);
  const ImVec2 size = ImGui::CalcTextSize(text.c_str(), nullptr, false, width - 24);
  ImGui::GetWindowDrawList()->AddRectFilled(pos, ImVec2(pos.x + width, pos.y + size.y + 24),
                                            ctx.theme.colors().danger, 10);
  ImGui::SetCursorScreenPos(ImVec2(pos.x + 12, pos.y + 12));
  ui::TextColored(ctx.theme.colors().on_primary, text);
  ImGui::PopTextWrapPos();
  ImGui::SetCursorScreenPos(ImVec2(pos.x, pos.y + size.y + 24 + ImGui::GetStyle().ItemSpacing.y));
}

void DrawHouseholdCard(const ScreenContext& ctx, const Household& household) {
  const Palette& c = ctx.theme.colors();
  ImGui::PushID(household.id.c_str());
  ImGui::PushFont(ctx.theme.bold);
  ImGui::TextUnformatted(household.address.display.c_str());
  ImGui::PopFont();
  for (const Voter& v : household.voters) {
    ImGui::Indent(4);
    const std::string name = v.first_name + " " + v.last_name;
    ui::TextColored(c.muted, name);
    if (!v.preferred_language.empty() && v.preferred_language != "en") {
      ImGui::SameLine();
      std::string code = v.preferred_language;
      for (auto& ch : code) ch = static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
      ui::Chip(ctx.theme, code, c.accent_soft, c.primary);
    }
    ImGui::Unindent(4);
  }
  ImGui::Separator();
  ImGui::PopID();
}

}  // namespace puerta
