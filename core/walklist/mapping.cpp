#include "walklist/mapping.h"

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>

namespace puerta::layout {
namespace {

// HasMember rather than FindMember() != MemberEnd(): clang warns that C++20
// finds rapidjson's iterator comparisons ambiguous, and this keeps it quiet.
const rapidjson::Value* Member(const rapidjson::Value& object, const char* name) {
  return object.HasMember(name) ? &object[name] : nullptr;
}

}  // namespace

std::optional<Mapping> ParseMapping(std::string_view json, std::string& problem) {
  rapidjson::Document doc;
  doc.Parse(json.data(), json.size());
  if (doc.HasParseError()) {
    problem = "the mapping is not valid JSON (" + std::string(rapidjson::GetParseError_En(doc.GetParseError())) +
              " at byte " + std::to_string(doc.GetErrorOffset()) + ")";
    return std::nullopt;
  }
  if (!doc.IsObject()) {
    problem = "the mapping must be a JSON object";
    return std::nullopt;
  }
  Mapping m;
  if (const rapidjson::Value* it = Member(doc, "delimiter")) {
    if (!it->IsString() || it->GetStringLength() != 1) {
      problem = "the mapping's \"delimiter\" must be a one-character string such as \",\" or \"\\t\"";
      return std::nullopt;
    }
    m.delimiter = it->GetString()[0];
  }
  if (const rapidjson::Value* it = Member(doc, "header")) {
    if (!it->IsBool()) {
      problem = "the mapping's \"header\" must be true or false";
      return std::nullopt;
    }
    m.header = it->GetBool();
  }
  if (const rapidjson::Value* it = Member(doc, "columns")) {
    if (!it->IsArray()) {
      problem = "the mapping's \"columns\" must be an array of column names";
      return std::nullopt;
    }
    for (const auto& c : it->GetArray()) {
      if (!c.IsString()) {
        problem = "the mapping's \"columns\" must hold only strings";
        return std::nullopt;
      }
      m.columns.emplace_back(c.GetString(), c.GetStringLength());
    }
  }
  if (!m.header && m.columns.empty()) {
    problem = "the mapping says the file has no header, so it must list \"columns\"";
    return std::nullopt;
  }
  const rapidjson::Value* fields = Member(doc, "fields");
  if (!fields || !fields->IsObject()) {
    problem = "the mapping needs a \"fields\" object, e.g. {\"id\": \"Voter ID\", \"address\": \"Street\"}";
    return std::nullopt;
  }
  for (rapidjson::SizeType i = 0; i < fields->MemberCount(); ++i) {
    const auto& f = *(fields->MemberBegin() + i);
    const std::string name(f.name.GetString(), f.name.GetStringLength());
    const auto field = FieldFromName(name);
    if (!field) {
      problem = "the mapping names an unknown field \"" + name + "\"; known fields are";
      for (std::size_t k = 0; k < kFieldCount; ++k) problem += (k ? ", " : " ") + std::string(FieldName(Field(k)));
      return std::nullopt;
    }
    if (!f.value.IsString()) {
      problem = "the mapping's field \"" + name + "\" must name a column with a string";
      return std::nullopt;
    }
    m.fields.emplace_back(*field, std::string(f.value.GetString(), f.value.GetStringLength()));
  }
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
