#include "script/answer_check.h"

#include <set>

#include "script/condition.h"

namespace puerta {
namespace {

bool Digits(const std::string& s, std::size_t at, std::size_t n, int lo, int hi) {
  int value = 0;
  for (std::size_t i = at; i < at + n; ++i) {
    if (i >= s.size() || s[i] < '0' || s[i] > '9') return false;
    value = value * 10 + (s[i] - '0');
  }
  return value >= lo && value <= hi;
}

}  // namespace

bool IsDateTime(const std::string& t) {
  if (t.size() != 10 && t.size() != 16) return false;
  if (!Digits(t, 0, 4, 1900, 2999) || t[4] != '-' || !Digits(t, 5, 2, 1, 12) || t[7] != '-') return false;
  const int year = std::stoi(t.substr(0, 4));
  const int month = std::stoi(t.substr(5, 2));
  static constexpr int kDays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  int days = kDays[month - 1];
  if (month == 2 && !(year % 4 == 0 && (year % 100 != 0 || year % 400 == 0))) days = 28;
  if (!Digits(t, 8, 2, 1, days)) return false;
  if (t.size() == 10) return true;
  return t[10] == 'T' && Digits(t, 11, 2, 0, 23) && t[13] == ':' && Digits(t, 14, 2, 0, 59);
}

Status CheckAnswer(const Step& step, const std::vector<std::string>& values) {
  if (step.kind == StepKind::kInfo) return Status::Fail("an info step takes no answer");
  if (values.empty()) return Status::Fail("no answer given");
  if (step.kind != StepKind::kMultipleChoice && values.size() != 1)
    return Status::Fail("this step takes exactly one answer");
  const std::string& v = values.front();
  switch (step.kind) {
    case StepKind::kSingleChoice:
    case StepKind::kMultipleChoice: {
      std::set<std::string> seen;
      for (const auto& id : values) {
        if (!step.FindOption(id)) return Status::Fail("\"" + id + "\" is not one of the options");
        if (!seen.insert(id).second) return Status::Fail("\"" + id + "\" is chosen twice");
      }
      return Status::Ok();
    }
    case StepKind::kScale:
      return v.size() == 1 && v[0] >= '1' && v[0] <= '5' ? Status::Ok() : Status::Fail("choose 1 to 5");
    case StepKind::kYesNo:
      return v == "yes" || v == "no" ? Status::Ok() : Status::Fail("answer yes or no");
    case StepKind::kNumber: {
      const auto n = ParseNumber(v);
      if (!n) return Status::Fail("not a number");
      if ((step.min && *n < *step.min) || (step.max && *n > *step.max)) return Status::Fail("out of range");
      return Status::Ok();
    }
    case StepKind::kFreeText:
      return v.find_first_not_of(" \t\r\n") == std::string::npos ? Status::Fail("empty text") : Status::Ok();
    case StepKind::kDateTime:
      return IsDateTime(v) ? Status::Ok() : Status::Fail("write the date as YYYY-MM-DD or YYYY-MM-DDTHH:MM");
    default:
      return Status::Fail("this step takes no answer");
  }
}

}  // namespace puerta
