// links.html, the organizer's page of `puerta publish`: each turf's link and
// its QR code (inline SVG) to send or show to the canvasser who walks it.
// It holds every turf's key, so it is written outside the published folder
// and is never linked from the app.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace puerta::cli {

struct TurfLinkEntry {
  std::string file;  // the package's file name in the published folder
  std::string link;  // https://HOST/PATH/?turf=FILE#k=KEY
};

// The page, or nothing with the reason in `why` (a link too long for a QR code).
std::optional<std::string> LinksPage(const std::vector<TurfLinkEntry>& turfs, std::string& why);

}  // namespace puerta::cli
