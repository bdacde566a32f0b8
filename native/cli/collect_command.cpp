// `puerta collect --db CAMPAIGN [--key SECRET]... [--org NAME] [--turf TURF[#k=KEY]]... [--script FILE]...
//  [--utc-offset MINUTES] [--progress] FILE...`: every phone file into the
// campaign store (core/campaign/campaign_store.h). Sealed files are opened
// with whichever --key fits, phones' signatures checked, and each file goes
// in whole or not at all. Idempotent: what the store holds (attempt id +
// version) is counted as "already had", never added twice. Each file's
// counts are printed, and every line refused with its file, line, field and
// reason; the exit code is 1 when anything was refused.
#include <unistd.h>

#include <iterator>
#include <memory>
#include <optional>
#include <span>
#include <ostream>
#include <vector>

#include "campaign/campaign_store.h"
#include "campaign/phone_file.h"
#include "crypto/package_cipher.h"
#include "native/cli/campaign_store_file.h"
#include "native/cli/commands.h"
#include "native/cli/files.h"
#include "native/cli/options.h"
#include "native/cli/receipt_output.h"
#include "export/json_lines.h"
#include "script/script_parse.h"

namespace puerta::cli {
namespace {

struct CollectArgs {
  std::string db, org, utc_offset = "0", receipts;
  std::vector<std::string> files, keys, turfs, scripts;
  bool progress = false;
};

// "eastside.turf#k=KEY" as `puerta package` printed its link, or a plain package.
bool AddTurf(campaign::CampaignStore& store, const std::string& argument, std::int64_t now, std::ostream& err) {
  const std::size_t hash = argument.find("#k=");
  const std::string path = argument.substr(0, hash);
  std::string bytes;
  if (!ReadFile(path, bytes, err)) return false;
  if (IsEncryptedPackage(bytes)) {
    if (hash == std::string::npos) {
      err << "puerta: collect: " << path << " is encrypted: give it as " << path
          << "#k=KEY, with the key from the link `puerta package` printed\n";
      return false;
    }
    PackageError error = PackageError::kNone;
    std::string why;
    std::optional<std::string> json = DecryptPackage(bytes, argument.substr(hash + 3), error, &why);
    if (!json) {
      err << "puerta: collect: " << path << ": " << why << "\n";
      return false;
    }
    bytes = std::move(*json);
  }
  TurfPackage turf;
  if (Status s = ParseTurfPackage(bytes, turf); !s) {
    err << "puerta: collect: " << path << ": " << s.message() << "\n";
    return false;
  }
  if (Status s = store.AddTurf(turf, now); !s) {
    err << "puerta: collect: " << path << ": " << s.message() << "\n";
    return false;
  }
  err << "puerta: turf " << turf.turf_id << ": " << turf.walk_list.households.size() << " households, "
      << turf.walk_list.VoterCount() << " voters, " << turf.scripts.size() << " script(s) in the store\n";
  return true;
}

bool AddScript(campaign::CampaignStore& store, const std::string& path, std::ostream& err) {
  std::string bytes;
  if (!ReadOpenedFile(path, bytes, err)) return false;
  Script script;
  if (!CheckScript(bytes, &script).empty()) {
    err << "puerta: " << path << " has problems (see puerta script check)\n";
    return false;
  }
  if (Status s = store.AddScript(script, bytes); !s) {
    err << "puerta: collect: " << path << ": " << s.message() << "\n";
    return false;
  }
  return true;
}

void PrintFile(const std::string& path, const campaign::FileImport& r, std::ostream& out) {
  out << path << ": " << r.added << " new, " << r.already_had << " already had, " << r.rejected << " rejected";
  if (!r.how_read.empty()) {
    out << " (" << r.how_read;
    if (!r.device_id.empty()) out << ", device " << r.device_id;
    out << ", batch " << r.batch_id << ")";
  }
  out << "\n";
  for (const campaign::FileProblem& p : r.problems) {
    out << "  rejected: " << path;
    if (p.line) out << ", line " << p.line;
    if (!p.field.empty()) out << ", " << p.field;
    out << ": " << p.reason << "\n";
  }
}

// The attempt versions of a file that went in whole (read again: the store
// keeps each version's JSON, not the file).
void AddArrived(const std::string& bytes, std::span<const std::string> keys, std::vector<ContactAttempt>& arrived) {
  Status status = Status::Ok();
  const std::optional<campaign::PhoneFile> file = campaign::ReadPhoneFile(bytes, keys, status);
  if (!file) return;
  ParsedJsonLines parsed = ParseJsonLines(file->payload);
  if (!parsed.errors.empty()) return;
  arrived.insert(arrived.end(), std::make_move_iterator(parsed.attempts.begin()),
                 std::make_move_iterator(parsed.attempts.end()));
}

// Each phone's receipt code for what arrived, to read out or show: typed into
// the phone's Send results, it marks those results received there.
bool TellReceipts(const std::vector<ContactAttempt>& arrived, const std::string& qr_folder, std::ostream& out,
                  std::ostream& err) {
  const Receipts receipts = ReceiptsFor(arrived);
  if (receipts.by_device.empty()) return true;
  out << "receipts: give each phone its code (Send results, Enter receipt) so it knows what arrived:\n";
  PrintReceipts(receipts, out);
  return qr_folder.empty() || WriteReceiptQrCodes(receipts, qr_folder, out, err);
}

int Collect(const CollectArgs& a, std::ostream& out, std::ostream& err) {
  const std::int64_t now = NowUnix();
  std::vector<std::string> keys;
  for (const std::string& path : a.keys) {
    std::string text;
    if (!ReadFile(path, text, err)) return 1;
    keys.push_back(std::move(text));
  }
  std::unique_ptr<campaign::CampaignStore> store = OpenCampaignStore(a.db, true, err);
  if (!store) return 1;
  for (const std::string& turf : a.turfs)
    if (!AddTurf(*store, turf, now, err)) return 1;
  for (const std::string& script : a.scripts)
    if (!AddScript(*store, script, err)) return 1;

  const bool show_progress = a.progress || ::isatty(STDERR_FILENO);
  const campaign::CollectOptions options{now, ParseUtcOffset(a.utc_offset).value_or(0), a.org};
  std::uint64_t added = 0, had = 0, rejected = 0, files_refused = 0;
  // What arrived whole, for the receipts: a file with a refused line gets no
  // receipt, so its phone keeps counting those results as not received.
  std::vector<ContactAttempt> arrived;
  for (std::size_t i = 0; i < a.files.size(); ++i) {
    const std::string& path = a.files[i];
    std::string bytes;
    campaign::FileImport r;
    if (!ReadFile(path, bytes, err)) {
      ++files_refused;
      continue;
    }
    r = store->Collect(path, bytes, keys, options);
    PrintFile(path, r, out);
    added += r.added;
    had += r.already_had;
    rejected += r.rejected;
    if (r.how_read.empty()) ++files_refused;
    if (!r.how_read.empty() && r.rejected == 0) AddArrived(bytes, keys, arrived);
    if (show_progress)
      err << "\rcollecting: " << (i + 1) << " of " << a.files.size() << " files, " << added << " new" << std::flush;
  }
  if (show_progress) err << "\n";
  if (Status s = store->RefreshChecks(); !s) {
    err << "puerta: collect: " << store->db().Describe() << ": the quality checks failed: " << s.message() << "\n";
    return 1;
  }
  Status status = Status::Ok();
  const std::size_t flags = store->Flags(status).size();
  out << "collected " << a.files.size() << " file(s) into " << store->db().Describe() << ": " << added << " new, " << had
      << " already had, " << rejected << " rejected";
  if (files_refused) out << " (" << files_refused << " file(s) unreadable)";
  out << "; " << flags << " quality flag(s) (puerta flags --db " << store->db().Describe() << ")\n";
  if (!TellReceipts(arrived, a.receipts, out, err)) return 1;
  return rejected || files_refused ? 1 : 0;
}

}  // namespace

void AddCollectCommand(CLI::App& puerta, const Streams& io, Action& action) {
  auto a = std::make_shared<CollectArgs>();
  CLI::App* c = puerta.add_subcommand("collect", "collect phones' result files into a campaign store (SQLite)");
  c->add_option("FILE", a->files, "results files from phones: sealed (.sealed), signed, or opened JSON lines")
      ->type_name("")
      ->required();
  AddValue(*c, "--db", a->db, "CAMPAIGN", "the campaign store: one SQLite file (made when missing), or postgresql://USER@HOST/DB")->required();
  AddRepeatedValue(*c, "--key", a->keys, "SECRET",
                   "an organizer secret key (puerta keys new); give several when organizations have their own");
  AddValue(*c, "--org", a->org, "NAME", "the organization of attempts that name none");
  AddRepeatedValue(*c, "--turf", a->turfs, "TURF#k=KEY",
                   "a turf package handed out (with its link's key): its households, door coordinates (for the "
                   "location flags), voters and scripts go into the store");
  AddRepeatedValue(*c, "--script", a->scripts, "FILE", "a script the attempts used (which answers are support IDs)");
  AddValue(*c, "--utc-offset", a->utc_offset, "MINUTES", "the canvass's minutes east of UTC, for the days (default 0)")
      ->check(UtcOffsetCheck());
  AddValue(*c, "--receipts", a->receipts, "DIR",
           "also write each phone's receipt code as a QR code: DIR/DEVICE.png and DIR/DEVICE.svg");
  c->add_flag("--progress", a->progress, "show progress on standard error even when it is not a terminal");
  c->callback([a, &io, &action] { action = [a, &io] { return Collect(*a, io.out, io.err); }; });
}

}  // namespace puerta::cli
