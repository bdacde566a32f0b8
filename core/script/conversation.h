// One conversation at one door: walks the canvasser through the visible
// steps of a script, in the voter's language, and holds the answers.
//
// Visibility is never cached: it is recomputed from the answers each time it
// is asked for, so changing an earlier answer (also after going Back) shows or
// hides later steps at once. An answer given to a step that is later hidden
// is remembered (going back and restoring the earlier answer brings it back),
// but it is not part of RecordedAnswers(), so it is never saved or exported.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "script/script.h"
#include "util/status.h"

namespace puerta {

class Conversation {
 public:
  // `script` must outlive the conversation. `placeholders` fills {first_name},
  // {canvasser}, ... (see script/localized_text.h); "person_language" (the
  // voter's own language) decides {called_name} with the spoken language.
  // A value keyed "NAME@LANG" replaces NAME's while LANG is spoken.
  Conversation(const Script& script, std::string language, std::map<std::string, std::string> placeholders = {});

  const Script& script() const { return script_; }
  const std::string& language() const { return language_; }
  void SetLanguage(std::string language) { language_ = std::move(language); }  // answers are kept

  // --- where we are ---
  const Step* Current() const;  // nullptr once past the last visible step
  bool AtEnd() const { return Current() == nullptr; }
  Status Next();                // refused while the current step is required and unanswered
  bool Back();                  // false at the first visible step
  std::vector<const Step*> VisibleSteps() const;
  bool IsVisible(std::string_view step_id) const;

  // --- answers ---
  // Refused (with a reason to show) for an unknown or hidden step, or a value
  // the step does not accept (see script/answer_check.h).
  Status Answer(std::string_view step_id, std::vector<std::string> values);
  Status Answer(std::string_view step_id, std::string value) { return Answer(step_id, std::vector{std::move(value)}); }
  void Clear(std::string_view step_id);
  const std::vector<std::string>* AnswerOf(std::string_view step_id) const;  // nullptr when unanswered
  Answers RecordedAnswers() const;                 // answers of visible steps only
  std::vector<const Step*> MissingRequired() const;  // visible, required, unanswered
  bool SupportIdentified() const;                  // a recorded answer is a support ID

  // --- for a draft kept while the conversation is in progress ---
  const Answers& AllAnswers() const { return answers_; }  // hidden steps' answers too
  std::size_t position() const { return position_; }
  // Puts back what AllAnswers() and position() gave (a position past the end means finished).
  void Restore(Answers answers, std::size_t position);

  // --- what the canvasser reads, in the current language ---
  std::string Title() const;
  std::string Text(const Step& step) const;
  std::string Label(const Option& option) const;

 private:
  std::vector<bool> Visibility() const;
  std::size_t FirstVisibleFrom(std::size_t index) const;
  std::string Expand(const std::string& text) const;  // placeholders, in the current language

  const Script& script_;
  std::string language_;
  std::map<std::string, std::string> placeholders_;
  Answers answers_;           // everything given, hidden steps included
  std::size_t position_ = 0;  // index into script_.steps; steps.size() = the end
};

}  // namespace puerta
