// Sending results: the files are built by the core (export/result_files.h)
// and handed to the platform (share sheet, download, a file on the desktop).
// Then the organizer's receipt says which arrived (receipts/receipt_match.h).
#include "export/result_files.h"
#include "i18n/text_conventions.h"
#include "i18n/ui_text.h"
#include "ui/app.h"
#include "ui/platform.h"

namespace puerta {

void App::Share(const std::string& format) {
  const TurfPackage* turf = session_->turf();
  if (!turf) return;
  const ResultFormat form = format == "csv"    ? ResultFormat::kSpreadsheet
                            : format == "xlsx" ? ResultFormat::kWorkbook
                            : format == "van"  ? ResultFormat::kVan
                                               : ResultFormat::kLossless;
  const std::int64_t now = platform::NowUnixSeconds();
  ResultFiles out;
  const DeviceKey* signer = session_->device_key();
  if (!signer) return;  // only when no turf is open
  if (Status s = BuildResultFiles(form, *turf, session_->AllVersions(), session_->Current(), now, *signer, out,
                                  platform::Workbooks());
      !s) {
    // The organizer's key in the turf cannot be read (a package's key is
    // checked when it opens), or the workbook could not be written.
    banner_ = std::string(Tr(form == ResultFormat::kWorkbook ? UiText::kFileNotSaved : UiText::kFilesNotMade, lang()));
    return;
  }
  std::string said;
  for (const ResultFile& file : out.files) {
    const platform::ShareOutcome outcome = platform::ShareFile(file.name, file.mime_type, file.bytes);
    using How = platform::ShareOutcome::How;
    const UiText how = outcome.how == How::kShared       ? UiText::kFileShared
                       : outcome.how == How::kDownloaded ? UiText::kFileDownloaded
                       : outcome.how == How::kSavedTo    ? UiText::kFileSavedTo
                                                         : UiText::kFileNotSaved;
    said = std::string(Tr(how, lang())) + std::string(LabelColon(lang())) + outcome.where;
  }
  // Shared or downloaded is not yet sent: say what comes next.
  notice_ = said + std::string(SentenceGap(lang())) + std::string(Tr(UiText::kAfterSending, lang()));
  // What was just handed over has left the phone once; the overview stops
  // warning about it. (Whether the organizer got it is the receipts' job.)
  if (Status s = session_->NoteSent(now); !s) banner_ = std::string(Tr(UiText::kStorageFull, lang()));
}

namespace {
UiText ReceiptProblem(ReceiptOutcome outcome) {
  switch (outcome) {
    case ReceiptOutcome::kMistyped: return UiText::kReceiptMistyped;
    case ReceiptOutcome::kOtherPhone: return UiText::kReceiptOtherPhone;
    case ReceiptOutcome::kNoMatch: return UiText::kReceiptNoMatch;
    case ReceiptOutcome::kNotSaved: return UiText::kStorageFull;
    default: return UiText::kReceiptNotACode;
  }
}
}  // namespace

void App::EnterReceipt(const std::string& typed) {
  const ReceiptMatch match = session_->ApplyReceipt(typed);
  if (match.outcome != ReceiptOutcome::kReceived) {
    memory_.receipt_problem = ReceiptProblem(match.outcome);
    memory_.receipt_received.reset();
    return;
  }
  memory_.receipt_problem.reset();
  memory_.receipt_received = ResultsReceived();
  memory_.entering_receipt = false;
  field("receipt").clear();
}

// A practice turf's results are never sent, so none waits for a receipt.
unsigned App::ResultsNotReceived() {
  if (session_->stage() != CanvassSession::Stage::kReady || OnPracticeTurf()) return 0;
  return static_cast<unsigned>(session_->NotReceivedCount());
}

unsigned App::ResultsReceived() {
  if (session_->stage() != CanvassSession::Stage::kReady || OnPracticeTurf()) return 0;
  return static_cast<unsigned>(session_->ReceivedCount());
}

}  // namespace puerta
