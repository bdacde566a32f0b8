// What a phone sends, made readable: a sealed file opened with one of the
// organizer's secret keys (crypto/sealed_file.h; a coalition and a partner
// organization may each have one), the phone's signature checked
// (export/result_files.h: CheckSignedExport), or a lossless JSON-lines file
// as `puerta open` wrote it. The same rules as `puerta open`: a sealed file
// whose inside no phone signed is refused, since anyone holding a turf can
// seal a file to the organizer.
#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "util/status.h"

namespace puerta::campaign {

struct PhoneFile {
  std::string payload;    // JSON lines (export/json_lines.h)
  std::string device_id;  // the phone that signed it; empty for a plain (opened) file
  std::string how_read;   // "sealed", "signed" or "plain"
};

// `secret_keys`: the text of each organizer secret key file given.
std::optional<PhoneFile> ReadPhoneFile(std::string_view bytes, std::span<const std::string> secret_keys,
                                       Status& status);

}  // namespace puerta::campaign
