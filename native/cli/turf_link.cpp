#include "native/cli/turf_link.h"

#include <cctype>
#include <filesystem>

namespace puerta::cli {

std::string TurfLink(std::string base, const std::string& file, const std::string& key_text) {
  if (!base.ends_with("/") && !base.ends_with(".html")) base += '/';
  std::string link = base + "?turf=";
  static constexpr char kHex[] = "0123456789ABCDEF";
  for (unsigned char c : std::filesystem::path(file).filename().string()) {
    if (std::isalnum(c) || c == '-' || c == '.' || c == '_' || c == '~') link += static_cast<char>(c);
    else link += {'%', kHex[c >> 4], kHex[c & 15]};
  }
  if (!key_text.empty()) link += "#k=" + key_text;
  return link;
}

CLI::Validator BaseUrlCheck() {
  return CLI::Validator(
      [](std::string& url) -> std::string {
        if (!url.starts_with("https://") && !url.starts_with("http://")) return "must begin with https:// or http://";
        if (url.find_first_of("?# \t\r\n") != std::string::npos) return "must not hold ?, # or blank space";
        return {};
      },
      "URL");
}

}  // namespace puerta::cli
