// A turf link as `puerta package` prints it, `https://HOST/PATH/?turf=NAME.turf#k=KEY`,
// read from what an organizer pastes or pipes in. Plain text handling, kept
// apart from the window so the command line and the tests share it.
#pragma once

#include <string>
#include <string_view>

namespace puerta::handout {

// The link in `text`: the `link: ` line of `puerta package`'s output, or the
// first line that is a link itself; blank space around it removed. Empty
// when there is none.
std::string FindTurfLink(std::string_view text);

// True for an http(s) address with a `turf=` query (what the phone opens).
bool LooksLikeTurfLink(std::string_view link);

// The key in the link's fragment (`#k=KEY`), or empty.
std::string KeyOfLink(std::string_view link);

}  // namespace puerta::handout
