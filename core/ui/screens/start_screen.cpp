// Start: nothing opened on this phone yet. The app's name, what to do, the
// sample turf to practice with, and a way to open a turf file. Where the
// browser will not keep the work well, a card says so first: no offline use
// at this address, or iOS Safari outside the Home Screen.
#include <algorithm>

#include "i18n/text_conventions.h"
#include "imgui.h"
#include "ui/app.h"
#include "ui/platform.h"
#include "ui/screens/screens.h"
#include "ui/widget_registry.h"
#include "ui/widgets.h"

namespace puerta {
namespace {

// A tinted card: an optional bold title over wrapped text. Registered as
// "title##id" (or "text##id") so tests find it by what it says.
void DrawCard(const Theme& theme, const char* id, ImU32 background, ImU32 color, const std::string& title,
              const std::string& text) {
  constexpr float kPad = 14;
  const ImVec2 pos = ImGui::GetCursorScreenPos();
  const float width = ImGui::GetContentRegionAvail().x;
  ImDrawList* draw = ImGui::GetWindowDrawList();
  draw->ChannelsSplit(2);  // the text first (on top), the background under it once its height is known
  draw->ChannelsSetCurrent(1);
  ImGui::SetCursorScreenPos(ImVec2(pos.x, pos.y + kPad));
  ImGui::Indent(kPad);  // every line of the text, not only the first
  if (!title.empty()) {
    ImGui::PushFont(theme.bold);
    ui::TextWrappedColored(color, title, width - 2 * kPad);
    ImGui::PopFont();
  }
  ui::TextWrappedColored(color, text, width - 2 * kPad);
  ImGui::Unindent(kPad);
  const float height = std::max(Theme::kTouchTarget, ImGui::GetItemRectMax().y + kPad - pos.y);
  draw->ChannelsSetCurrent(0);
  draw->AddRectFilled(pos, ImVec2(pos.x + width, pos.y + height), background, 10);
  draw->ChannelsMerge();
  ImGui::SetCursorScreenPos(pos);
  ImGui::Dummy(ImVec2(width, height));
  if (WidgetRegistry* registry = WidgetRegistry::Current())
    registry->RegisterLastItem((title.empty() ? text : title) + "##" + id);
}

}  // namespace

void DrawStartScreen(ScreenContext& ctx) {
  if (BeginScreen("##start", ctx)) {
    ImGui::Dummy(ImVec2(0, 24));
    ui::DoorMark(ctx.theme, 44);
    ImGui::SameLine(0, 14);
    ImGui::PushFont(ctx.theme.heading);
    ImGui::SetCursorPosY(ImGui::GetCursorPosY() + 6);
    ui::TextColored(ctx.theme.colors().primary, "Puerta");
    ImGui::PopFont();
    ui::Paragraph(ctx.theme.body, ctx.theme.colors().muted, ctx.T(UiText::kTagline));
    ImGui::Dummy(ImVec2(0, 12));
    DrawLanguagePicker(ctx);
    const platform::DeviceStorage device = platform::GetDeviceStorage();
    if (!device.works_offline) {
      ImGui::Dummy(ImVec2(0, 8));
      DrawCard(ctx.theme, "no-offline", ctx.theme.colors().danger, ctx.theme.colors().on_primary, "",
               ctx.T(UiText::kNoOfflineHere));
    }
    if (device.suggest_home_screen) {
      ImGui::Dummy(ImVec2(0, 8));
      DrawCard(ctx.theme, "home-screen", ctx.theme.colors().accent_soft, ctx.theme.colors().text,
               ctx.T(UiText::kAddToHomeScreenTitle), ctx.T(UiText::kAddToHomeScreenHelp));
    }
    ImGui::Dummy(ImVec2(0, 20));
    ui::Paragraph(ctx.theme.body, ctx.theme.colors().text, ctx.T(UiText::kNoTurfYet));
    ImGui::Dummy(ImVec2(0, 12));
    if (ui::PrimaryButton(ctx.theme, (ctx.T(UiText::kOpenSampleTurf) + "##sample").c_str())) ctx.app.OpenSampleTurf();
    ImGui::Spacing();
    if (ui::SecondaryButton(ctx.theme, (ctx.T(UiText::kOpenTurfFile) + "##file").c_str(), -1, 56))
      platform::PickTurfFile();

    // A look at the sample turf: what a walk list is, before opening one.
    if (const TurfPackage* sample = ctx.app.SamplePreview()) {
      ImGui::Dummy(ImVec2(0, 12));
      ui::Paragraph(ctx.theme.bold, ctx.theme.colors().text, ctx.app.TurfName(*sample));
      ui::TextColored(ctx.theme.colors().muted,
                      ctx.Tf(UiText::kDoorsInTurf, static_cast<unsigned>(sample->walk_list.households.size())) + " · " +
                          ctx.Tf(UiText::kPeople, static_cast<unsigned>(sample->walk_list.VoterCount())));
      const Palette& c = ctx.theme.colors();
      ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(14, 10));
      ImGui::BeginChild("##sample-doors", ImVec2(0, RemainingHeight()), true, ImGuiWindowFlags_AlwaysUseWindowPadding);
      for (const Building& b : sample->walk_list.buildings) {
        for (std::uint32_t index : b.households) {
          const Household& h = sample->walk_list.households[index];
          ImGui::PushFont(ctx.theme.bold);
          ImGui::TextUnformatted(h.address.display.c_str());
          ui::NoteDrawn(h.address.display);
          ImGui::PopFont();
          for (const Voter& v : h.voters) {
            ui::TextColored(c.muted, PersonName(v.first_name, v.last_name, v.preferred_language));
            if (!v.preferred_language.empty() && v.preferred_language != "en") {
              ImGui::SameLine();
              ui::Chip(ctx.theme, LanguageChip(v.preferred_language), c.accent_soft, c.primary);
            }
          }
          ImGui::Separator();
        }
      }
      ImGui::EndChild();
      ImGui::PopStyleVar();
    }
  }
  EndScreen();
}

}  // namespace puerta
