#include "walklist/import.h"

#include <algorithm>
#include <functional>

#include "route/walk_order.h"
#include "walklist/column_roles.h"
#include "walklist/csv.h"
#include "walklist/headerless.h"
#include "walklist/households.h"
#include "walklist/index_set.h"
#include "walklist/layouts.h"
#include "walklist/mapping.h"
#include "walklist/row_reader.h"
#include "walklist/text_encoding.h"

namespace puerta {
namespace {

bool AllEmpty(const csv::RowView& row) {
  for (const auto& f : row.fields)
    if (!f.empty()) return false;
  return true;
}

// Voter ids seen so far and the row each was first on. The ids lie end to
// end in one string, found through an IndexSet: a std::unordered_map cost a
// node (and for long ids a key allocation) for each of 100,000 rows.
class SeenIds {
 public:
  // The row id was first seen on; nullopt the first time (then it is recorded).
  std::optional<std::uint32_t> FirstRow(std::string_view id, std::uint32_t row) {
    const auto fresh = static_cast<std::uint32_t>(rows_.size());
    const std::uint32_t k =
        set_.FindOrAdd(std::hash<std::string_view>{}(id), fresh, [&](std::uint32_t i) { return Id(i) == id; });
    if (k != fresh) return rows_[k];
    starts_.push_back(text_.size());
    text_ += id;
    rows_.push_back(row);
    return std::nullopt;
  }

 private:
  std::string_view Id(std::uint32_t i) const {
    const std::size_t end = i + 1 < starts_.size() ? starts_[i + 1] : text_.size();
    return std::string_view(text_).substr(starts_[i], end - starts_[i]);
  }

  std::string text_;                 // every id, end to end
  std::vector<std::size_t> starts_;  // where each begins in text_
  std::vector<std::uint32_t> rows_;  // the row each was first on
  IndexSet set_;
};

// The first rows of a file, copied, for guessing what its columns hold.
std::vector<std::vector<std::string>> SampleRows(std::string_view text, char delimiter, bool skip_header) {
  constexpr std::size_t kSampleRows = 200;
  csv::Reader reader(text, delimiter);
  csv::Row row;
  std::vector<std::vector<std::string>> rows;
  if (skip_header) reader.Next(row);
  while (rows.size() < kSampleRows && reader.Next(row)) rows.push_back(row.fields);
  return rows;
}

std::string MiB(std::uint32_t bytes) { return std::to_string(bytes >> 20) + " MiB"; }

class Importer {
 public:
  Importer(std::string_view file_name, const ImportOptions& options) : options_(options) {
    result_.file = std::string(file_name);
  }

  ImportResult Run(std::string_view bytes) {
    const text::Decoded decoded = text::DecodeToUtf8View(bytes);
    const std::string_view text = decoded.text();
    result_.encoding = decoded.encoding;
    if (!decoded.note.empty()) result_.notes.push_back(decoded.note);
    if (decoded.binary) return Fatal("this is not a text file (it holds binary data); export the list as CSV");
    if (text.find_first_not_of(" \t\r\n") == std::string_view::npos) return Fatal("the file is empty");

    std::optional<layout::Mapping> mapping;
    if (!options_.mapping_json.empty()) {
      std::string problem;
      mapping = layout::ParseMapping(options_.mapping_json, problem);
      if (!mapping) return Fatal(problem);
    }
    const char delimiter = mapping && mapping->delimiter ? *mapping->delimiter : csv::GuessDelimiter(text);
    csv::Reader reader(text, delimiter);

    // The header: the file's first row, or the names we were given.
    std::vector<std::string> header;
    csv::RowView row;
    bool headerless = mapping ? !mapping->header : !options_.columns.empty();
    const bool have_first = reader.Next(row);
    std::optional<layout::HeaderlessMatch> assumed;  // a state's published layout, for a file with no header
    if (headerless) {
      header = mapping ? mapping->columns : options_.columns;
    } else {
      if (!have_first) return FatalWithCsvErrors(reader, "no header row could be read");
      if (row.oversized_field >= 0)
        return Fatal("the first line holds a field longer than " + MiB(csv::kMaxFieldBytes) + "; this is not a voter file");
      header.assign(row.fields.begin(), row.fields.end());
      if (!mapping && !layout::Recognize(header).map && layout::LooksLikeData(header)) {
        const auto sample = SampleRows(text, delimiter, false);
        assumed = layout::RecognizeHeaderless(sample);
        if (!assumed) {
          result_.mapping_template = layout::MappingTemplate(sample, header.size(), delimiter);
          return Fatal("the file has no header row (its first line holds values: \"" + header.front() + "\", ...), and its " +
                       std::to_string(header.size()) + " columns match none of the published layouts Puerta knows (" +
                       layout::HeaderlessLayoutsDescribed() +
                       "); here is a mapping file with the roles guessed from the values: save it, check each role "
                       "(first and last names may be swapped) and give it with --mapping");
        }
        headerless = true;
        header = assumed->mapping.columns;
        result_.notes.push_back("the file has no header row: assumed " + assumed->description);
      }
    }

    std::string problem;
    std::optional<layout::ColumnMap> map;
    if (mapping || assumed) {
      map = layout::ApplyMapping(mapping ? *mapping : assumed->mapping, header, problem);
      if (!map) return Fatal(problem);
      if (assumed) map->layout = assumed->layout;
    } else if (layout::Recognition known = layout::Recognize(header); known.map) {
      map = std::move(known.map);
    } else {
      layout::Inference inferred = layout::InferRoles(header, SampleRows(text, delimiter, !headerless));
      result_.columns = std::move(inferred.roles);
      if (!inferred.map) return Fatal(inferred.problem);
      map = std::move(inferred.map);
      if (const std::string doubts = layout::DescribeDoubts(result_.columns);
          !doubts.empty() && !options_.accept_doubtful_roles)
        return Fatal("the header matches no known layout, and some columns' roles are only guessed: " + doubts +
                     "; check them with `puerta list inspect` and give a mapping file (--mapping)");
    }
    if (result_.columns.empty()) result_.columns = layout::DescribeRoles(*map, header);
    result_.layout = map->layout;

    HouseholdGrouper households;
    check_controls_ = decoded.control_bytes > 0;
    ReadRows(reader, *map, header, headerless && have_first, row, households);
    for (const auto& e : reader.errors()) result_.errors.push_back({e.line, "", e.message});
    std::stable_sort(result_.errors.begin(), result_.errors.end(),
                     [](const ImportIssue& a, const ImportIssue& b) { return a.row < b.row; });

    if (result_.rows == 0 && reader.errors().empty())
      return Fatal(headerless ? "the file has no rows" : "the file has a header but no data rows");
    if (households.rows() == 0) {
      const ImportIssue first = result_.errors.empty() ? ImportIssue{} : result_.errors.front();
      return Fatal("none of the " + std::to_string(result_.rows) + " rows could be used (first problem: " +
                   Describe(result_, first) + ")");
    }
    result_.list = std::move(households).Finish();
    result_.walk_order = route::PutInWalkOrder(result_.list, options_.start).method;
    return std::move(result_);
  }

 private:
  // Every data row into households; row holds the first one already read
  // when pending (a headerless file).
  void ReadRows(csv::Reader& reader, const layout::ColumnMap& map, const std::vector<std::string>& header,
                bool pending, csv::RowView& row, HouseholdGrouper& households) {
    RowReader row_reader(map, header);
    // Gone before the walk order is worked out, which needs memory of its own.
    SeenIds seen_ids;
    while (pending || reader.Next(row)) {
      pending = false;
      if (AllEmpty(row)) continue;  // ",,,," lines carry nothing to lose
      ++result_.rows;
      if (row.oversized_field >= 0) {
        const auto c = static_cast<std::size_t>(row.oversized_field);
        result_.errors.push_back({row.line, c < header.size() ? header[c] : "",
                                  "a field longer than " + MiB(csv::kMaxFieldBytes) + "; row skipped"});
        continue;
      }
      if (check_controls_ && HasControlByte(row, header)) continue;
      std::optional<ImportedRow> imported = row_reader.Read(row, result_.errors);
      if (!imported) continue;
      if (imported->voter) {
        if (const auto first = seen_ids.FirstRow(imported->voter->id, row.line)) {
          result_.errors.push_back({row.line, header[static_cast<std::size_t>(map[layout::Field::kId])],
                                    "duplicate voter id \"" + imported->voter->id + "\" (first on row " +
                                        std::to_string(*first) + "); row skipped"});
          continue;
        }
      }
      households.Add(std::move(*imported));
    }
  }

  // A NUL byte or another control character in a field is damage (a file cut
  // and pasted from a binary one, a broken export): the row is reported with
  // the column and skipped, never imported with the byte in a name.
  bool HasControlByte(const csv::RowView& row, const std::vector<std::string>& header) {
    for (std::size_t c = 0; c < row.fields.size(); ++c) {
      const std::string_view f = row.fields[c];
      const auto it = std::find_if(f.begin(), f.end(), [](char ch) { return text::IsControlByte(static_cast<unsigned char>(ch)); });
      if (it == f.end()) continue;
      const auto byte = static_cast<unsigned>(static_cast<unsigned char>(*it));
      const char hex[] = "0123456789ABCDEF";
      const std::string what = byte == 0 ? "a NUL byte" : std::string("control character 0x") + hex[byte >> 4] + hex[byte & 0xF];
      result_.errors.push_back({row.line, c < header.size() ? header[c] : "",
                                "holds " + what + " (damaged or binary data); row skipped"});
      return true;
    }
    return false;
  }

  ImportResult Fatal(std::string reason) {
    result_.fatal = result_.file + ": " + reason;
    result_.list = {};
    return std::move(result_);
  }
  ImportResult FatalWithCsvErrors(const csv::Reader& reader, std::string reason) {
    if (!reader.errors().empty()) reason += " (" + reader.errors().front().message + ")";
    return Fatal(reason);
  }

  const ImportOptions& options_;
  ImportResult result_;
  bool check_controls_ = false;  // the file holds control bytes: look for them row by row
};

}  // namespace

ImportResult ImportVoterFile(std::string_view file_name, std::string_view bytes) {
  return ImportVoterFile(file_name, bytes, ImportOptions{});
}

ImportResult ImportVoterFile(std::string_view file_name, std::string_view bytes, const ImportOptions& options) {
  return Importer(file_name, options).Run(bytes);
}

std::string Describe(const ImportResult& result, const ImportIssue& issue) {
  std::string out = result.file;
  if (issue.row) out += ", row " + std::to_string(issue.row);
  if (!issue.column.empty()) out += ", column \"" + issue.column + "\"";
  return out + ": " + issue.message;
}

}  // namespace puerta
