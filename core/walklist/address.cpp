#include "walklist/address.h"

#include <array>
#include <cctype>
#include <utility>
#include <vector>

namespace puerta::address {
namespace {

using Pair = std::pair<std::string_view, std::string_view>;

constexpr std::array kDirections = {
    Pair{"NORTH", "N"}, Pair{"SOUTH", "S"}, Pair{"EAST", "E"}, Pair{"WEST", "W"},
    Pair{"NORTHEAST", "NE"}, Pair{"NORTHWEST", "NW"}, Pair{"SOUTHEAST", "SE"}, Pair{"SOUTHWEST", "SW"},
    Pair{"N", "N"}, Pair{"S", "S"}, Pair{"E", "E"}, Pair{"W", "W"},
    Pair{"NE", "NE"}, Pair{"NW", "NW"}, Pair{"SE", "SE"}, Pair{"SW", "SW"}};

// USPS Publication 28 suffixes that voter files actually use.
constexpr std::array kStreetTypes = {
    Pair{"STREET", "ST"}, Pair{"STR", "ST"}, Pair{"ST", "ST"}, Pair{"AVENUE", "AVE"}, Pair{"AV", "AVE"},
    Pair{"AVE", "AVE"}, Pair{"BOULEVARD", "BLVD"}, Pair{"BLVD", "BLVD"}, Pair{"DRIVE", "DR"}, Pair{"DR", "DR"},
    Pair{"ROAD", "RD"}, Pair{"RD", "RD"}, Pair{"LANE", "LN"}, Pair{"LN", "LN"}, Pair{"COURT", "CT"},
    Pair{"CT", "CT"}, Pair{"PLACE", "PL"}, Pair{"PL", "PL"}, Pair{"TERRACE", "TER"}, Pair{"TER", "TER"},
    Pair{"CIRCLE", "CIR"}, Pair{"CIR", "CIR"}, Pair{"CRESCENT", "CRES"}, Pair{"CRES", "CRES"},
    Pair{"PARKWAY", "PKWY"}, Pair{"PKWY", "PKWY"}, Pair{"HIGHWAY", "HWY"}, Pair{"HWY", "HWY"},
    Pair{"TRAIL", "TRL"}, Pair{"TRL", "TRL"}, Pair{"SQUARE", "SQ"}, Pair{"SQ", "SQ"}, Pair{"ALLEY", "ALY"},
    Pair{"WAY", "WAY"}, Pair{"LOOP", "LOOP"}, Pair{"HEIGHTS", "HTS"}, Pair{"EXPRESSWAY", "EXPY"},
    Pair{"PLAZA", "PLZ"}, Pair{"POINT", "PT"}, Pair{"RIDGE", "RDG"}, Pair{"CROSSING", "XING"}};

// Designators dropped from a unit: "APT 4B", "UNIT 4B", "#4B" are all "4B".
constexpr std::array<std::string_view, 9> kPlainUnitWords = {"APT", "APARTMENT", "UNIT", "STE",  "SUITE",
                                                             "#",   "RM",        "ROOM", "NO"};
// Designators kept because they say where, not which: "FL 2" is a floor.
constexpr std::array kKeptUnitWords = {Pair{"FL", "FL"},     Pair{"FLOOR", "FL"},  Pair{"LOT", "LOT"},
                                       Pair{"SPC", "SPC"},   Pair{"SPACE", "SPC"}, Pair{"TRLR", "TRLR"},
                                       Pair{"BLDG", "BLDG"}, Pair{"PH", "PH"}};
// Units that need no number.
constexpr std::array kWordUnits = {Pair{"BSMT", "BSMT"},     Pair{"BASEMENT", "BSMT"}, Pair{"REAR", "REAR"},
                                   Pair{"FRNT", "FRNT"},     Pair{"FRONT", "FRNT"},    Pair{"UPPR", "UPPR"},
                                   Pair{"UPPER", "UPPR"},    Pair{"LOWR", "LOWR"},     Pair{"LOWER", "LOWR"}};

template <typename Table>
std::string_view Lookup(const Table& table, std::string_view word) {
  for (const auto& [from, to] : table)
    if (from == word) return to;
  return {};
}

bool IsPlainUnitWord(std::string_view w) {
  for (auto p : kPlainUnitWords)
    if (p == w) return true;
  return false;
}
bool IsUnitStart(std::string_view w) {
  return IsPlainUnitWord(w) || !Lookup(kKeptUnitWords, w).empty() || !Lookup(kWordUnits, w).empty() ||
         (w.size() > 1 && w[0] == '#');
}

// Upper case for ASCII and for Latin-1 letters in UTF-8 (à..þ -> À..Þ), so
// "Peñasco" and "PEÑASCO" agree.
std::string Upper(std::string_view s) {
  std::string out(s);
  for (std::size_t i = 0; i < out.size(); ++i) {
    auto& c = out[i];
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
    if (static_cast<unsigned char>(c) == 0xC3 && i + 1 < out.size()) {
      const auto next = static_cast<unsigned char>(out[i + 1]);
      if (next >= 0xA0 && next <= 0xBE && next != 0xB7) out[i + 1] = static_cast<char>(next - 0x20);
    }
  }
  return out;
}

// Words of a street line: upper case, '.' and ',' dropped, "#4B" split from a
// word before it ("ST#4" -> "ST", "#4"), '½' read as "1/2".
std::vector<std::string> Words(std::string_view text) {
  std::vector<std::string> words;
  std::string word;
  auto flush = [&] {
    if (!word.empty()) words.push_back(Upper(word));
    word.clear();
  };
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c == ' ' || c == ',' || c == '\t' || c == '\n' || c == '\r') {
      flush();
    } else if (c == '.') {
      // "ST." and "N." lose the dot; "12.5" would not appear in an address.
    } else if (c == '#') {
      flush();
      word += c;
    } else if (text.substr(i).starts_with("\xC2\xBD")) {  // ½
      flush();
      words.push_back("1/2");
      ++i;
    } else {
      word += c;
    }
  }
  flush();
  return words;
}

std::string Join(const std::vector<std::string>& words, std::size_t from, std::size_t to) {
  std::string out;
  for (std::size_t i = from; i < to; ++i) {
    if (!out.empty()) out += ' ';
    out += words[i];
  }
  return out;
}

bool StartsWithDigit(std::string_view w) { return !w.empty() && std::isdigit(static_cast<unsigned char>(w[0])); }

std::string NormalizeStreetWords(std::vector<std::string> w) {
  // Directions first and last, then the type before a trailing direction; each
  // only when a name remains, so "NORTH ST" and "COURT ST" keep their names.
  std::size_t first = 0, last = w.size();
  const bool name_follows = w.size() >= 3 || (w.size() == 2 && Lookup(kStreetTypes, w[1]).empty());
  if (name_follows && !Lookup(kDirections, w[first]).empty()) w[first] = Lookup(kDirections, w[first]), ++first;
  if (last - first >= 2 && !Lookup(kDirections, w[last - 1]).empty())
    w[last - 1] = Lookup(kDirections, w[last - 1]), --last;
  if (last - first >= 2 && !Lookup(kStreetTypes, w[last - 1]).empty()) w[last - 1] = Lookup(kStreetTypes, w[last - 1]);
  return Join(w, 0, w.size());
}

std::string NormalizeUnitWords(const std::vector<std::string>& w) {
  std::size_t i = 0;
  std::string kept;
  while (i < w.size()) {
    if (IsPlainUnitWord(w[i])) {
      ++i;
    } else if (auto k = Lookup(kKeptUnitWords, w[i]); !k.empty()) {
      kept = k;
      ++i;
    } else {
      break;
    }
  }
  std::string id = Join(w, i, w.size());
  while (!id.empty() && (id[0] == '#' || id[0] == '-')) id.erase(0, 1);
  if (i == 0 && w.size() == 1) {
    if (auto word = Lookup(kWordUnits, w[0]); !word.empty()) return std::string(word);
  }
  if (!kept.empty()) return id.empty() ? kept : kept + " " + id;
  return id;
}

std::string TitleWord(std::string_view word) {
  if (!Lookup(kDirections, word).empty() && word.size() <= 2) return std::string(word);
  std::string out(word);
  bool first = !StartsWithDigit(word);
  for (std::size_t i = 0; i < out.size(); ++i) {
    auto& c = out[i];
    if (first) {
      first = false;
      if (static_cast<unsigned char>(c) == 0xC3) ++i;  // keep a capital Latin-1 letter as it is
      continue;
    }
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (static_cast<unsigned char>(c) == 0xC3 && i + 1 < out.size()) {
      const auto next = static_cast<unsigned char>(out[i + 1]);
      if (next >= 0x80 && next <= 0x9E && next != 0x97) out[i + 1] = static_cast<char>(next + 0x20);
      ++i;
    }
  }
  return out;
}

}  // namespace

std::string NormalizeHouseNumber(std::string_view number) {
  const std::vector<std::string> w = Words(number);
  std::string out;
  for (std::size_t i = 0; i < w.size(); ++i) {
    if (w[i] == "-" || (!out.empty() && out.back() == '-')) {
      out += w[i];  // "12 - 14" -> "12-14"
    } else if (w[i][0] == '-') {
      out += w[i];
    } else {
      if (!out.empty()) out += ' ';
      out += w[i];
    }
  }
  return out;
}

std::string NormalizeStreet(std::string_view street) { return NormalizeStreetWords(Words(street)); }

std::string NormalizeUnit(std::string_view unit) { return NormalizeUnitWords(Words(unit)); }

StreetAddress ParseStreetLine(std::string_view line) {
  const std::vector<std::string> w = Words(line);
  StreetAddress a;
  std::size_t i = 0;
  if (i < w.size() && StartsWithDigit(w[i])) {
    a.house_number = w[i++];
    // "12 - 14", "12 -14", "12 1/2", "12 A" before a longer street name.
    if (i + 1 < w.size() && w[i] == "-" && StartsWithDigit(w[i + 1])) {
      a.house_number += "-" + w[i + 1];
      i += 2;
    } else if (i < w.size() && w[i].size() > 1 && w[i][0] == '-' && std::isdigit(static_cast<unsigned char>(w[i][1]))) {
      a.house_number += w[i++];
    }
    if (i < w.size() && w[i].find('/') != std::string::npos && StartsWithDigit(w[i])) a.house_number += " " + w[i++];
  }
  std::size_t unit_at = w.size();
  for (std::size_t k = i + 1; k < w.size(); ++k) {  // a street has at least one word before its unit
    if (IsUnitStart(w[k])) {
      unit_at = k;
      break;
    }
  }
  a.street = NormalizeStreetWords(std::vector<std::string>(w.begin() + static_cast<std::ptrdiff_t>(i),
                                                           w.begin() + static_cast<std::ptrdiff_t>(unit_at)));
  if (unit_at < w.size())
    a.unit = NormalizeUnitWords(std::vector<std::string>(w.begin() + static_cast<std::ptrdiff_t>(unit_at), w.end()));
  return a;
}

StreetAddress FromParts(std::string_view number, std::string_view suffix, std::string_view pre_direction,
                        std::string_view name, std::string_view type, std::string_view post_direction,
                        std::string_view unit_type, std::string_view unit_number) {
  StreetAddress a;
  a.house_number = NormalizeHouseNumber(number);
  const std::string s = NormalizeHouseNumber(suffix);
  if (!s.empty()) a.house_number += (s.find('/') != std::string::npos ? " " : "") + s;
  std::vector<std::string> street;
  for (std::string_view part : {pre_direction, name, type, post_direction})
    for (auto& w : Words(part)) street.push_back(std::move(w));
  a.street = NormalizeStreetWords(std::move(street));
  std::vector<std::string> unit = Words(unit_type);
  for (auto& w : Words(unit_number)) unit.push_back(std::move(w));
  a.unit = NormalizeUnitWords(unit);
  return a;
}

std::uint32_t HouseNumberValue(std::string_view house_number) {
  std::uint32_t value = 0;
  for (char c : house_number) {
    if (!std::isdigit(static_cast<unsigned char>(c))) break;
    if (value > 100'000'000) break;  // no house is numbered past this; avoids overflow
    value = value * 10 + static_cast<std::uint32_t>(c - '0');
  }
  return value;
}

bool NaturalLess(std::string_view a, std::string_view b) {
  std::size_t i = 0, j = 0;
  while (i < a.size() && j < b.size()) {
    const bool da = std::isdigit(static_cast<unsigned char>(a[i])), db = std::isdigit(static_cast<unsigned char>(b[j]));
    if (da && db) {
      std::size_t ei = i, ej = j;
      while (ei < a.size() && std::isdigit(static_cast<unsigned char>(a[ei]))) ++ei;
      while (ej < b.size() && std::isdigit(static_cast<unsigned char>(b[ej]))) ++ej;
      std::string_view na = a.substr(i, ei - i), nb = b.substr(j, ej - j);
      while (na.size() > 1 && na[0] == '0') na.remove_prefix(1);
      while (nb.size() > 1 && nb[0] == '0') nb.remove_prefix(1);
      if (na.size() != nb.size()) return na.size() < nb.size();
      if (na != nb) return na < nb;
      i = ei, j = ej;
    } else {
      if (a[i] != b[j]) return a[i] < b[j];
      ++i, ++j;
    }
  }
  return a.size() - i < b.size() - j;
}

std::string DisplayStreet(const StreetAddress& a) {
  // a.street is already normal (single spaces), so split it in place: this
  // runs once per door of a 100,000-row file.
  std::string out = a.house_number;
  std::string_view rest = a.street;
  while (!rest.empty()) {
    const std::size_t space = rest.find(' ');
    if (!out.empty()) out += ' ';
    out += TitleWord(rest.substr(0, space));
    rest = space == std::string_view::npos ? std::string_view() : rest.substr(space + 1);
  }
  return out;
}

std::string DisplayFull(const StreetAddress& a) {
  std::string out = DisplayStreet(a);
  if (a.unit.empty()) return out;
  const bool has_word = !std::isdigit(static_cast<unsigned char>(a.unit[0])) && a.unit.size() > 1 &&
                        std::isalpha(static_cast<unsigned char>(a.unit[1]));
  out += has_word ? ", " + TitleWord(Words(a.unit)[0]) + (a.unit.find(' ') != std::string::npos
                                                             ? a.unit.substr(a.unit.find(' '))
                                                             : std::string())
                  : ", Apt " + a.unit;
  return out;
}

}  // namespace puerta::address
