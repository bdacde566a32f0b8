// `puerta receipt FILE... [--key SECRET] [--qr DIR]`: for every phone whose
// results are in the files given, the receipt code to read out or show
// (receipts/receipts_for.h, docs/receipts.md). The canvasser types it into
// Send results, and the phone marks what arrived; until then it counts those
// results as not yet received and warns before an erase.
//
// Files are what phones send: sealed (opened here with --key, nothing is
// written), signed (the signature checked), or already opened by `puerta
// open`. The same version in several files counts once. Any file refused or
// line skipped stops the command with no receipt: a receipt must only ever
// speak for results that really arrived whole.
#include <memory>
#include <optional>
#include <ostream>
#include <sstream>
#include <vector>

#include "campaign/phone_file.h"
#include "export/json_lines.h"
#include "native/cli/commands.h"
#include "native/cli/files.h"
#include "native/cli/options.h"
#include "native/cli/receipt_output.h"
#include "receipts/receipts_for.h"

namespace puerta::cli {
namespace {

struct ReceiptOptions {
  std::vector<std::string> inputs;
  std::string key, qr;
};

// The file's attempts export as text, read as `puerta collect` reads it
// (campaign/phone_file.h: unsealed with the key, the phone's signature
// checked); or nothing, after naming the file and the reason.
std::optional<std::string> ReadPhoneFile(const std::string& path, const std::string& key, std::ostream& err) {
  std::string bytes;
  if (!ReadFile(path, bytes, err)) return std::nullopt;
  std::vector<std::string> keys;
  if (!key.empty() && !ReadFile(key, keys.emplace_back(), err)) return std::nullopt;
  Status status = Status::Ok();
  std::optional<campaign::PhoneFile> file = campaign::ReadPhoneFile(bytes, keys, status);
  if (!file) {
    err << "puerta: " << path << ": " << status.message() << "\n";
    return std::nullopt;
  }
  return std::move(file->payload);
}

int Receipt(const ReceiptOptions& o, std::ostream& out, std::ostream& err) {
  AttemptLog log;
  AttemptMerge merge(log);
  bool ok = true;
  for (const std::string& input : o.inputs) {
    const std::optional<std::string> text = ReadPhoneFile(input, o.key, err);
    if (!text) {
      ok = false;
      continue;
    }
    const MergeReport report = merge.Import(input, *text);
    for (const auto& e : report.errors) err << "puerta: " << input << ": " << e << "\n";
    for (const auto& w : report.warnings) err << "puerta: " << w << "\n";
    ok = ok && report.errors.empty();
  }
  if (!ok) {
    err << "puerta: no receipt was made: a receipt must speak only for results that arrived whole\n";
    return 1;
  }
  const Receipts receipts = ReceiptsFor(log.AllVersions());
  if (receipts.without_device > 0)
    err << "puerta: " << receipts.without_device << " attempt version(s) name no phone (recorded before phones "
        << "signed their files): no receipt can tell a phone of them\n";
  if (receipts.by_device.empty()) {
    err << "puerta: no phone's results in these files: nothing to give a receipt for\n";
    return 1;
  }
  PrintReceipts(receipts, out);
  if (!o.qr.empty() && !WriteReceiptQrCodes(receipts, o.qr, out, err)) return 1;
  return 0;
}

}  // namespace

void AddReceiptCommand(CLI::App& puerta, const Streams& io, Action& action) {
  auto o = std::make_shared<ReceiptOptions>();
  CLI::App* command = puerta.add_subcommand(
      "receipt", "print each phone's receipt code for the results in these files (docs/receipts.md)");
  command->add_option("FILE", o->inputs, "files phones sent (.jsonl: sealed, signed, or opened by puerta open)")
      ->type_name("")
      ->required();
  AddValue(*command, "--key", o->key, "SECRET_KEY_FILE", "the organizer's secret key, to read sealed files");
  AddValue(*command, "--qr", o->qr, "DIR", "also write each receipt as a QR code: DIR/DEVICE.png and DIR/DEVICE.svg");
  command->callback([o, &io, &action] { action = [o, &io] { return Receipt(*o, io.out, io.err); }; });
}

}  // namespace puerta::cli
