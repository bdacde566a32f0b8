// The link that opens a turf on a phone, https://HOST/PATH/?turf=NAME.turf#k=KEY,
// as `puerta package` prints it and `puerta publish` writes it into links.html:
// the package's file name as it sits beside the web app, and its key in the
// fragment, which no browser sends to a server.
#pragma once

#include <string>

#include <CLI/CLI.hpp>

namespace puerta::cli {

// What scripts/start.sh serves: the organizer's own machine.
inline constexpr const char* kDefaultBaseUrl = "http://127.0.0.1:8080/";

// `base`: where the web app is published; `file`: the package (only its
// file name is used); `key_text`: empty for a plain package (no fragment).
std::string TurfLink(std::string base, const std::string& file, const std::string& key_text);

// --base-url: http(s) only, no query or fragment of its own (the link adds both).
CLI::Validator BaseUrlCheck();

}  // namespace puerta::cli
