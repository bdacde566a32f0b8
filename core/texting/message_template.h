// Texts that organizers write once and canvassers send to many voters:
// "Hi {first_name}, this is {canvasser} with {organization}. ... Reply STOP
// to opt out." FillTemplate puts in one voter's name on the phone, just
// before the sms: link is made; CheckTemplate tells the organizer, before a
// script goes out, what US carrier rules (CTIA) and decency ask of a text
// to someone who never texted you: say who is writing, and how to stop it.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace puerta::texting {

struct TemplateFields {
  std::string first_name;
  std::string canvasser;
  std::string organization;
};

// Replaces {first_name}, {canvasser} and {organization}. Anything else in
// braces (an unknown placeholder, a lone brace) is left as written:
// CheckTemplate reports it before a script is sent out.
std::string FillTemplate(std::string_view text, const TemplateFields& fields);

enum class TemplateProblemKind {
  kUnknownPlaceholder,  // "{firstname}": `detail` is "firstname"
  kUnclosedBrace,       // a "{" with no "}" after it: `detail` is the text from it
  kNoOrganization,      // neither {organization} nor the organization's name
  kNoOptOut,            // none of the language's opt-out words (opt_out.h)
};

struct TemplateProblem {
  TemplateProblemKind kind;
  std::string detail;
};

// Every problem of `text`, in the order found. `language` is a Puerta
// language code ("en", "es", "zh", "vi", "ko", "tl"); a language with no
// opt-out list is checked against English's, which US carriers honour in any
// language. `organization` may be empty (then only {organization} counts).
std::vector<TemplateProblem> CheckTemplate(std::string_view text, std::string_view language,
                                           std::string_view organization);

// English, for `puerta script check` ("no opt-out instruction in es: add one
// of ALTO, BASTA, ..."); screens translate the kind instead.
std::string DescribeTemplateProblem(const TemplateProblem& problem, std::string_view language);

}  // namespace puerta::texting
