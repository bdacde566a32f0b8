#include "native/cli/options.h"

#include <cctype>
#include <charconv>
#include <cmath>

#include "util/number.h"

namespace puerta::cli {
namespace {

// "--force", "-h": an option. "-420", "-.5", "-": a value.
bool LooksLikeOption(const std::string& value) {
  return value.size() > 1 && value[0] == '-' && !std::isdigit(static_cast<unsigned char>(value[1])) && value[1] != '.';
}

CLI::Validator NotAnOption() {
  return CLI::Validator(
      [](std::string& value) {
        return LooksLikeOption(value) ? "needs a value, but the next word is the option " + value : std::string();
      },
      "");
}

}  // namespace

CLI::Option* AddValue(CLI::App& command, const std::string& name, std::string& into, const std::string& value_name,
                      const std::string& help) {
  return command.add_option(name, into, help)->type_name(value_name)->check(NotAnOption());
}

CLI::Option* AddRepeatedValue(CLI::App& command, const std::string& name, std::vector<std::string>& into,
                              const std::string& value_name, const std::string& help) {
  return command.add_option(name, into, help)->type_name(value_name)->allow_extra_args(false)->check(NotAnOption());
}

std::optional<std::int32_t> ParseUtcOffset(std::string_view text) {
  if (text.starts_with('+') && !text.starts_with("+-")) text.remove_prefix(1);  // "+330" (India) reads naturally
  std::int32_t minutes = 0;
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), minutes);
  if (text.empty() || ec != std::errc() || end != text.data() + text.size() || minutes < -720 || minutes > 840)
    return std::nullopt;
  return minutes;
}

CLI::Validator UtcOffsetCheck() {
  return CLI::Validator(
      [](std::string& value) {
        return ParseUtcOffset(value) ? std::string()
                                     : "wants whole minutes east of UTC from -720 to 840, e.g. -420 for California "
                                       "in summer, not \"" + value + "\"";
      },
      "");
}

std::optional<GeoPoint> ParseLatLon(std::string_view text) {
  const std::size_t comma = text.find(',');
  if (comma == std::string_view::npos) return std::nullopt;
  const std::optional<double> lat = ParseDouble(text.substr(0, comma)), lon = ParseDouble(text.substr(comma + 1));
  if (!lat || !lon || std::abs(*lat) > 90 || std::abs(*lon) > 180) return std::nullopt;
  return GeoPoint{*lat, *lon};
}

CLI::Validator LatLonCheck() {
  return CLI::Validator(
      [](std::string& value) {
        return ParseLatLon(value) ? std::string()
                                  : "wants LAT,LON in degrees, e.g. 37.3501,-121.8801, not \"" + value + "\"";
      },
      "");
}

CLI::Validator OneOf(std::vector<std::string> words) {
  return CLI::Validator(
      [words](std::string& value) {
        for (const std::string& w : words)
          if (value == w) return std::string();
        std::string list;
        for (std::size_t i = 0; i < words.size(); ++i) list += (i ? i + 1 == words.size() ? " or " : ", " : "") + words[i];
        return "wants " + list + ", not \"" + value + "\"";
      },
      "");
}

void AddRecordsOptions(CLI::App& command, std::string& records, std::vector<std::string>& accepted,
                       const std::string& default_folder) {
  AddValue(command, "--records", records, "DIR",
           "the folder of your hand-out records (puerta-handouts.jsonl, puerta-devices.jsonl" +
               (default_folder.empty() ? std::string(")") : "; default: " + default_folder + ")"));
  AddRepeatedValue(command, "--accept-device", accepted, "ID",
                   "accept this device (16 hex digits, as printed) as its turf's phone, e.g. a canvasser's new phone; "
                   "remembered in the records")
      ->check(CLI::Validator(
          [](std::string& id) -> std::string {
            const bool hex = id.size() == 16 && id.find_first_not_of("0123456789abcdef") == std::string::npos;
            return hex ? "" : "must be a device id: 16 lowercase hex digits, as puerta open prints it";
          },
          "ID"));
}

}  // namespace puerta::cli
