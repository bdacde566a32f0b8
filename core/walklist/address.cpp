#include "walklist/address.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <initializer_list>
#include <span>
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
  if (word.empty()) return {};
  // Length and first letter first: a full comparison calls memcmp, and every
  // word of every row is looked up in several tables.
  for (const auto& [from, to] : table)
    if (from.size() == word.size() && from[0] == word[0] && from == word) return to;
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
void UpperInPlace(char* s, std::size_t size) {
  for (std::size_t i = 0; i < size; ++i) {
    char& c = s[i];
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
    if (static_cast<unsigned char>(c) == 0xC3 && i + 1 < size) {
      const auto next = static_cast<unsigned char>(s[i + 1]);
      if (next >= 0xA0 && next <= 0xBE && next != 0xB7) s[i + 1] = static_cast<char>(next - 0x20);
    }
  }
}

// Words of a street line: upper case, '.' and ',' dropped, "#4B" split from a
// word before it ("ST#4" -> "ST", "#4"), '½' read as "1/2". The words are
// views into one buffer: every row of a voter file passes through here, and
// one allocation per word was a third of the import's time.
class Words {
 public:
  explicit Words(std::string_view text) {
    // No word is longer than its text, except that '½' (2 bytes) becomes
    // "1/2" (3): with this capacity the buffer never moves under the views.
    if (text.empty()) return;  // an absent unit column: nothing to allocate
    buffer_.reserve(text.size() + text.size() / 2);
    words_.reserve(8);
    for (std::size_t i = 0; i < text.size(); ++i) {
      const char c = text[i];
      if (c == ' ' || c == ',' || c == '\t' || c == '\n' || c == '\r') {
        Flush();
      } else if (c == '.') {
        // "ST." and "N." lose the dot; "12.5" would not appear in an address.
      } else if (c == '#') {
        Flush();
        buffer_ += c;
      } else if (c == '\xC2' && text.substr(i).starts_with("\xC2\xBD")) {  // ½
        Flush();
        buffer_ += "1/2";
        Flush();
        ++i;
      } else {
        buffer_ += c;
      }
    }
    Flush();
  }
  Words(const Words&) = delete;  // the views point into buffer_
  Words& operator=(const Words&) = delete;

  std::span<std::string_view> all() { return words_; }
  std::size_t size() const { return words_.size(); }
  std::string_view operator[](std::size_t i) const { return words_[i]; }

 private:
  void Flush() {
    if (buffer_.size() == word_start_) return;
    UpperInPlace(buffer_.data() + word_start_, buffer_.size() - word_start_);
    words_.emplace_back(buffer_.data() + word_start_, buffer_.size() - word_start_);
    word_start_ = buffer_.size();
  }

  std::string buffer_;
  std::size_t word_start_ = 0;
  std::vector<std::string_view> words_;
};

std::string Join(std::span<const std::string_view> words) {
  std::size_t size = words.size();
  for (std::string_view w : words) size += w.size();
  std::string out;
  out.reserve(size);
  for (std::string_view w : words) {
    if (!out.empty()) out += ' ';
    out += w;
  }
  return out;
}

// The words of several parts, as if they were one line: a space between parts
// splits exactly as the end of a part would.
std::string JoinParts(std::initializer_list<std::string_view> parts) {
  std::string line;
  for (std::string_view part : parts) {
    line += part;
    line += ' ';
  }
  return line;
}

bool StartsWithDigit(std::string_view w) { return !w.empty() && std::isdigit(static_cast<unsigned char>(w[0])); }

// Rewrites w's views in place (to the tables' abbreviations) and joins them.
std::string NormalizeStreetWords(std::span<std::string_view> w) {
  // Directions first and last, then the type before a trailing direction; each
  // only when a name remains, so "NORTH ST" and "COURT ST" keep their names.
  std::size_t first = 0, last = w.size();
  const bool name_follows = w.size() >= 3 || (w.size() == 2 && Lookup(kStreetTypes, w[1]).empty());
  if (const auto d = name_follows ? Lookup(kDirections, w[first]) : std::string_view(); !d.empty()) w[first] = d, ++first;
  if (const auto d = last - first >= 2 ? Lookup(kDirections, w[last - 1]) : std::string_view(); !d.empty())
    w[last - 1] = d, --last;
  if (const auto t = last - first >= 2 ? Lookup(kStreetTypes, w[last - 1]) : std::string_view(); !t.empty())
    w[last - 1] = t;
  return Join(w);
}

std::string NormalizeUnitWords(std::span<const std::string_view> w) {
  std::size_t i = 0;
  std::string_view kept;
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
  std::string id = Join(w.subspan(i));
  const std::size_t marks = std::min(id.find_first_not_of("#-"), id.size());
  id.erase(0, marks);
  if (i == 0 && w.size() == 1) {
    if (auto word = Lookup(kWordUnits, w[0]); !word.empty()) return std::string(word);
  }
  if (!kept.empty()) return id.empty() ? std::string(kept) : std::string(kept) + " " + id;
  return id;
}

// Appends word as "Main", "1st", "N" (directions stay upper case).
void AppendTitleWord(std::string& out, std::string_view word) {
  if (word.size() <= 2 && !Lookup(kDirections, word).empty()) {
    out += word;
    return;
  }
  const std::size_t begin = out.size();
  out += word;
  char* s = out.data() + begin;
  const std::size_t size = word.size();
  bool first = !StartsWithDigit(word);
  for (std::size_t i = 0; i < size; ++i) {
    char& c = s[i];
    if (first) {
      first = false;
      if (static_cast<unsigned char>(c) == 0xC3) ++i;  // keep a capital Latin-1 letter as it is
      continue;
    }
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (static_cast<unsigned char>(c) == 0xC3 && i + 1 < size) {
      const auto next = static_cast<unsigned char>(s[i + 1]);
      if (next >= 0x80 && next <= 0x9E && next != 0x97) s[i + 1] = static_cast<char>(next + 0x20);
      ++i;
    }
  }
}

}  // namespace

std::string NormalizeHouseNumber(std::string_view number) {
  const Words w(number);
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

std::string NormalizeStreet(std::string_view street) {
  Words w(street);
  return NormalizeStreetWords(w.all());
}

std::string NormalizeUnit(std::string_view unit) {
  Words w(unit);
  return NormalizeUnitWords(w.all());
}

StreetAddress ParseStreetLine(std::string_view line) {
  Words w(line);
  StreetAddress a;
  std::size_t i = 0;
  if (i < w.size() && StartsWithDigit(w[i])) {
    a.house_number = w[i++];
    // "12 - 14", "12 -14", "12 1/2", "12 A" before a longer street name.
    if (i + 1 < w.size() && w[i] == "-" && StartsWithDigit(w[i + 1])) {
      a.house_number += '-';
      a.house_number += w[i + 1];
      i += 2;
    } else if (i < w.size() && w[i].size() > 1 && w[i][0] == '-' && std::isdigit(static_cast<unsigned char>(w[i][1]))) {
      a.house_number += w[i++];
    }
    if (i < w.size() && w[i].find('/') != std::string_view::npos && StartsWithDigit(w[i])) {
      a.house_number += ' ';
      a.house_number += w[i++];
    }
  }
  std::size_t unit_at = w.size();
  for (std::size_t k = i + 1; k < w.size(); ++k) {  // a street has at least one word before its unit
    if (IsUnitStart(w[k])) {
      unit_at = k;
      break;
    }
  }
  a.street = NormalizeStreetWords(w.all().subspan(i, unit_at - i));
  if (unit_at < w.size()) a.unit = NormalizeUnitWords(w.all().subspan(unit_at));
  return a;
}

StreetAddress FromParts(std::string_view number, std::string_view suffix, std::string_view pre_direction,
                        std::string_view name, std::string_view type, std::string_view post_direction,
                        std::string_view unit_type, std::string_view unit_number) {
  StreetAddress a;
  a.house_number = NormalizeHouseNumber(number);
  const std::string s = NormalizeHouseNumber(suffix);
  if (!s.empty()) a.house_number += (s.find('/') != std::string::npos ? " " : "") + s;
  Words street(JoinParts({pre_direction, name, type, post_direction}));
  a.street = NormalizeStreetWords(street.all());
  Words unit(JoinParts({unit_type, unit_number}));
  a.unit = NormalizeUnitWords(unit.all());
  return a;
}

std::string DisplayStreet(const StreetAddress& a) {
  // a.street is already normal (single spaces), so split it in place: this
  // runs once per door of a 100,000-row file.
  std::string out;
  out.reserve(a.house_number.size() + a.street.size() + 1);
  out = a.house_number;
  std::string_view rest = a.street;
  while (!rest.empty()) {
    const std::size_t space = rest.find(' ');
    if (!out.empty()) out += ' ';
    AppendTitleWord(out, rest.substr(0, space));
    rest = space == std::string_view::npos ? std::string_view() : rest.substr(space + 1);
  }
  return out;
}

std::string DisplayFull(const StreetAddress& a) {
  std::string out = DisplayStreet(a);
  AppendUnitDisplay(out, a.unit);
  return out;
}

void AppendUnitDisplay(std::string& out, std::string_view unit) {
  if (unit.empty()) return;
  const bool has_word = !std::isdigit(static_cast<unsigned char>(unit[0])) && unit.size() > 1 &&
                        std::isalpha(static_cast<unsigned char>(unit[1]));
  if (!has_word) {
    out += ", Apt ";
    out += unit;
    return;
  }
  out += ", ";
  AppendTitleWord(out, Words(unit)[0]);
  if (const std::size_t space = unit.find(' '); space != std::string_view::npos) out += unit.substr(space);
}

}  // namespace puerta::address
