// How each language writes the small things around the words: the colon after
// a label, the order of a person's names, the name a person is called by.
// Screens and scripts use these instead of gluing strings themselves, so a
// Chinese label gets its full-width colon and a Korean name its family name
// first everywhere at once. The choices are explained in docs/glossary-*.md.
#pragma once

#include <string>
#include <string_view>

namespace puerta {

// What follows a label before its value: "：" for Chinese (and Japanese,
// should it ship: full width, no space); ": " otherwise (Korean included: it
// writes the half-width colon and a space).
std::string_view LabelColon(std::string_view language);

// What ends one sentence before the next is glued on ("Shared: x.csv" + this
// + "Now send it…"): "。" for Chinese (and Japanese), ". " otherwise.
std::string_view SentenceGap(std::string_view language);

// A person's full name in the order their own language writes it. `language`
// is the person's language (the walk list's preferred language, which may be
// empty): family name first for zh, ko and vi ("王秀英", "김민준", "Nguyễn Văn
// An"), and for any name written in Hanzi or Hangul whatever the language;
// given name first otherwise ("María Hernández"), whatever the interface
// language. Hanzi and Hangul names take no space between family and given
// name; romanized ones keep it.
std::string PersonName(std::string_view given, std::string_view family, std::string_view language);

// The name a canvasser says when greeting the person, speaking `spoken`, to
// someone whose own language is `person_language` (may be empty; a name in
// Hanzi or Hangul counts as Chinese or Korean). The person's culture decides:
//   Vietnamese   the last word of the given name ("Văn An" -> "An"), in any
//                language, as Vietnamese address people (the script puts
//                anh/chị/cô/chú before it);
//   Chinese, Korean  speaking zh or ko: the full name, family name first
//                (the script adds 您/님); speaking another language: the given name;
//   others       the given name ("Guadalupe", also in a Korean conversation).
// Empty when the walk list has no name.
std::string CalledName(std::string_view given, std::string_view family, std::string_view spoken,
                       std::string_view person_language = {});

}  // namespace puerta
