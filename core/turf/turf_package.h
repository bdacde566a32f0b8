// A turf package: everything one canvasser needs for one shift, in one file
// an organizer hands out (a link, a QR code, a file in a group chat):
// the walk list in walk order, the scripts, the result codes, who is
// canvassing for which organization and campaign, and whether the phone must
// encrypt what it stores (the default) and seal exports to the organizer.
//
// The file is JSON, documented in docs/turf-format.md, versioned by
// "format_version"; scripts are embedded as the same JSON the script format
// documents, so what an organizer wrote by hand arrives unchanged.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "model/walk_list.h"
#include "results/result_code_set.h"
#include "script/script.h"
#include "util/status.h"

namespace puerta {

// The Chinese, Japanese and Korean characters the turf shows (its scripts,
// names and addresses, and the interface in the scripts' languages), as a
// font subset made by `puerta package` (native/cli/font_subset.h): a phone
// draws them with it instead of downloading the large CJK font. Empty when the
// turf shows no such character.
struct PackageFont {
  std::string characters;  // UTF-8, each character the subset holds, once
  std::string regular;     // an OpenType font (bytes)
  std::string bold;        // the same characters in bold
  bool empty() const { return regular.empty(); }
};

// The most a package font may weigh (each face, decoded): a few thousand
// glyphs; far above a real turf's.
inline constexpr std::size_t kMaxPackageFontBytes = 8u * 1024 * 1024;

struct TurfPackage {
  // The newest version this app reads and writes (turf_package.cpp lists each
  // change); a package is written with the oldest version that holds what it
  // carries (see WriteTurfPackage).
  static constexpr std::uint32_t kFormatVersion = 3;

  std::uint32_t format_version = kFormatVersion;
  std::string turf_id;        // stable, unique per cut turf ("eastside-2026-11-21-a")
  // 16 hex digits, new for each `puerta package` run, even of the same turf id:
  // exports name it, and the organizer's hand-out records know when it went
  // out (turf/handout_records.h). Empty in packages from before it existed.
  std::string package_id;
  std::string name;           // what the canvasser sees: "Eastside, Saturday morning"
  std::string campaign;
  std::string organization;
  std::string canvasser;      // the assigned canvasser; empty: asked on the Welcome screen
  std::int32_t utc_offset_minutes = 0;  // where the turf is, for dates in exports
  WalkList walk_list;         // buildings in walk order
  std::vector<Script> scripts;
  std::vector<std::string> script_sources;  // each script's JSON as embedded, same order
  ResultCodeSet result_codes;
  std::string result_codes_source;          // the organizer's result-code JSON, or empty
  std::string organizer_public_key;         // "puerta-organizer-public-key:..." or empty
  bool require_encryption = true;           // the phone asks for a PIN and encrypts at rest
  std::string expires;  // the turf's last day, "2026-12-12" where the turf is, or empty (turf/turf_expiry.h)
  PackageFont font;     // since version 3: CJK glyphs for the phone, or empty
  // Doors (a walk list), or a call or text list (turf/call_list.h: one
  // household per phone number, each voter's phone in E.164). Since version 3.
  Channel channel = Channel::kDoor;
  // A call list's "Call again": a number whose last call ended in No answer,
  // Busy or Left a message is offered again this many minutes after it, at
  // the earliest (a Call back when it is due). Since version 3; 0 (the
  // default) is kDefaultCallAgainMinutes.
  std::uint32_t call_again_minutes = 0;
  static constexpr std::uint32_t kDefaultCallAgainMinutes = 120;

  // The script for a voter: the first script is the turf's main script.
  const Script* MainScript() const { return scripts.empty() ? nullptr : &scripts.front(); }
};

// The largest package ParseTurfPackage reads. A package arrives from a link or
// a group chat, so reading also bounds the number of JSON values, nesting,
// households, voters and scripts (see turf_package.cpp and docs/turf-format.md).
inline constexpr std::size_t kMaxTurfPackageBytes = 32u * 1024 * 1024;

// Reads a package. Every problem is named by its JSON path
// ("$.scripts[1].steps[3].id: missing-field: ...", "format_version 3 is newer
// than this app reads (1): update Puerta ..."); a malformed or cut-short file
// names the byte offset. Every script must pass CheckScript (all problems of
// all scripts are listed, one a line). On failure `out` is untouched.
Status ParseTurfPackage(std::string_view json, TurfPackage& out);

// Writes a package; ParseTurfPackage(WriteTurfPackage(p)) gives p back.
// Scripts and result codes are written from script_sources and
// result_codes_source (the Script and ResultCodeSet values are what was read
// from them), so each source must be one JSON object with nothing around it.
// format_version is written as the oldest version that holds the package:
// 1 without a last day (so a phone still running an older app opens it), 2
// with one (an older app then says to update rather than drop the date), 3
// with a font, and for a call or text list (an older app says to update
// rather than draw boxes or walk it as doors).
std::string WriteTurfPackage(const TurfPackage& package);

}  // namespace puerta
