// The script booklet: every step of each script, the chosen languages side
// by side (a canvasser switches language mid-conversation on paper too), the
// branching written out ("Only if the answer to Q2 is Yes") and boxes to
// tick for every answer: the conversation a phone walks through, on paper.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "native/print/paper.h"
#include "script/script.h"
#include "turf/turf_package.h"

namespace puerta::print {

// The PDF, or nothing with the reason in `why`. Languages: options.languages,
// else each script's own. `placeholders` fills {canvasser}, {organization}...
// where known; a voter's name ({first_name}...) prints as a blank to say it.
std::optional<std::string> ScriptBookletPdf(const std::vector<Script>& scripts, const std::string& title,
                                            const std::map<std::string, std::string>& placeholders,
                                            const PrintOptions& options, std::string& why);

// The placeholders a turf fills in a booklet ({organization}, {campaign},
// {canvasser}): those it knows, none empty.
std::map<std::string, std::string> KnownPlaceholders(const TurfPackage& turf);

// A step's show_if written out in `language` ("the answer to Q2 is Yes"),
// questions numbered as the booklet numbers them (their place in the script).
std::string DescribeCondition(const Condition& condition, const Script& script, const std::string& language);

}  // namespace puerta::print
