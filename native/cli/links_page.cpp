#include "native/cli/links_page.h"

#include "native/cli/qr_code.h"

namespace puerta::cli {
namespace {

std::string Escaped(const std::string& text) {
  std::string out;
  for (char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      default: out += c;
    }
  }
  return out;
}

constexpr const char* kHead = R"(<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<meta name="referrer" content="no-referrer">
<title>Turf links (private: holds the keys)</title>
<style>
body { font-family: sans-serif; max-width: 44rem; margin: 2rem auto; padding: 0 1rem; }
.warning { border: 3px solid #b00020; padding: 0.75rem 1rem; font-weight: bold; }
section { break-inside: avoid; border-top: 1px solid #999; padding: 1rem 0; }
.link { font-family: monospace; word-break: break-all; }
svg { width: 16rem; height: 16rem; }
</style>
</head>
<body>
<h1>Turf links</h1>
<p class="warning">This page holds each turf's key. Keep it on your own computer: do not upload it
with the published folder, do not email it to a group. Send each link only to the canvasser
who walks that turf, or let them scan its code from this screen or from paper you hand them.</p>
)";

}  // namespace

std::optional<std::string> LinksPage(const std::vector<TurfLinkEntry>& turfs, std::string& why) {
  std::string page = kHead;
  for (const TurfLinkEntry& turf : turfs) {
    std::optional<std::string> svg = QrSvgElement(turf.link, why);
    if (!svg) return std::nullopt;
    page += "<section>\n<h2>" + Escaped(turf.file) + "</h2>\n<p class=\"link\"><a href=\"" + Escaped(turf.link) +
            "\">" + Escaped(turf.link) + "</a></p>\n" + *svg + "</section>\n";
  }
  page += "</body>\n</html>\n";
  return page;
}

}  // namespace puerta::cli
