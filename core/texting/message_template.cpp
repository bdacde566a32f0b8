#include "texting/message_template.h"

#include "texting/opt_out.h"

namespace puerta::texting {
namespace {

const std::string* FieldFor(std::string_view name, const TemplateFields& fields) {
  if (name == "first_name") return &fields.first_name;
  if (name == "canvasser") return &fields.canvasser;
  if (name == "organization") return &fields.organization;
  return nullptr;
}

bool IsAsciiWordByte(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

// `needle` in `haystack` (both folded). A Latin word must stand alone ("end"
// is not found in "send"); Chinese and Korean words, written without spaces,
// are found anywhere ("回复退订").
bool ContainsWord(std::string_view haystack, std::string_view needle) {
  if (needle.empty()) return false;
  const bool latin = IsAsciiWordByte(needle.front());
  for (std::size_t at = haystack.find(needle); at != std::string_view::npos;
       at = haystack.find(needle, at + 1)) {
    if (!latin) return true;
    const std::size_t end = at + needle.size();
    const bool before_ok = at == 0 || !IsAsciiWordByte(haystack[at - 1]);
    const bool after_ok = end == haystack.size() || !IsAsciiWordByte(haystack[end]);
    if (before_ok && after_ok) return true;
  }
  return false;
}

const std::vector<std::string>& WordsFor(std::string_view language) {
  const std::vector<std::string>& words = OptOutWords(language);
  return words.empty() ? OptOutWords("en") : words;
}

}  // namespace

std::string FillTemplate(std::string_view text, const TemplateFields& fields) {
  std::string out;
  out.reserve(text.size());
  std::size_t pos = 0;
  while (pos < text.size()) {
    const std::size_t open = text.find('{', pos);
    if (open == std::string_view::npos) break;
    const std::size_t close = text.find('}', open + 1);
    if (close == std::string_view::npos) break;
    out.append(text.substr(pos, open - pos));
    const std::string* value = FieldFor(text.substr(open + 1, close - open - 1), fields);
    if (value) {
      out += *value;
      pos = close + 1;
    } else {
      out += '{';  // not ours: kept, and the search goes on after this brace
      pos = open + 1;
    }
  }
  out.append(text.substr(pos));
  return out;
}

std::vector<TemplateProblem> CheckTemplate(std::string_view text, std::string_view language,
                                           std::string_view organization) {
  std::vector<TemplateProblem> problems;
  bool names_organization = false;
  for (std::size_t open = text.find('{'); open != std::string_view::npos; open = text.find('{', open + 1)) {
    const std::size_t close = text.find('}', open + 1);
    const std::size_t next_open = text.find('{', open + 1);
    if (close == std::string_view::npos || (next_open != std::string_view::npos && next_open < close)) {
      problems.push_back({TemplateProblemKind::kUnclosedBrace, std::string(text.substr(open, 20))});
      continue;
    }
    const std::string_view name = text.substr(open + 1, close - open - 1);
    if (name == "organization") names_organization = true;
    if (!FieldFor(name, TemplateFields{})) {
      problems.push_back({TemplateProblemKind::kUnknownPlaceholder, std::string(name)});
    }
  }
  const std::string folded = FoldForMatching(text);
  if (!names_organization && !organization.empty()) {
    names_organization = folded.find(FoldForMatching(organization)) != std::string::npos;
  }
  if (!names_organization) problems.push_back({TemplateProblemKind::kNoOrganization, {}});

  bool opt_out = false;
  for (const std::string& word : WordsFor(language)) opt_out = opt_out || ContainsWord(folded, FoldForMatching(word));
  if (!opt_out) problems.push_back({TemplateProblemKind::kNoOptOut, {}});
  return problems;
}

std::string DescribeTemplateProblem(const TemplateProblem& problem, std::string_view language) {
  switch (problem.kind) {
    case TemplateProblemKind::kUnknownPlaceholder:
      return "unknown placeholder {" + problem.detail + "}: use {first_name}, {canvasser} or {organization}";
    case TemplateProblemKind::kUnclosedBrace:
      return "a '{' is never closed: \"" + problem.detail + "\"";
    case TemplateProblemKind::kNoOrganization:
      return "does not name the organization: add {organization} or its name";
    case TemplateProblemKind::kNoOptOut: {
      std::string words;
      for (const std::string& word : WordsFor(language)) words += (words.empty() ? "" : ", ") + word;
      return "no opt-out instruction in " + std::string(language) + ": tell people to reply one of " + words;
    }
  }
  return {};
}

}  // namespace puerta::texting
