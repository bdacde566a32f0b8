// What an organizer asks of a campaign store once results are collected
// (core/campaign/campaign_store.h; `puerta collect` fills it):
//   puerta conflicts --db DB [--out conflicts.csv]     conflicts and the rule applied to each
//   puerta flags --db DB                               quality flags and the attempts behind them
//   puerta review --db DB --reject|--approve|--confirm ATTEMPT_ID...
//   puerta review --db DB --batch N --reject|--approve        every attempt of import batch N
//   puerta followups --db DB [--language xx] --format csv|json [--out PATH]   voters waiting, by language
//   puerta report --db DB [--by org,day,...] [--from DATE] [--to DATE] --format csv|json|pdf [--out PATH]
//                 [--language xx] [--paper letter|a4]     pdf: the table and four charts (native/print/report_pdf.h)
#include <map>
#include <memory>
#include <ostream>
#include <vector>

#include "campaign/report_charts.h"
#include "campaign/report_files.h"
#include "native/print/report_pdf.h"
#include "native/cli/campaign_store_file.h"
#include "native/cli/commands.h"
#include "native/cli/files.h"
#include "native/cli/options.h"
#include "responses/attempt_time.h"

namespace puerta::cli {
namespace {

struct CampaignArgs {
  std::string db, out, format, by, from, to, language, words = "en", paper = "letter";
  std::vector<std::string> reject, approve, confirm;
  std::int64_t batch = 0;  // 0: none given
  bool batch_reject = false;
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

int ReviewBatch(const CampaignArgs& a, campaign::CampaignStore& store, std::ostream& out, std::ostream& err) {
  Status status = Status::Ok();
  const std::optional<std::int64_t> attempts = store.ReviewBatch(
      a.batch, a.batch_reject ? campaign::ReviewAction::kReject : campaign::ReviewAction::kApprove, NowUnix(), status);
  std::optional<std::string> state;
  if (attempts) state = store.BatchState(a.batch, status);
  if (!status) {
    err << "puerta: review: " << status.message() << "\n";
    return 1;
  }
  out << "batch " << a.batch << ": " << *attempts << " attempt(s) " << (a.batch_reject ? "rejected" : "approved")
      << "; the batch is " << *state << "\n";
  return 0;
}

int Review(const CampaignArgs& a, std::ostream& out, std::ostream& err) {
  auto store = OpenCampaignStore(a.db, false, err);
  if (!store) return 1;
  if (a.batch > 0) return ReviewBatch(a, *store, out, err);
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
  if (a.format == "pdf") {
    const std::optional<campaign::ReportCharts> charts = campaign::MakeReportCharts(*store, query, status);
    if (!charts) {
      err << "puerta: report: " << status.message() << "\n";
      return 1;
    }
    std::string why;
    const std::optional<std::string> pdf = print::PrintCampaignReport(
        *report, *charts, {print::PaperFromName(a.paper).value_or(print::Paper::kLetter), a.words, a.from, a.to}, why);
    if (!pdf) {
      err << "puerta: report: " << why << "\n";
      return 1;
    }
    return WriteOutputFile(a.out, *pdf, err) ? 0 : 1;
  }
  return WriteText(a.out, a.format == "json" ? campaign::ReportJson(*report) : campaign::ReportCsv(*report), out, err);
}

int FollowUps(const CampaignArgs& a, std::ostream& out, std::ostream& err) {
  auto store = OpenCampaignStore(a.db, false, err);
  if (!store) return 1;
  Status status = Status::Ok();
  const std::vector<campaign::VoterFollowUp> list = store->FollowUps(a.language, status);
  if (!status) {
    err << "puerta: followups: " << store->db().Describe() << ": " << status.message() << "\n";
    return 1;
  }
  std::map<std::string, std::size_t> by_language;
  for (const campaign::VoterFollowUp& f : list) ++by_language[f.language];
  err << "puerta: " << list.size() << " voter(s) waiting for a follow-up";
  for (const auto& [language, n] : by_language) err << (language == by_language.begin()->first ? ": " : ", ") << language << " " << n;
  err << "\n";
  const std::string text = a.format == "json" ? campaign::FollowUpsJson(list) : campaign::FollowUpsCsv(list);
  if (a.out.empty()) return WriteText(a.out, text, out, err);
  // Voters' ids and doors: readable by the organizer only, like the store.
  return WriteOutputFile(a.out, text, err, {.mode = 0600}) ? 0 : 1;
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
  // With --batch, --reject and --approve take no attempt id: the batch's attempts are meant.
  CLI::Option* reject = AddRepeatedValue(*review, "--reject", a->reject, "ATTEMPT_ID",
                                         "leave the attempt out of counts and exports (kept in the store)")
                            ->expected(0, 1);
  CLI::Option* approve =
      AddRepeatedValue(*review, "--approve", a->approve, "ATTEMPT_ID", "approve the attempt despite its flags")
          ->expected(0, 1);
  AddRepeatedValue(*review, "--confirm", a->confirm, "ATTEMPT_ID",
                   "confirm a permanent result (Deceased, Moved, Hostile), clearing its flag");
  CLI::Option* batch = review->add_option("--batch", a->batch, "reject or approve every attempt of this import "
                                          "batch (puerta flags lists them; give --reject or --approve alone)")
                           ->type_name("N")
                           ->check(CLI::PositiveNumber);
  review->callback([a, reject, approve, batch, &io, &action] {
    auto drop_empty = [](std::vector<std::string>& ids) { std::erase(ids, std::string()); };
    drop_empty(a->reject);
    drop_empty(a->approve);
    if (batch->count() > 0) {
      if (reject->count() + approve->count() != 1 || !a->reject.empty() || !a->approve.empty() || !a->confirm.empty())
        throw CLI::ValidationError("--batch", "give --reject or --approve alone (no attempt ids) with --batch N");
      a->batch_reject = reject->count() > 0;
    } else if (a->reject.empty() && a->approve.empty() && a->confirm.empty()) {
      throw CLI::RequiredError("--reject ATTEMPT_ID, --approve ATTEMPT_ID or --confirm ATTEMPT_ID");
    }
    action = [a, &io] { return Review(*a, io.out, io.err); };
  });

  CLI::App* followups = puerta.add_subcommand(
      "followups", "list the voters a Language Barrier, Come Back or Call Back left waiting, by language");
  AddDb(*followups, *a);
  AddValue(*followups, "--language", a->language, "CODE",
           "only this language (es, vi, ko, ..., or unknown); default: every language");
  AddValue(*followups, "--format", a->format, "csv|json", "csv: one row per voter; json: the same as a list")
      ->required()
      ->check(OneOf({"csv", "json"}));
  AddValue(*followups, "--out", a->out, "PATH", "where to write (default: standard output)");
  followups->callback([a, &io, &action] { action = [a, &io] { return FollowUps(*a, io.out, io.err); }; });

  CLI::App* report = puerta.add_subcommand("report", "count attempts, doors, conversations and IDs per group");
  AddDb(*report, *a);
  AddValue(*report, "--by", a->by, "org,canvasser,turf,day,language,channel,script",
           "the grouping columns, in this order (default: only the total)")
      ->check(ByCheck());
  AddValue(*report, "--from", a->from, "DATE", "the first day counted (YYYY-MM-DD)")->check(DateCheck());
  AddValue(*report, "--to", a->to, "DATE", "the last day counted (YYYY-MM-DD)")->check(DateCheck());
  AddValue(*report, "--format", a->format, "csv|json|pdf", "csv: one row per group and a total row; json: the same, "
           "with follow-ups by language and answers per question; pdf: the table and charts, to print (needs --out)")
      ->required()
      ->check(OneOf({"csv", "json", "pdf"}));
  AddValue(*report, "--out", a->out, "PATH", "where to write (default: standard output)");
  AddValue(*report, "--language", a->words, "en|es|zh|vi|ko|tl", "pdf: the language of its headings (default en)")
      ->check(OneOf({"en", "es", "zh", "vi", "ko", "tl"}));
  AddValue(*report, "--paper", a->paper, "letter|a4", "pdf: the paper size (default letter)")
      ->check(OneOf({"letter", "a4"}));
  report->callback([a, &io, &action] {
    if (a->format == "pdf" && a->out.empty())
      throw CLI::ValidationError("--out", "--format pdf writes a file to print, which needs --out PATH");
    action = [a, &io] { return ReportCommand(*a, io.out, io.err); };
  });
}

}  // namespace puerta::cli
