// `puerta cut VOTERFILE --doors N --out DIR`: an organizer cuts one voter
// file into turfs of about N doors (core/cut/), optionally one precinct (or
// any column) at a time, matched to canvassers who speak the voters'
// languages, and, for a second pass, leaving out whoever the first pass
// reached. Each turf becomes a voter file in DIR that `puerta package
// --list` reads; a table (or --json, one line per turf) says what each holds.
// The files name voters, so they are the organizer's alone: mode 0600 in a
// folder made 0700, never replaced without --force.
#include <sys/stat.h>

#include <cmath>
#include <filesystem>
#include <iomanip>
#include <map>
#include <memory>
#include <ostream>
#include <set>
#include <sstream>

#include <rapidjson/ostreamwrapper.h>
#include <rapidjson/writer.h>

#include "cut/auto_cut.h"
#include "cut/canvassers.h"
#include "cut/previous_pass.h"
#include "cut/turf_file.h"
#include "cut/turf_plan.h"
#include "cut/turf_shape.h"
#include "export/json_lines.h"
#include "native/cli/commands.h"
#include "native/cli/turf_folder.h"
#include "native/cli/files.h"
#include "native/cli/options.h"
#include "native/cli/turf_inputs.h"
#include "walklist/language.h"

namespace puerta::cli {
namespace {

struct CutCommandOptions {
  std::string list, mapping, by_column, canvassers, out, follow_ups;
  std::vector<std::string> previous;
  std::uint32_t doors = 0;
  bool force = false, json = false;
};

// "es 40, en 31, vi 5, unknown 2": most first.
std::string LanguageList(const cut::TurfCounts& counts) {
  std::vector<std::pair<std::uint32_t, std::string>> by_count;
  for (const auto& [language, people] : counts.languages)
    by_count.push_back({people, language.empty() ? "unknown" : language});
  std::stable_sort(by_count.begin(), by_count.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
  std::string text;
  for (const auto& [people, language] : by_count) text += (text.empty() ? "" : ", ") + language + " " + std::to_string(people);
  return text;
}

// The first pass's attempts, every file whole: a line that cannot be read
// fails the command, or a voter reached would be knocked on again.
bool ReadPrevious(const std::vector<std::string>& paths, std::vector<ContactAttempt>& attempts, std::ostream& err) {
  std::size_t problems = 0;
  for (const std::string& path : paths) {
    std::string text;
    if (!ReadOpenedFile(path, text, err)) return false;
    ParsedJsonLines parsed = ParseJsonLines(text);
    if (!parsed.header_read) {
      err << "puerta: cut: " << path << ": not an attempts export (its first line names no \"puerta-attempts\" "
          << "format): give the results as `puerta open` or `puerta export --format jsonl` wrote them\n";
      return false;
    }
    for (const std::string& e : parsed.errors) err << "puerta: cut: " << path << ": " << e << "\n";
    problems += parsed.errors.size();
    attempts.insert(attempts.end(), parsed.attempts.begin(), parsed.attempts.end());
  }
  if (problems)
    err << "puerta: cut: " << problems << " unreadable line(s) in the previous results; fix them so no voter reached "
        << "is sent a canvasser again\n";
  return problems == 0;
}

int Cut(const CutCommandOptions& o, std::ostream& out, std::ostream& err) {
  WalkList list;
  if (!ImportWalkList({o.list, o.mapping, ""}, "cut", list, err)) return 1;

  std::vector<cut::Canvasser> crew;
  if (!o.canvassers.empty()) {
    std::string bytes;
    if (!ReadOpenedFile(o.canvassers, bytes, err)) return 1;
    cut::CanvasserList read = cut::ReadCanvassers(bytes);
    for (const auto& p : read.problems) err << "puerta: " << cut::Describe(o.canvassers, p) << "\n";
    if (!read.problems.empty()) {
      err << "puerta: cut: " << read.problems.size() << " problem(s) in " << o.canvassers
          << "; fix them so nobody is left out of the suggestions\n";
      return 1;
    }
    crew = std::move(read.canvassers);
  }

  if (!o.previous.empty()) {
    std::vector<ContactAttempt> attempts;
    if (!ReadPrevious(o.previous, attempts, err)) return 1;
    const auto last = cut::LastResults(attempts);
    const std::string language = NormalizeLanguage(o.follow_ups);  // "Vietnamese" -> "vi", as voter files say it
    const cut::PassSummary pass =
        language.empty() ? cut::KeepStillToReach(list, last) : cut::KeepFollowUps(list, last, language);
    std::string reasons;
    for (const auto& [result, voters] : pass.dropped_by_result)
      reasons += (reasons.empty() ? "" : ", ") + result + " " + std::to_string(voters);
    err << "puerta: cut: previous pass: " << pass.voters_dropped
        << (o.follow_ups.empty() ? " voter(s) reached left out" : " voter(s) without a follow-up in " + language + " left out")
        << (reasons.empty() ? "" : " (" + reasons + ")") << ", " << pass.households_dropped
        << " door(s) with nobody left; " << pass.voters_carrying << " voter(s) carry their last result\n";
    if (pass.voters_not_in_list)
      err << "puerta: cut: note: the previous results name " << pass.voters_not_in_list << " voter(s) not in " << o.list
          << " (another voter file?): they were not used\n";
    if (list.households.empty()) {
      err << "puerta: cut: " << (o.follow_ups.empty() ? "every voter of " + o.list + " was reached"
                                                      : "no voter of " + o.list + " awaits a follow-up in " + language)
          << ": nothing is left to cut\n";
      return 1;
    }
  }

  cut::TurfPlan plan(list);
  const cut::CutOptions options{o.doors, 0.10};
  std::vector<cut::GroupCut> cuts;
  if (!o.by_column.empty()) {
    std::string why;
    auto by = cut::AutoCutByColumn(plan, o.by_column, options, why);
    if (!by) {
      err << "puerta: cut: --by-column: " << o.list << ": " << why << "\n";
      return 1;
    }
    cuts = std::move(*by);
  } else {
    cuts.push_back(cut::AutoCut(plan, plan.Unassigned(), options));
  }
  const std::vector<cut::Suggestion> suggestions = cut::SuggestCanvassers(plan, crew);

  const std::optional<std::vector<std::string>> written = WriteTurfFolder(plan, o.out, o.force, err);
  if (!written) return 1;
  const std::vector<std::string>& paths = *written;

  std::vector<cut::TurfShape> shapes;
  for (std::uint32_t t = 0; t < plan.TurfCount(); ++t) shapes.push_back(cut::MeasureTurf(plan, t));
  if (o.json) {
    rapidjson::OStreamWrapper stream(out);
    for (std::uint32_t t = 0; t < plan.TurfCount(); ++t) {
      const cut::Turf& turf = plan.turf(t);
      rapidjson::Writer<rapidjson::OStreamWrapper> w(stream);
      const auto string = [&](const std::string& s) { w.String(s.data(), static_cast<rapidjson::SizeType>(s.size())); };
      w.StartObject();
      w.Key("turf"), string(turf.name);
      w.Key("file"), string(paths[t]);
      w.Key("group"), string(turf.group);
      w.Key("by_street"), w.Bool(turf.by_street);
      w.Key("doors"), w.Uint(turf.counts.doors);
      w.Key("people"), w.Uint(turf.counts.people);
      w.Key("languages"), w.StartObject();
      for (const auto& [language, people] : turf.counts.languages)
        w.Key(language.empty() ? "unknown" : language.c_str()), w.Uint(people);
      w.EndObject();
      w.Key("route_meters"), w.Int64(std::llround(shapes[t].route_meters));
      w.Key("canvasser"), string(suggestions[t].canvasser);
      w.Key("warning"), string(suggestions[t].warning);
      w.EndObject();
      out << "\n";
    }
  } else {
    std::size_t name_width = 4;
    for (std::uint32_t t = 0; t < plan.TurfCount(); ++t) name_width = std::max(name_width, plan.turf(t).name.size());
    out << std::left << std::setw(int(name_width) + 2) << "turf" << std::right << std::setw(6) << "doors"
        << std::setw(8) << "people" << std::setw(9) << "route m" << "  " << std::left << std::setw(20) << "canvasser"
        << "languages\n";
    for (std::uint32_t t = 0; t < plan.TurfCount(); ++t) {
      const cut::Turf& turf = plan.turf(t);
      const std::string route = turf.by_street ? "street" : std::to_string(std::llround(shapes[t].route_meters));
      out << std::left << std::setw(int(name_width) + 2) << turf.name << std::right << std::setw(6)
          << turf.counts.doors << std::setw(8) << turf.counts.people << std::setw(9) << route << "  " << std::left
          << std::setw(20) << (suggestions[t].canvasser.empty() ? "-" : suggestions[t].canvasser)
          << LanguageList(turf.counts);
      if (!suggestions[t].warning.empty()) out << "  WARNING: " << suggestions[t].warning;
      if (turf.by_street) out << "  (no coordinates: cut by street)";
      out << "\n";
    }
  }
  std::uint32_t people = 0;
  for (std::uint32_t t = 0; t < plan.TurfCount(); ++t) people += plan.turf(t).counts.people;
  if (o.json) {  // a last line for scripts: the whole cut, and why any sizes are off
    rapidjson::OStreamWrapper stream(out);
    rapidjson::Writer<rapidjson::OStreamWrapper> w(stream);
    w.StartObject();
    w.Key("summary"), w.StartObject();
    w.Key("turfs"), w.Uint(plan.TurfCount());
    w.Key("doors"), w.Uint64(list.households.size());
    w.Key("people"), w.Uint(people);
    w.Key("problems"), w.StartArray();
    for (const cut::GroupCut& c : cuts)
      for (const std::string& problem : c.problems) w.String(problem.data(), static_cast<rapidjson::SizeType>(problem.size()));
    w.EndArray();
    w.EndObject();
    w.EndObject();
    out << "\n";
  }
  for (const cut::GroupCut& c : cuts)
    for (const std::string& problem : c.problems) err << "puerta: cut: sizes: " << problem << "\n";
  err << "puerta: cut: " << plan.TurfCount() << " turf(s), " << list.households.size() << " doors, " << people
      << " voters, written to " << o.out << " (each file: puerta package --list FILE ...)\n";
  return 0;
}

}  // namespace

void AddCutCommand(CLI::App& puerta, const Streams& io, Action& action) {
  auto o = std::make_shared<CutCommandOptions>();
  CLI::App* c = puerta.add_subcommand("cut", "cut a voter file into turfs of about N doors, one voter file per turf");
  c->add_option("VOTERFILE", o->list, "the voter file (CSV, TSV or text; see core/walklist/FORMATS.md)")
      ->type_name("")
      ->required();
  c->add_option("--doors", o->doors, "doors per turf (each turf within 10 % of it when the total allows)")
      ->type_name("N")
      ->required()
      ->check(CLI::Range(1u, 100000u));
  AddValue(*c, "--out", o->out, "DIR", "the folder to write one voter file per turf into (made if missing)")->required();
  AddValue(*c, "--by-column,--by", o->by_column, "COLUMN",
           "one group of turfs per value of this column (a precinct column, city or zip), each cut in turn");
  AddValue(*c, "--canvassers", o->canvassers, "FILE",
           "a CSV of canvassers (name,languages): suggest one per turf who speaks its voters' language");
  AddRepeatedValue(*c, "--previous", o->previous, "RESULTS_JSONL",
                   "a previous pass's results (jsonl from puerta open or export): leave out voters reached, carry "
                   "each other voter's last result (repeat for more files)");
  CLI::Option* follow_ups =
      AddValue(*c, "--follow-ups", o->follow_ups, "LANGUAGE",
               "with --previous: only the voters to come back to in this language (Language Barrier heard in it; "
               "Come Back or Call Back from a voter who prefers it)");
  follow_ups->needs("--previous");
  AddValue(*c, "--mapping", o->mapping, "MAP", "a mapping file, for a voter-file layout that is not recognized");
  c->add_flag("--json", o->json, "print one JSON line per turf instead of the table");
  c->add_flag("--force", o->force, "replace turf files already in DIR");
  c->callback([o, &io, &action] { action = [o, &io] { return Cut(*o, io.out, io.err); }; });
}

}  // namespace puerta::cli
