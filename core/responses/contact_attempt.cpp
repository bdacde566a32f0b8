#include "responses/contact_attempt.h"

#include <random>

#include "responses/attempt_time.h"

namespace puerta {

std::vector<std::string> CheckAttempt(const ContactAttempt& a) {
  std::vector<std::string> problems;
  if (a.attempt_id.empty()) problems.push_back("the attempt has no id");
  if (a.version == 0) problems.push_back("versions start at 1");
  if (a.voter_id.empty() && a.household_id.empty()) problems.push_back("the attempt names no voter and no household");
  if (a.time_unix <= 0) problems.push_back("the attempt has no time");
  // A time after the year 9999 is damage (or a test of the importer), not a
  // knock on a door; refusing it here keeps every date printable.
  if (a.time_unix > kLatestUnixSeconds) problems.push_back("the attempt's time is after the year 9999");
  if (a.recorded_unix < 0 || a.recorded_unix > kLatestUnixSeconds)
    problems.push_back("the time this version was recorded is before 1970 or after the year 9999");
  if (a.follow_up.due_unix < 0 || a.follow_up.due_unix > kLatestUnixSeconds)
    problems.push_back("the follow-up time is before 1970 or after the year 9999");
  if (static_cast<std::size_t>(a.result) >= static_cast<std::size_t>(ResultCode::kCount_))
    problems.push_back("unknown result code");
  if (a.result == ResultCode::kCanvassed) {
    if (a.answers.empty()) problems.push_back("a conversation (Canvassed) must record at least one answer");
    if (a.script_id.empty()) problems.push_back("a conversation (Canvassed) must name its script");
  } else if (!a.answers.empty()) {
    problems.push_back("only a conversation (Canvassed) carries answers; \"" + std::string(Info(a.result).key) +
                       "\" must not");
  }
  for (const auto& [step, values] : a.answers)
    if (values.empty()) problems.push_back("the answer to \"" + step + "\" is empty");
  const FollowUpNeed need = Info(a.result).needs;
  if (need == FollowUpNeed::kTime && a.follow_up.due_unix <= 0)
    problems.push_back("\"" + std::string(Info(a.result).key) + "\" needs a time to follow up");
  if (need == FollowUpNeed::kLanguage && a.follow_up.language.empty())
    problems.push_back("a language barrier needs the language heard");
  if (!a.device.empty() && (a.device.size() != 16 || a.device.find_first_not_of("0123456789abcdef") != std::string::npos))
    problems.push_back("the device id is not 16 lowercase hex digits");
  return problems;
}

std::string NewAttemptId() {
  static constexpr char kHex[] = "0123456789abcdef";
  std::random_device device;
  std::string id;
  for (int word = 0; word < 4; ++word) {
    std::uint32_t bits = device();  // random_device yields 32 bits per call
    for (int nibble = 0; nibble < 8; ++nibble, bits >>= 4) id += kHex[bits & 0xF];
  }
  return id;
}

}  // namespace puerta
