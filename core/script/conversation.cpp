#include "script/conversation.h"

#include <algorithm>

#include "i18n/text_conventions.h"
#include "script/answer_check.h"
#include "script/condition.h"
#include "script/localized_text.h"

namespace puerta {

Conversation::Conversation(const Script& script, std::string language, std::map<std::string, std::string> placeholders)
    : script_(script), language_(std::move(language)), placeholders_(std::move(placeholders)) {
  position_ = FirstVisibleFrom(0);
}

// A condition sees only the answers of earlier steps that are themselves
// visible: a hidden step's stale answer must not steer the rest of the script.
std::vector<bool> Conversation::Visibility() const {
  std::vector<bool> visible(script_.steps.size(), false);
  Answers effective;
  for (std::size_t i = 0; i < script_.steps.size(); ++i) {
    const Step& step = script_.steps[i];
    visible[i] = !step.show_if || Evaluate(*step.show_if, effective);
    if (!visible[i]) continue;
    const auto it = answers_.find(step.id);
    if (it != answers_.end()) effective.insert(*it);
  }
  return visible;
}

std::size_t Conversation::FirstVisibleFrom(std::size_t index) const {
  const auto visible = Visibility();
  while (index < visible.size() && !visible[index]) ++index;
  return index;
}

const Step* Conversation::Current() const {
  // An earlier answer may have hidden the step we stood on: move on from it.
  const std::size_t at = FirstVisibleFrom(position_);
  return at < script_.steps.size() ? &script_.steps[at] : nullptr;
}

Status Conversation::Next() {
  const Step* current = Current();
  if (!current) return Status::Fail("the conversation is finished");
  if (current->required && !AnswerOf(current->id)) return Status::Fail("this question needs an answer");
  position_ = FirstVisibleFrom(static_cast<std::size_t>(current - script_.steps.data()) + 1);
  return Status::Ok();
}

void Conversation::Restore(Answers answers, std::size_t position) {
  answers_ = std::move(answers);
  position_ = std::min(position, script_.steps.size());
}

bool Conversation::Back() {
  const auto visible = Visibility();
  std::size_t at = std::min(FirstVisibleFrom(position_), visible.size());
  while (at > 0) {
    if (visible[--at]) {
      position_ = at;
      return true;
    }
  }
  return false;
}

std::vector<const Step*> Conversation::VisibleSteps() const {
  const auto visible = Visibility();
  std::vector<const Step*> out;
  for (std::size_t i = 0; i < visible.size(); ++i)
    if (visible[i]) out.push_back(&script_.steps[i]);
  return out;
}

bool Conversation::IsVisible(std::string_view step_id) const {
  const int i = script_.StepIndex(step_id);
  return i >= 0 && Visibility()[static_cast<std::size_t>(i)];
}

Status Conversation::Answer(std::string_view step_id, std::vector<std::string> values) {
  const Step* step = script_.FindStep(step_id);
  if (!step) return Status::Fail("no step \"" + std::string(step_id) + "\"");
  if (!IsVisible(step_id)) return Status::Fail("that question is not asked with the answers given so far");
  if (Status s = CheckAnswer(*step, values); !s) return s;
  answers_[step->id] = std::move(values);
  return Status::Ok();
}

void Conversation::Clear(std::string_view step_id) { answers_.erase(std::string(step_id)); }

const std::vector<std::string>* Conversation::AnswerOf(std::string_view step_id) const {
  const auto it = answers_.find(std::string(step_id));
  return it == answers_.end() ? nullptr : &it->second;
}

Answers Conversation::RecordedAnswers() const {
  Answers out;
  for (const Step* step : VisibleSteps())
    if (const auto* a = AnswerOf(step->id)) out[step->id] = *a;
  return out;
}

std::vector<const Step*> Conversation::MissingRequired() const {
  std::vector<const Step*> out;
  for (const Step* step : VisibleSteps())
    if (step->required && !AnswerOf(step->id)) out.push_back(step);
  return out;
}

bool Conversation::SupportIdentified() const { return HasSupportId(script_, RecordedAnswers()); }

// {called_name} follows the language being spoken: switching from English to
// Vietnamese mid-conversation turns "Văn An" into "An".
std::string Conversation::Expand(const std::string& text) const {
  const std::string suffix = "@" + language_;
  bool in_language = false;
  for (const auto& [key, value] : placeholders_) in_language = in_language || key.ends_with(suffix);
  if (!in_language && text.find("{called_name}") == std::string::npos) return ExpandPlaceholders(text, placeholders_);
  auto values = placeholders_;
  for (const auto& [key, value] : placeholders_)
    if (key.ends_with(suffix)) values[key.substr(0, key.size() - suffix.size())] = value;
  values["called_name"] = CalledName(values["first_name"], values["last_name"], language_, values["person_language"]);
  return ExpandPlaceholders(text, values);
}

std::string Conversation::Title() const { return Expand(Localize(script_.title, language_, script_.fallback_language)); }

std::string Conversation::Text(const Step& step) const {
  return Expand(Localize(step.text, language_, script_.fallback_language));
}

std::string Conversation::Label(const Option& option) const {
  return Expand(Localize(option.label, language_, script_.fallback_language));
}

}  // namespace puerta
