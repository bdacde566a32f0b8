// The files a canvasser sends to the organizer, in one of three forms, named
// after the turf and the time, and sealed to the organizer's public key when
// the turf carries one. Built here, once, for every front end; the platform
// only hands them over (share sheet, download, a file on the desktop).
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <vector>

#include "responses/contact_attempt.h"
#include "turf/turf_package.h"
#include "util/status.h"

namespace puerta {

enum class ResultFormat {
  kSpreadsheet,  // the response CSV (export/response_csv.h)
  kLossless,     // JSON lines of every version (export/json_lines.h): what `puerta export` reads back
  kVan,          // VAN's contact history and survey responses (export/van_csv.h)
};

struct ResultFile {
  std::string name;
  std::string mime_type;
  std::string bytes;
};

struct ResultFiles {
  std::vector<ResultFile> files;
  bool sealed = false;  // only the organizer's secret key opens them
};

// `all_versions` for the lossless form, `current` for the others.
// A turf whose organizer key cannot be read fails: files never silently go
// out unsealed when the organizer meant them sealed.
Status BuildResultFiles(ResultFormat format, const TurfPackage& turf, std::span<const ContactAttempt> all_versions,
                        std::span<const ContactAttempt> current, std::int64_t now_unix, ResultFiles& out);

}  // namespace puerta
