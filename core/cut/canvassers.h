// Who canvasses, and which turf each might take: an organizer lists the
// canvassers and the languages they speak in a small CSV
//   name,languages
//   Ana Reyes,en es
//   Minh Tran,"vi, en"
// and each turf is offered someone who speaks the language most of its
// voters prefer after English, with a warning where nobody does.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "cut/turf_plan.h"

namespace puerta::cut {

struct Canvasser {
  std::string name;
  std::vector<std::string> languages;  // ISO 639-1 codes as walklist/language.h makes them
};

struct CanvasserProblem {
  std::uint32_t row = 0;  // the file's line (0: the file as a whole)
  std::string column;     // "name", "languages", or empty
  std::string message;
};

struct CanvasserList {
  std::vector<Canvasser> canvassers;
  std::vector<CanvasserProblem> problems;  // rows skipped, in file order
};

// Reads the CSV (any encoding the voter-file reader takes; columns in any
// order, header names compared ignoring case; languages separated by spaces,
// commas, semicolons, slashes or "|"). A row with no name or no language,
// or a name given twice, is a problem naming its row and column.
CanvasserList ReadCanvassers(std::string_view bytes);

// "canvassers.csv, row 3, column \"languages\": reason".
std::string Describe(std::string_view file, const CanvasserProblem& problem);

// The language most of a turf's voters prefer other than English and
// unknown, or empty when there is none.
std::string MainOtherLanguage(const TurfCounts& counts);

struct Suggestion {
  std::string language;   // the turf's main non-English language, or empty
  std::string canvasser;  // suggested name, or empty when there is nobody to suggest
  std::string warning;    // "nobody speaks vi (31 people)", or empty
};

// One suggestion per turf of the plan, in turf order. Turfs with a
// non-English language someone speaks are served first, the language with
// the fewest speakers first, each by the speaker of it with the fewest turfs
// so far; the rest go to whoever has the fewest turfs (file order breaks
// ties), with a warning where nobody speaks the turf's language.
std::vector<Suggestion> SuggestCanvassers(const TurfPlan& plan, const std::vector<Canvasser>& canvassers);

}  // namespace puerta::cut
