// What an organizer asks of a campaign store once results are collected
// (core/campaign/campaign_store.h; `puerta collect` fills it):
//   puerta conflicts --db DB [--out conflicts.csv]     conflicts and the rule applied to each
//   puerta flags --db DB                               quality flags and the attempts behind them
//   puerta review --db DB --reject|--approve|--confirm ATTEMPT_ID...
//   puerta report --db DB [--by org,day,...] [--from DATE] [--to DATE] --format csv|json [--out PATH]
#include <memory>
#include <ostream>
#include <vector>

#include "campaign/report_files.h"
#include "native/cli/campaign_store_file.h"
#include "native/cli/commands.h"
#include "native/cli/files.h"
#include "native/cli/options.h"
#include "responses/attempt_time.h"

namespace puerta::cli {
namespace {

struct CampaignArgs {
  std::string db, out, format, by, from, to;
  std::vector<std::string> reject, approve, confirm;
};

int WriteText(const std::string& path, const std::string& text, std::ostream& out, std::ostream& err) {
  if (path.empty()) {
    out << text;
    return 0;
  }
  return WriteOutputFile(path, text, err) ? 0 : 1;
}

int Conflicts(const CampaignArgs& a, std::ostream& out, std::ostream& err) {
  auto store = OpenCampaignStore(a.db, false, err);
  if (!store) return 1;
  Status status = Status::Ok();
  const std::vector<campaign::Conflict> conflicts = store->Conflicts(status);
  if (!status) {
    err << "puerta: " << store->db().Describe() << ": " << status.message() << "\n";
    return 1;
  }
  err << "puerta: " << conflicts.size() << " conflict(s)" << (a.out.empty() ? "" : " written to " + a.out) << "\n";
  return WriteText(a.out, campaign::ConflictsCsv(conflicts), out, err);
}

int Flags(const CampaignArgs& a, std::ostream& out, std::ostream& err) {
  auto store = OpenCampaignStore(a.db, false, err);
  if (!store) return 1;
  Status status = Status::Ok();
  const std::vector<campaign::QualityFlag> flags = store->Flags(status);
  if (!status) {
    err << "puerta: " << store->db().Describe() << ": " << status.message() << "\n";
    return 1;
  }
  for (const campaign::QualityFlag& f : flags) {
    out << f.kind << ": " << f.organization << " / " << f.canvasser << ": " << f.detail
        << (f.cleared ? " (confirmed)" : "") << "\n  attempts:";
    for (const std::string& id : f.attempt_ids) out << " " << id;
    out << "\n";
  }
  out << flags.size() << " quality flag(s)\n";
  // Each collected file's review state, when it is not simply approved.
  const std::vector<campaign::Batch> batches = store->Batches(status);
  std::size_t waiting = 0;
  for (const campaign::Batch& b : batches) {
    if (b.review_state == "approved") continue;
    out << "batch " << b.batch_id << " (" << b.file_name << "): " << b.review_state << "\n";
    ++waiting;
  }
  out << batches.size() << " file(s) collected, " << waiting << " with issues or rejected\n";
  return status ? 0 : 1;
}

int Review(const CampaignArgs& a, std::ostream& out, std::ostream& err) {
  auto store = OpenCampaignStore(a.db, false, err);
  if (!store) return 1;
  int code = 0;
  for (auto [ids, action] : {std::pair{&a.approve, campaign::ReviewAction::kApprove},
                             {&a.confirm, campaign::ReviewAction::kConfirm},
                             {&a.reject, campaign::ReviewAction::kReject}}) {
    for (const std::string& id : *ids) {
      Status status = store->Review(id, action, NowUnix());
      std::optional<std::string> state;
      if (status) state = store->AttemptState(id, status);
      if (!status) {
        err << "puerta: review: " << status.message() << "\n";
        code = 1;
        continue;
      }
      out << id << ": " << *state << "\n";
    }
  }
  return code;
}

int ReportCommand(const CampaignArgs& a, std::ostream& out, std::ostream& err) {
  auto store = OpenCampaignStore(a.db, false, err);
  if (!store) return 1;
  campaign::ReportQuery query{{}, a.from, a.to};
  for (std::size_t start = 0; !a.by.empty() && start <= a.by.size();) {
    const std::size_t comma = std::min(a.by.find(',', start), a.by.size());
    query.by.push_back(a.by.substr(start, comma - start));
    start = comma + 1;
  }
  Status status = Status::Ok();
  const std::optional<campaign::Report> report = store->MakeReport(query, status);
  if (!report) {
    err << "puerta: report: " << status.message() << "\n";
    return 1;
  }
  return WriteText(a.out, a.format == "json" ? campaign::ReportJson(*report) : campaign::ReportCsv(*report), out, err);
}

CLI::Option* AddDb(CLI::App& c, CampaignArgs& a) {
  return AddValue(c, "--db", a.db, "CAMPAIGN", "the campaign store (puerta collect made it)")->required();
}

// --by: known words, each once.
CLI::Validator ByCheck() {
  return CLI::Validator(
      [](std::string& value) -> std::string {
        std::vector<std::string> seen;
        for (std::size_t start = 0; start <= value.size();) {
          const std::size_t comma = std::min(value.find(',', start), value.size());
          const std::string word = value.substr(start, comma - start);
          if (!campaign::ReportColumn(word))
            return "unknown grouping \"" + word + "\" (org, canvasser, turf, day, language, channel, script)";
          if (std::find(seen.begin(), seen.end(), word) != seen.end()) return "\"" + word + "\" given twice";
          seen.push_back(word);
          start = comma + 1;
        }
        return {};
      },
      "", "");
}

CLI::Validator DateCheck() {
  return CLI::Validator(
      [](std::string& value) -> std::string {
        if (value.size() != 10 || !FromIsoDateTime(value)) return "\"" + value + "\" is not a date (YYYY-MM-DD)";
        return {};
      },
      "", "");
}

}  // namespace

void AddCampaignCommands(CLI::App& puerta, const Streams& io, Action& action) {
  auto a = std::make_shared<CampaignArgs>();
  CLI::App* conflicts = puerta.add_subcommand("conflicts", "list conflicting results in a campaign store, with the rule applied");
  AddDb(*conflicts, *a);
  AddValue(*conflicts, "--out", a->out, "PATH", "where to write the CSV (default: standard output)");
  conflicts->callback([a, &io, &action] { action = [a, &io] { return Conflicts(*a, io.out, io.err); }; });

  CLI::App* flags = puerta.add_subcommand("flags", "list the quality flags of a campaign store");
  AddDb(*flags, *a);
  flags->callback([a, &io, &action] { action = [a, &io] { return Flags(*a, io.out, io.err); }; });

  CLI::App* review = puerta.add_subcommand("review", "approve, reject or confirm attempts in a campaign store");
  AddDb(*review, *a);
  AddRepeatedValue(*review, "--reject", a->reject, "ATTEMPT_ID", "leave the attempt out of counts and exports (kept in the store)");
  AddRepeatedValue(*review, "--approve", a->approve, "ATTEMPT_ID", "approve the attempt despite its flags");
  AddRepeatedValue(*review, "--confirm", a->confirm, "ATTEMPT_ID",
                   "confirm a permanent result (Deceased, Moved, Hostile), clearing its flag");
  review->callback([a, review, &io, &action] {
    if (a->reject.empty() && a->approve.empty() && a->confirm.empty())
      throw CLI::RequiredError("--reject, --approve or --confirm");
    action = [a, &io] { return Review(*a, io.out, io.err); };
  });

  CLI::App* report = puerta.add_subcommand("report", "count attempts, doors, conversations and IDs per group");
  AddDb(*report, *a);
  AddValue(*report, "--by", a->by, "org,canvasser,turf,day,language,channel,script",
           "the grouping columns, in this order (default: only the total)")
      ->check(ByCheck());
  AddValue(*report, "--from", a->from, "DATE", "the first day counted (YYYY-MM-DD)")->check(DateCheck());
  AddValue(*report, "--to", a->to, "DATE", "the last day counted (YYYY-MM-DD)")->check(DateCheck());
  AddValue(*report, "--format", a->format, "csv|json", "csv: one row per group and a total row; json: the same, "
           "with follow-ups by language and answers per question")
      ->required()
      ->check(OneOf({"csv", "json"}));
  AddValue(*report, "--out", a->out, "PATH", "where to write (default: standard output)");
  report->callback([a, &io, &action] { action = [a, &io] { return ReportCommand(*a, io.out, io.err); }; });
}

}  // namespace puerta::cli
