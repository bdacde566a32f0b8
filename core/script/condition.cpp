#include "script/condition.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <string>

namespace puerta {
namespace {

bool SameValue(const std::string& a, const std::string& b) {
  if (a == b) return true;
  const auto x = ParseNumber(a);
  const auto y = ParseNumber(b);
  return x && y && *x == *y;
}

bool AnyMatches(const std::vector<std::string>& given, const std::vector<std::string>& wanted) {
  return std::any_of(given.begin(), given.end(), [&](const std::string& g) {
    return std::any_of(wanted.begin(), wanted.end(), [&](const std::string& w) { return SameValue(g, w); });
  });
}

}  // namespace

std::optional<double> ParseNumber(std::string_view text) {
  if (text.empty() || text.size() > 64) return std::nullopt;
  const std::string copy(text);
  // strtod accepts "inf", "nan" and hex; a canvasser's number is plain digits.
  if (copy.find_first_not_of("0123456789+-.eE") != std::string::npos) return std::nullopt;
  char* end = nullptr;
  const double value = std::strtod(copy.c_str(), &end);
  if (end != copy.c_str() + copy.size() || !std::isfinite(value)) return std::nullopt;
  return value;
}

bool Evaluate(const Condition& c, const Answers& answers) {
  using Op = Condition::Op;
  switch (c.op) {
    case Op::kAll:
      return std::all_of(c.children.begin(), c.children.end(), [&](const Condition& k) { return Evaluate(k, answers); });
    case Op::kAny:
      return std::any_of(c.children.begin(), c.children.end(), [&](const Condition& k) { return Evaluate(k, answers); });
    case Op::kNot:
      return c.children.size() == 1 && !Evaluate(c.children[0], answers);
    default:
      break;
  }
  const auto it = answers.find(c.step);
  if (it == answers.end() || it->second.empty()) return false;
  const std::vector<std::string>& given = it->second;
  switch (c.op) {
    case Op::kAnswered:
      return true;
    case Op::kEquals:
    case Op::kAnyOf:
      return AnyMatches(given, c.values);
    case Op::kNotEquals:
      return !AnyMatches(given, c.values);
    default:
      break;
  }
  const auto n = ParseNumber(given.front());
  if (!n) return false;
  switch (c.op) {
    case Op::kLess: return *n < c.number;
    case Op::kLessEqual: return *n <= c.number;
    case Op::kGreater: return *n > c.number;
    case Op::kGreaterEqual: return *n >= c.number;
    default: return false;
  }
}

}  // namespace puerta
