// libFuzzer target: the script parser and validator on arbitrary bytes, then
// a conversation through any script that validates clean. Besides "no crash,
// no sanitizer report" it checks the promises the script module makes:
// every problem has a JSON path, and only visible steps' answers are recorded.
// Seeds: tests/data/scripts (see tests/fuzz/CMakeLists.txt).
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "script/conversation.h"
#include "script/script_parse.h"

namespace {

// Some answer the step accepts, picked by `seed` so runs explore branches.
std::vector<std::string> SomeAnswer(const puerta::Step& step, std::uint8_t seed) {
  using puerta::StepKind;
  switch (step.kind) {
    case StepKind::kSingleChoice:
    case StepKind::kMultipleChoice:
      return {step.options[seed % step.options.size()].id};
    case StepKind::kYesNo: return {seed % 2 ? "yes" : "no"};
    case StepKind::kScale: return {std::string(1, static_cast<char>('1' + seed % 5))};
    case StepKind::kNumber: return {std::to_string(seed % 200)};
    case StepKind::kDateTime: return {"2024-11-05T18:30"};
    default: return {"text"};
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view json(reinterpret_cast<const char*>(data), size);
  puerta::Script script;
  const auto problems = puerta::CheckScript(json, &script);
  for (const auto& p : problems)
    if (p.path.empty() || p.path[0] != '$' || p.message.empty()) std::abort();
  if (!problems.empty()) return 0;

  puerta::Conversation conversation(script, "en", {{"first_name", "Rosa"}});
  for (std::size_t turn = 0; turn < 64 && !conversation.AtEnd(); ++turn) {
    const puerta::Step* step = conversation.Current();
    const std::uint8_t seed = data[turn % size];
    if (step->Records() && !conversation.Answer(step->id, SomeAnswer(*step, seed)).ok()) {
      // Only a number outside the step's range may be refused.
      if (step->kind != puerta::StepKind::kNumber) std::abort();
    }
    (void)conversation.Text(*step);
    if (seed % 7 == 0) conversation.Back();
    else (void)conversation.Next();
  }
  for (const auto& [id, values] : conversation.RecordedAnswers())
    if (!conversation.IsVisible(id) || values.empty()) std::abort();
  return 0;
}
