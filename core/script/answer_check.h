// Whether a value fits a step: the conversation refuses an answer the export
// could not represent ("maybe" for a yes/no, 7 on a 1-5 scale, 2024-13-40).
#pragma once

#include <string>
#include <vector>

#include "script/script.h"
#include "util/status.h"

namespace puerta {

// Ok for a well-formed answer. An empty `values` is never an answer (clearing
// is done by Conversation::Clear).
Status CheckAnswer(const Step& step, const std::vector<std::string>& values);

// "2024-11-05" or "2024-11-05T18:30", with a real month, day, hour and minute.
bool IsDateTime(const std::string& text);

}  // namespace puerta
