// Send results: the files an organizer merges, through the phone's share
// sheet (or a download), sealed to the organizer when the turf says so; then,
// once the organizer has them, the canvasser can erase the phone's copy.
#include "imgui.h"
#include "ui/app.h"
#include "ui/platform.h"
#include "ui/screens/screens.h"
#include "ui/widgets.h"

namespace puerta {

void DrawExportScreen(ScreenContext& ctx) {
  const TurfPackage* turf = ctx.app.session().turf();
  if (!turf) {
    ctx.app.Back();
    return;
  }
  if (BeginScreen("##export", ctx, ctx.T(UiText::kSendResults))) {
    const unsigned held = static_cast<unsigned>(ctx.app.session().attempts().AttemptCount() + ctx.app.session().unsaved().size());
    ui::Paragraph(ctx.theme.bold, ctx.theme.colors().text, ctx.Tf(UiText::kResponsesOnPhone, held));
    ui::Paragraph(ctx.theme.body, ctx.theme.colors().muted, ctx.T(UiText::kSendResultsHelp));
    // Said plainly either way: files without the organizer's lock can be read by anyone who gets them.
    if (!turf->organizer_public_key.empty()) ui::Paragraph(ctx.theme.body, ctx.theme.colors().success, ctx.T(UiText::kSealedNote));
    else ui::Paragraph(ctx.theme.bold, ctx.theme.colors().danger, ctx.T(UiText::kNotSealedWarning));
    ImGui::Spacing();
    // The default is the file `puerta open` / `puerta export` read: the full record.
    ui::Paragraph(ctx.theme.bold, ctx.theme.colors().text, ctx.T(UiText::kForOrganizer));
    if (ui::PrimaryButton(ctx.theme, (ctx.T(UiText::kShareLossless) + "##share-jsonl").c_str(), -1, 64)) ctx.app.Share("jsonl");
    ImGui::Spacing();
    ui::TextWrappedColored(ctx.theme.colors().muted, ctx.T(UiText::kOtherFiles));
    if (ui::SecondaryButton(ctx.theme, (ctx.T(UiText::kShareSpreadsheet) + "##share-csv").c_str(), -1, 56)) ctx.app.Share("csv");
    // The desktop (a trainer's or an organizer's computer) also writes the
    // typed workbook `puerta export --format xlsx` writes: no import dialog.
    if (platform::Workbooks() &&
        ui::SecondaryButton(ctx.theme, (ctx.T(UiText::kShareWorkbook) + "##share-xlsx").c_str(), -1, 56))
      ctx.app.Share("xlsx");
    if (ui::SecondaryButton(ctx.theme, (ctx.T(UiText::kShareVan) + "##share-van").c_str(), -1, 56)) ctx.app.Share("van");
    ImGui::Dummy(ImVec2(0, 28));
    ImGui::Separator();
    DrawWipeWithConfirmation(ctx, ctx.app.memory().confirm_wipe, UiText::kWipePhone);
  }
  EndScreen();
}

}  // namespace puerta
