#include "walklist/import.h"

#include <algorithm>
#include <cctype>
#include <map>

#include "walklist/csv.h"

namespace puerta {
namespace {

std::string Lower(std::string s) {
  for (auto& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

std::string Upper(std::string s) {
  for (auto& c : s) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return s;
}

}  // namespace

ImportResult ImportVoterFile(std::string_view file_name, std::string_view bytes) {
  ImportResult result;
  if (bytes.starts_with("\xEF\xBB\xBF")) bytes.remove_prefix(3);
  const csv::Table table = csv::Parse(bytes, csv::GuessDelimiter(bytes));
  for (const auto& e : table.errors) result.errors.push_back({e.line, "", e.message});
  if (table.rows.empty()) {
    result.fatal = std::string(file_name) + ": the file is empty";
    return result;
  }
  std::map<std::string, std::size_t> column;
  for (std::size_t i = 0; i < table.rows[0].fields.size(); ++i) column[Lower(table.rows[0].fields[i])] = i;
  for (const char* required : {"id", "first_name", "last_name", "address"}) {
    if (!column.count(required)) {
      result.fatal = std::string(file_name) + ": no column named \"" + required + "\"";
      return result;
    }
  }
  result.layout = "puerta";
  std::map<std::string, std::size_t> household_of;
  for (std::size_t r = 1; r < table.rows.size(); ++r) {
    const auto& row = table.rows[r];
    ++result.rows;
    auto get = [&](const char* name) -> std::string {
      auto it = column.find(name);
      return it != column.end() && it->second < row.fields.size() ? row.fields[it->second] : std::string();
    };
    Voter v{get("id"), get("first_name"), get("last_name"), get("phone"), get("language"), {}};
    if (v.id.empty()) {
      result.errors.push_back({row.line, "id", "the voter has no id"});
      continue;
    }
    Address a{"", Upper(get("address")), Upper(get("unit")), get("city"), get("zip"), get("address")};
    if (!get("unit").empty()) a.display += ", Apt " + get("unit");
    const std::string key = a.street + "|" + a.unit;
    auto [it, added] = household_of.try_emplace(key, result.list.households.size());
    if (added) {
      Household h;
      h.id = "h" + std::to_string(result.list.households.size() + 1);
      h.address = a;
      result.list.households.push_back(h);
    }
    result.list.households[it->second].voters.push_back(std::move(v));
  }
  std::map<std::string, std::size_t> building_of;
  for (std::uint32_t i = 0; i < result.list.households.size(); ++i) {
    const auto& h = result.list.households[i];
    auto [it, added] = building_of.try_emplace(h.address.street, result.list.buildings.size());
    if (added) result.list.buildings.push_back({"b" + std::to_string(i + 1), h.address.street, h.location, {}});
    result.list.buildings[it->second].households.push_back(i);
  }
  return result;
}

}  // namespace puerta
