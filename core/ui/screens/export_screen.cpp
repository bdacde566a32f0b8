// Send results: the files an organizer merges, through the phone's share
// sheet (or a download), sealed to the organizer when the turf says so; the
// organizer's receipt code, typed in, says which arrived; then the canvasser
// can erase the phone's copy (warned, and asked twice, while some never arrived).
#include "imgui.h"
#include "ui/app.h"
#include "ui/platform.h"
#include "ui/screens/screens.h"
#include "ui/widget_registry.h"
#include "ui/widgets.h"

namespace puerta {
namespace {

// A line the tests and the browser find by its id.
void Line(ImFont* font, ImU32 color, const std::string& text, const char* id) {
  ui::Paragraph(font, color, text);
  if (WidgetRegistry* registry = WidgetRegistry::Current()) registry->RegisterLastItem(text + id);
}

// How many results the organizer does not have yet (by the receipts typed so far).
void DrawReceivedCounter(ScreenContext& ctx, unsigned not_received) {
  if (not_received > 0)
    Line(ctx.theme.bold, ctx.theme.colors().danger, ctx.Tf(UiText::kNotYetReceived, not_received), "##not-received");
  else if (ctx.app.ResultsReceived() > 0)
    Line(ctx.theme.bold, ctx.theme.colors().success, ctx.T(UiText::kAllReceived), "##all-received");
}

// "Enter receipt": the code is typed (a QR scanner is not needed to read 12 symbols).
void DrawReceiptStep(ScreenContext& ctx) {
  ScreenMemory& memory = ctx.app.memory();
  if (memory.receipt_received)
    Line(ctx.theme.body, ctx.theme.colors().success, ctx.Tf(UiText::kResultsReceived, *memory.receipt_received),
         "##receipt-received");
  if (!memory.entering_receipt) {
    if (ui::SecondaryButton(ctx.theme, (ctx.T(UiText::kEnterReceipt) + "##enter-receipt").c_str(), -1, 56))
      memory.entering_receipt = true;
    return;
  }
  ui::TextWrappedColored(ctx.theme.colors().muted, ctx.T(UiText::kReceiptHelp));
  std::string& typed = ctx.app.field("receipt");
  ui::TextField(ctx.theme, (ctx.T(UiText::kReceiptCode) + "##receipt").c_str(), &typed, "XXXX-XXXX-XXXX");
  if (memory.receipt_problem)
    Line(ctx.theme.body, ctx.theme.colors().danger, ctx.T(*memory.receipt_problem), "##receipt-problem");
  if (ui::PrimaryButton(ctx.theme, (ctx.T(UiText::kCheckReceipt) + "##check-receipt").c_str(), -1, 56))
    ctx.app.EnterReceipt(typed);
}

}  // namespace

void DrawExportScreen(ScreenContext& ctx) {
  const TurfPackage* turf = ctx.app.session().turf();
  if (!turf) {
    ctx.app.Back();
    return;
  }
  if (BeginScreen("##export", ctx, ctx.T(UiText::kSendResults))) {
    const unsigned held = static_cast<unsigned>(ctx.app.session().attempts().AttemptCount() + ctx.app.session().unsaved().size());
    ui::Paragraph(ctx.theme.bold, ctx.theme.colors().text, ctx.Tf(UiText::kResponsesOnPhone, held));
    const unsigned not_received = ctx.app.ResultsNotReceived();
    DrawReceivedCounter(ctx, not_received);
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
    ImGui::Dummy(ImVec2(0, 12));
    DrawReceiptStep(ctx);
    ImGui::Dummy(ImVec2(0, 28));
    ImGui::Separator();
    DrawWipeWithConfirmation(ctx, ctx.app.memory().wipe_step, UiText::kWipePhone, not_received);
  }
  EndScreen();
}

}  // namespace puerta
