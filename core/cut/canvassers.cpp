#include "cut/canvassers.h"

#include <algorithm>
#include <map>
#include <numeric>
#include <set>

#include "walklist/csv.h"
#include "walklist/language.h"
#include "walklist/layouts.h"
#include "walklist/text_encoding.h"

namespace puerta::cut {
namespace {

std::vector<std::string> SplitLanguages(std::string_view text) {
  std::vector<std::string> out;
  std::string word;
  const auto flush = [&] {
    if (word.empty()) return;
    std::string code = NormalizeLanguage(word);
    if (std::find(out.begin(), out.end(), code) == out.end()) out.push_back(std::move(code));
    word.clear();
  };
  for (char c : text) {
    if (c == ' ' || c == ',' || c == ';' || c == '/' || c == '|' || c == '\t') flush();
    else word += c;
  }
  flush();
  return out;
}

std::string Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return std::string(s);
}

}  // namespace

CanvasserList ReadCanvassers(std::string_view bytes) {
  CanvasserList list;
  const text::Decoded decoded = text::DecodeToUtf8(bytes);
  if (decoded.binary) {
    list.problems.push_back({0, "", "not a text file: a CSV with the columns name and languages is expected"});
    return list;
  }
  const std::string_view text = decoded.text();
  const std::string_view first_line = text.substr(0, text.find_first_of("\r\n"));
  const char delimiter = first_line.find('\t') != std::string_view::npos  ? '\t'
                         : first_line.find(';') != std::string_view::npos ? ';'
                                                                          : ',';
  csv::Reader reader(text, delimiter);
  csv::Row row;
  if (!reader.Next(row)) {
    list.problems.push_back({0, "", "empty: a CSV with the columns name and languages is expected"});
    return list;
  }
  int name_column = -1, languages_column = -1;
  for (std::size_t i = 0; i < row.fields.size(); ++i) {
    const std::string key = layout::HeaderKey(row.fields[i]);
    if (key == "name" || key == "canvasser") name_column = static_cast<int>(i);
    if (key == "languages" || key == "language") languages_column = static_cast<int>(i);
  }
  if (name_column < 0 || languages_column < 0) {
    list.problems.push_back({row.line, name_column < 0 ? "name" : "languages",
                             "the header has no such column: a CSV with the columns name and languages is expected"});
    return list;
  }
  std::set<std::string> names;
  while (reader.Next(row)) {
    const auto field = [&](int column) {
      return column < static_cast<int>(row.fields.size()) ? Trim(row.fields[column]) : std::string();
    };
    Canvasser c{field(name_column), SplitLanguages(field(languages_column))};
    if (c.name.empty()) {
      list.problems.push_back({row.line, "name", "no name"});
      continue;
    }
    if (c.languages.empty()) {
      list.problems.push_back({row.line, "languages", c.name + " speaks no language listed (write en for English)"});
      continue;
    }
    if (!names.insert(c.name).second) {
      list.problems.push_back({row.line, "name", c.name + " is listed twice"});
      continue;
    }
    list.canvassers.push_back(std::move(c));
  }
  for (const csv::ParseError& e : reader.errors()) list.problems.push_back({e.line, "", e.message});
  std::stable_sort(list.problems.begin(), list.problems.end(),
                   [](const CanvasserProblem& a, const CanvasserProblem& b) { return a.row < b.row; });
  return list;
}

std::string Describe(std::string_view file, const CanvasserProblem& p) {
  std::string s(file);
  if (p.row) s += ", row " + std::to_string(p.row);
  if (!p.column.empty()) s += ", column \"" + p.column + "\"";
  return s + ": " + p.message;
}

std::string MainOtherLanguage(const TurfCounts& counts) {
  std::string best;
  std::uint32_t most = 0;
  for (const auto& [language, people] : counts.languages)
    if (!language.empty() && language != "en" && people > most) best = language, most = people;
  return best;
}

std::vector<Suggestion> SuggestCanvassers(const TurfPlan& plan, const std::vector<Canvasser>& canvassers) {
  std::vector<Suggestion> out(plan.TurfCount());
  std::map<std::string, std::uint32_t> speakers;
  for (const Canvasser& c : canvassers)
    for (const std::string& l : c.languages) ++speakers[l];
  std::vector<std::uint32_t> order(plan.TurfCount());
  std::iota(order.begin(), order.end(), 0);
  for (std::uint32_t t : order) out[t].language = MainOtherLanguage(plan.turf(t).counts);
  // Turfs whose language someone speaks first, the scarcest first, so that
  // its few speakers are not already out on turfs anyone could walk; then
  // the rest (no other language, or one nobody speaks) take who is left.
  const auto scarcity = [&](std::uint32_t t) {
    const auto it = speakers.find(out[t].language);
    return out[t].language.empty() || it == speakers.end() ? std::uint32_t(1) << 30 : it->second;
  };
  std::stable_sort(order.begin(), order.end(),
                   [&](std::uint32_t a, std::uint32_t b) { return scarcity(a) < scarcity(b); });
  std::vector<std::uint32_t> load(canvassers.size(), 0);
  const auto least_loaded = [&](auto&& eligible) {
    std::size_t best = canvassers.size();
    for (std::size_t i = 0; i < canvassers.size(); ++i)
      if (eligible(canvassers[i]) && (best == canvassers.size() || load[i] < load[best])) best = i;
    return best;
  };
  for (std::uint32_t t : order) {
    Suggestion& s = out[t];
    std::size_t pick = canvassers.size();
    if (!s.language.empty()) {
      pick = least_loaded([&](const Canvasser& c) {
        return std::find(c.languages.begin(), c.languages.end(), s.language) != c.languages.end();
      });
      if (pick == canvassers.size())
        s.warning = "nobody speaks " + s.language + " (" + std::to_string(plan.turf(t).counts.languages.at(s.language)) +
                    " people)";
    }
    if (pick == canvassers.size()) pick = least_loaded([](const Canvasser&) { return true; });
    if (pick == canvassers.size()) continue;  // no canvassers at all
    s.canvasser = canvassers[pick].name;
    ++load[pick];
  }
  return out;
}

}  // namespace puerta::cut
