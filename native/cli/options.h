// Option helpers shared by the commands: how a value is taken, and the
// checks of values more than one command accepts (--utc-offset, --start).
// A bad value is a command-line error (exit 2) that names its option.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <CLI/CLI.hpp>

#include "model/walk_list.h"

namespace puerta::cli {

// An option taking one value, shown in --help as `NAME VALUE_NAME`. CLI11
// takes the next word as the value even when it is another option, so
// `keys new --out --force` would make keys named "--force.public"; a value
// that looks like an option is refused instead, naming the option left
// without one. (A negative number, "-420", is a value.)
CLI::Option* AddValue(CLI::App& command, const std::string& name, std::string& into, const std::string& value_name,
                      const std::string& help);
// The same for an option that may be repeated, one value each time
// (`--script a.json --script b.json`), so it never swallows a FILE after it.
CLI::Option* AddRepeatedValue(CLI::App& command, const std::string& name, std::vector<std::string>& into,
                              const std::string& value_name, const std::string& help);

// --utc-offset: whole minutes east of UTC, -720 (UTC-12) to 840 (UTC+14).
std::optional<std::int32_t> ParseUtcOffset(std::string_view text);
CLI::Validator UtcOffsetCheck();

// --start: "LAT,LON" in degrees.
std::optional<GeoPoint> ParseLatLon(std::string_view text);
CLI::Validator LatLonCheck();

// --records DIR and --accept-device ID (repeatable, 16 hex digits): where the
// organizer's hand-out records are, and phones to accept (native/cli/turf_checks.h).
// `default_folder` describes where they are without --records, for --help.
void AddRecordsOptions(CLI::App& command, std::string& records, std::vector<std::string>& accepted,
                       const std::string& default_folder);

// One of the given words (--format csv|van|jsonl).
CLI::Validator OneOf(std::vector<std::string> words);

}  // namespace puerta::cli
