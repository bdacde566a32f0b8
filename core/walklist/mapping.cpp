#include "walklist/mapping.h"

#include <rapidjson/document.h>

#include "util/json_reader.h"

namespace puerta::layout {

std::optional<Mapping> ParseMapping(std::string_view text, std::string& problem) {
  // A mapping is a few hundred bytes: json::Limits' defaults bound a hostile one.
  constexpr json::Limits kLimits{};
  rapidjson::Document doc;
  json::ParseError error;
  if (!json::Parse(text, kLimits, doc, error)) {
    problem = error.Describe("the mapping");
    return std::nullopt;
  }
  const json::Node root(doc, "$");
  auto fail = [&](std::string message) {
    problem = "the mapping: " + std::move(message);
    return std::nullopt;
  };
  if (!root.IsObject()) return fail(root.Expected("an object in { }"));
  Mapping m;
  std::string p;
  if (const auto it = root.Find("delimiter")) {
    std::string delimiter;
    if (!it->Text(delimiter, p)) return fail(p);
    if (delimiter.size() != 1) return fail(it->Expected("one character in quotes, such as \",\" or \"\\t\""));
    m.delimiter = delimiter[0];
  }
  if (const auto it = root.Find("header"); it && !it->Bool(m.header, p)) return fail(p);
  if (const auto it = root.Find("columns")) {
    if (!it->IsArray()) return fail(it->Expected("a list of column names in [ ]"));
    for (std::size_t i = 0; i < it->Size(); ++i)
      if (!(*it)[i].Text(m.columns.emplace_back(), p)) return fail(p);
  }
  if (!m.header && m.columns.empty())
    return fail("$.columns: the mapping says the file has no header, so it must list \"columns\"");
  const auto fields = root.Find("fields");
  if (!fields || !fields->IsObject())
    return fail("$.fields: expected an object naming columns, e.g. {\"id\": \"Voter ID\", \"address\": \"Street\"}");
  fields->ForEachMember([&](std::string_view name, const json::Node& column) {
    if (!p.empty()) return;
    const auto field = FieldFromName(std::string(name));
    if (!field) {
      p = column.path() + ": unknown field \"" + std::string(name) + "\"; known fields are";
      for (std::size_t k = 0; k < kFieldCount; ++k) p += (k ? ", " : " ") + std::string(FieldName(Field(k)));
      return;
    }
    std::string column_name;
    if (column.Text(column_name, p)) m.fields.emplace_back(*field, std::move(column_name));
  });
  if (!p.empty()) return fail(p);
  return m;
}

std::optional<ColumnMap> ApplyMapping(const Mapping& mapping, const std::vector<std::string>& header,
                                      std::string& problem) {
  ColumnMap map;
  map.layout = "mapping";
  for (const auto& [field, column] : mapping.fields) {
    const std::string key = HeaderKey(column);
    std::int32_t index = -1;
    for (std::size_t i = 0; i < header.size() && index < 0; ++i)
      if (HeaderKey(header[i]) == key) index = static_cast<std::int32_t>(i);
    if (index < 0) {
      problem = "the mapping reads \"" + std::string(FieldName(field)) + "\" from column \"" + column +
                "\", which the file does not have";
      return std::nullopt;
    }
    map.column[static_cast<std::size_t>(field)] = index;
  }
  if (!map.HasAddress()) {
    problem = "the mapping must give \"address\" (or \"house_number\" and \"street_name\") to place doors";
    return std::nullopt;
  }
  return map;
}

}  // namespace puerta::layout
