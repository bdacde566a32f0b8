// `puerta export FILE... --format csv|xlsx|van|jsonl [--out PATH] [--script FILE]...
//  [--utc-offset MINUTES]`: turns lossless JSON-lines exports (one per
// canvasser, merged by attempt id and version) into what the organizer
// needs. csv and jsonl go to --out or standard output, xlsx to --out (a
// workbook is no text for a terminal); van always writes two
// files, BASE-contact-history.csv and BASE-survey-responses.csv, where BASE is
// --out or the first FILE without its extension (VAN uploads them separately).
// Any damaged line stops the export: a silently shorter file is worse.
// A file still in the phone's signed envelope is verified first (a signature
// that fails, or attempts naming another device, stop the export); each
// file's device is printed, and an attempt claimed by two devices keeps the
// first (export/json_lines.h, AttemptMerge). With --records DIR, each file's
// devices are checked against the organizer's hand-outs and flagged, never
// dropped (native/cli/turf_checks.h).
// Files are written whole or not at all (util/atomic_file.h).
//
// `puerta export --db CAMPAIGN --format csv|xlsx|van|jsonl [--out PATH]`
// exports from a campaign store instead (campaign/campaign_store.h,
// ExportAttempts): only approved attempts go into csv, xlsx and van, and
// into van a permanent result only once confirmed; what was held back is
// counted by why. jsonl is the store's lossless copy, every version of every
// attempt as collected, one file per turf. The same writers as for files.
#include <algorithm>
#include <cctype>
#include <memory>
#include <ostream>
#include <sstream>
#include <vector>

#include "crypto/signed_file.h"
#include "export/json_lines.h"
#include "export/result_files.h"
#include "export/response_csv.h"
#include "export/van_csv.h"
#include "export/xlsx/response_xlsx.h"
#include "native/cli/campaign_store_file.h"
#include "native/cli/commands.h"
#include "native/cli/files.h"
#include "native/cli/options.h"
#include "native/cli/turf_checks.h"
#include "script/script_parse.h"

namespace puerta::cli {
namespace {

struct ExportOptions {
  std::vector<std::string> inputs, scripts, accepted;
  std::string format, out, records, utc_offset = "0", db;
};

// From a campaign store: the attempts that may go (and what stayed out, by
// why), or for jsonl the store's every version.
bool ReadStore(const ExportOptions& o, std::vector<ContactAttempt>& current,
               std::vector<campaign::LosslessFile>& lossless, std::vector<Script>& scripts, std::ostream& err) {
  auto store = OpenCampaignStore(o.db, false, err);
  if (!store) return false;
  Status status = Status::Ok();
  // The scripts handed out with the turfs (or collect --script), after any --script given here.
  for (Script& kept : store->Scripts(status))
    if (std::none_of(scripts.begin(), scripts.end(),
                     [&](const Script& s) { return s.id == kept.id && s.version == kept.version; }))
      scripts.push_back(std::move(kept));
  if (!status) {
    err << "puerta: " << status.message() << "\n";
    return false;
  }
  if (o.format == "jsonl") {
    std::optional<std::vector<campaign::LosslessFile>> all = store->ExportAllVersions(status);
    if (all) lossless = std::move(*all);
  } else {
    const bool van = o.format == "van";
    std::optional<campaign::StoreExport> chosen =
        store->ExportAttempts(van ? campaign::StoreExportKind::kVan : campaign::StoreExportKind::kResponses, status);
    if (chosen) {
      current = std::move(chosen->attempts);
      std::int64_t held = 0;
      for (const campaign::HeldBack& h : chosen->held_back) held += h.attempts;
      err << "puerta: " << current.size() << " attempt(s) exported, " << held << " held back";
      for (const campaign::HeldBack& h : chosen->held_back) err << (&h == &chosen->held_back.front() ? ": " : "; ")
                                                               << h.reason << " " << h.attempts;
      if (held) err << " (puerta flags lists them; puerta review --approve or --confirm lets them go)";
      err << "\n";
    }
  }
  if (!status) err << "puerta: " << o.db << ": " << status.message() << "\n";
  return status.ok();
}

// Every input is read before any is judged, so each sealed or missing file
// is named (once) in one run.
bool ReadAttempts(const ExportOptions& o, AttemptLog& log, std::ostream& err) {
  bool ok = true;
  AttemptMerge merge(log);  // conflicts name the attempt and both files
  std::ostringstream origins;  // where each file came from, and its flags: said once every file was read
  // Each file's devices against the hand-outs (native/cli/turf_checks.h):
  // flagged attempts stay in the output.
  TurfChecks checks(o.records, o.accepted, origins);
  if (!checks.Load()) {
    err << origins.str();
    return false;
  }
  for (const auto& input : o.inputs) {
    std::string bytes;
    if (!ReadOpenedFile(input, bytes, err)) {
      ok = false;
      continue;
    }
    std::string signer;
    if (IsSignedFile(bytes)) {
      Status status = Status::Ok();
      std::optional<CheckedExport> checked = CheckSignedExport(bytes, status);
      if (!checked) {
        err << "puerta: " << input << ": refused: " << status.message() << "\n";
        ok = false;
        continue;
      }
      bytes = std::move(checked->payload);
      signer = std::move(checked->device_id);
    }
    const MergeReport report = merge.Import(input, bytes);
    for (const auto& e : report.errors) err << input << ": " << e << "\n";
    for (const auto& w : report.warnings) err << "puerta: " << w << "\n";
    if (!signer.empty()) {
      origins << "puerta: " << input << ": signed by device " << signer << "\n";
    } else {
      // As `puerta open` writes it (it checked the signature), or from a
      // Puerta from before exports were signed: the devices are as written.
      origins << "puerta: " << input << ": not signed; its attempts name ";
      if (report.devices.empty()) origins << "no device";
      for (std::size_t i = 0; i < report.devices.size(); ++i) origins << (i ? ", " : "device ") << report.devices[i];
      origins << "\n";
    }
    checks.CheckFile(input, report.origin, report.by_device);
    ok = ok && report.errors.empty();
  }
  if (ok) {
    ok = checks.Save();
    checks.PrintSummary("kept in the output");
    err << origins.str();
  }
  return ok;
}

bool ReadScripts(const ExportOptions& o, std::vector<Script>& scripts, std::ostream& err) {
  for (const auto& path : o.scripts) {
    std::string bytes;
    if (!ReadOpenedFile(path, bytes, err)) return false;
    Script script;
    if (!CheckScript(bytes, &script).empty()) {
      err << "puerta: " << path << " has problems (see puerta script check)\n";
      return false;
    }
    scripts.push_back(std::move(script));
  }
  return true;
}

// Every file is written in full before any is put in place.
// What a store's exports are written as: readable by their owner only, like
// the store they come from (it holds voters' names).
FileWriteOptions OutputOptions(const ExportOptions& o) { return {.mode = o.db.empty() ? 0644u : 0600u}; }

int WriteAll(const std::vector<std::pair<std::string, std::string>>& files, const FileWriteOptions& options,
             std::ostream& out, std::ostream& err) {
  std::vector<PendingFile> pending;
  for (const auto& [path, bytes] : files) {
    pending.emplace_back(path, bytes, options);
    if (pending.back().error()) {
      PrintWriteError(pending.back().error(), err);
      return 1;  // none is put in place
    }
  }
  for (PendingFile& file : pending) {
    if (const FileWriteError e = file.Commit()) {
      PrintWriteError(e, err);
      return 1;
    }
  }
  out << "wrote";
  for (const PendingFile& file : pending) out << (&file == &pending.front() ? " " : ", ") << file.path();
  out << "\n";
  return 0;
}

// VAN uploads its two files separately.
int WriteVan(const ExportOptions& o, const VanExport& van, std::ostream& out, std::ostream& err) {
  std::string base = o.out;
  if (base.empty() && !o.inputs.empty()) base = o.inputs[0].substr(0, o.inputs[0].rfind('.'));
  return WriteAll({{base + "-contact-history.csv", van.contact_history},
                   {base + "-survey-responses.csv", van.survey_responses}},
                  OutputOptions(o), out, err);
}

// A store's lossless export: one file per turf and package (a file's header
// binds its attempts to one turf). One: --out or standard output; several:
// --out without .jsonl, then "-TURF" (and "-PACKAGE" when a turf was handed
// out more than once), then .jsonl.
int WriteStoreJsonLines(const ExportOptions& o, const std::vector<campaign::LosslessFile>& files, std::ostream& out,
                        std::ostream& err) {
  if (files.size() <= 1) {
    const std::string text = files.empty() ? ExportJsonLines({}) : files.front().text;
    if (o.out.empty()) {
      out << text;
      return 0;
    }
    return WriteOutputFile(o.out, text, err, OutputOptions(o)) ? 0 : 1;
  }
  if (o.out.empty()) {
    err << "puerta: " << o.db << " holds the attempts of " << files.size() << " turfs, one file each: give --out "
        << "BASE (BASE-TURF.jsonl)\n";
    return 1;
  }
  std::string base = o.out;
  if (base.ends_with(".jsonl")) base.resize(base.size() - 6);
  auto safe = [](std::string name) {  // a turf id as part of a file name
    for (char& c : name)
      if (!std::isalnum(static_cast<unsigned char>(c)) && c != '-' && c != '_' && c != '.') c = '_';
    return name.empty() ? std::string("no-turf") : name;
  };
  std::vector<std::pair<std::string, std::string>> named;
  for (const campaign::LosslessFile& f : files) {
    const bool one_package = std::count_if(files.begin(), files.end(), [&](const campaign::LosslessFile& g) {
                               return g.turf_id == f.turf_id;
                             }) == 1;
    named.emplace_back(base + "-" + safe(f.turf_id) + (one_package ? "" : "-" + safe(f.package_id)) + ".jsonl", f.text);
  }
  return WriteAll(named, OutputOptions(o), out, err);
}

int Export(const ExportOptions& o, std::ostream& out, std::ostream& err) {
  std::vector<ContactAttempt> current;
  std::string lossless;
  std::vector<Script> scripts;
  if (!o.db.empty()) {
    if (!ReadScripts(o, scripts, err)) return 1;
    std::vector<campaign::LosslessFile> files;
    if (!ReadStore(o, current, files, scripts, err)) return 1;
    if (o.format == "jsonl") return WriteStoreJsonLines(o, files, out, err);
  } else {
    AttemptLog log;
    if (!ReadAttempts(o, log, err)) return 1;
    current = log.Current();
    if (o.format == "jsonl") lossless = ExportJsonLines(log.AllVersions());
    if (!ReadScripts(o, scripts, err)) return 1;
  }

  if (o.format == "van") {
    const std::int32_t utc_offset = ParseUtcOffset(o.utc_offset).value_or(0);  // checked while parsing
    const VanExport van = ExportVan(current, {utc_offset, scripts, nullptr});
    if (van.answers_without_script)
      err << "puerta: " << van.answers_without_script << " answer(s) left out of the survey responses: their script "
          << "was not given, so nothing says which answers VAN takes (add --script FILE)\n";
    return WriteVan(o, van, out, err);
  }
  if (o.format == "xlsx") {
    Status status = Status::Ok();
    const std::optional<std::string> book = ExportResponseXlsx(current, scripts, status);
    if (!book) {
      err << "puerta: cannot write the workbook: " << status.message() << "\n";
      return 1;
    }
    return WriteOutputFile(o.out, *book, err, OutputOptions(o)) ? 0 : 1;
  }
  const std::string text = o.format == "csv" ? ExportResponseCsv(current, scripts) : lossless;
  if (o.out.empty()) {
    out << text;
    return 0;
  }
  return WriteOutputFile(o.out, text, err, OutputOptions(o)) ? 0 : 1;
}

}  // namespace

void AddExportCommand(CLI::App& puerta, const Streams& io, Action& action) {
  auto o = std::make_shared<ExportOptions>();
  CLI::App* command = puerta.add_subcommand("export", "convert attempt exports (docs/export-formats.md)");
  command->add_option("FILE", o->inputs, "JSON-lines exports from phones: opened (puerta open), or signed and unsealed")
      ->type_name("");
  AddValue(*command, "--db", o->db, "CAMPAIGN",
           "export from a campaign store instead of files (csv, xlsx, van: approved attempts only)");
  AddValue(*command, "--format", o->format, "csv|xlsx|van|jsonl",
           "csv: one row per attempt; xlsx: the same as a workbook (needs --out); van: VAN's two upload files; "
           "jsonl: every file merged into one")
      ->required()
      ->check(OneOf({"csv", "xlsx", "van", "jsonl"}));
  AddValue(*command, "--out", o->out, "PATH",
           "where to write (csv, jsonl: standard output without it; van: the base of both file names)");
  AddRepeatedValue(*command, "--script", o->scripts, "FILE",
                   "a script the attempts used (csv, xlsx: a column per question, in its order; van: which answers "
                   "go and their names)");
  AddRecordsOptions(*command, o->records, o->accepted, "");
  AddValue(*command, "--utc-offset", o->utc_offset, "MINUTES",
           "van: the canvass's minutes east of UTC, for the dates (default 0)")
      ->check(UtcOffsetCheck());
  command->callback([o, &io, &action] {
    if (o->inputs.empty() && o->db.empty())
      throw CLI::ValidationError("FILE is required: the exports to convert, or --db CAMPAIGN to export from a store");
    if (!o->inputs.empty() && !o->db.empty())
      throw CLI::ValidationError("FILE", "give the exports to convert or a campaign store (--db), not both");
    if (!o->db.empty() && (!o->records.empty() || !o->accepted.empty()))
      throw CLI::ValidationError("--db", "a campaign store's files were checked when collected: --records and "
                                          "--accept-device are for exports given as files");
    if (!o->db.empty() && o->format == "van" && o->out.empty())
      throw CLI::ValidationError("--out", "--db with --format van needs --out BASE for its two file names");
    if (o->format == "xlsx" && o->out.empty())
      throw CLI::ValidationError("--out", "--format xlsx writes a workbook, which needs a file: give --out PATH");
    action = [o, &io] { return Export(*o, io.out, io.err); };
  });
}

}  // namespace puerta::cli
