// The files a canvasser sends to the organizer, in one of three forms, named
// after the turf and the time, signed by the phone (crypto/signed_file.h), and
// then sealed to the organizer's public key when the turf carries one. Built here, once, for every front end; the platform
// only hands them over (share sheet, download, a file on the desktop).
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "crypto/signed_file.h"
#include "export/json_lines.h"
#include "responses/contact_attempt.h"
#include "script/script.h"
#include "turf/turf_package.h"
#include "util/status.h"

namespace puerta {

enum class ResultFormat {
  kSpreadsheet,  // the response CSV (export/response_csv.h)
  kWorkbook,     // the same table as an .xlsx workbook, where a WorkbookWriter is at hand
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

// Writes the response table as an .xlsx workbook (export/xlsx/response_xlsx.h:
// ExportResponseXlsx). Outside puerta_core, which the browser links without
// libxlsxwriter: a front end that has it passes it in (platform::WorkbookWriter).
using WorkbookWriter = std::optional<std::string> (*)(std::span<const ContactAttempt> attempts,
                                                      std::span<const Script> scripts, Status& status);

// `all_versions` for the lossless form, `current` for the others. kWorkbook
// needs `workbook` (and fails without one). A workbook is treated like the
// spreadsheet: sealed and signed for a turf with an organizer key, else plain. Every file
// is signed with `signer`, the phone's key; attempt versions that name no
// device (recorded on this phone before it had a key) go out naming it.
// A turf whose organizer key cannot be read fails: files never silently go
// out unsealed when the organizer meant them sealed.
Status BuildResultFiles(ResultFormat format, const TurfPackage& turf, std::span<const ContactAttempt> all_versions,
                        std::span<const ContactAttempt> current, std::int64_t now_unix, const DeviceKey& signer,
                        ResultFiles& out, WorkbookWriter workbook = nullptr);

// What the organizer's tools accept from a phone, once unsealed: the signed
// envelope verified, and, when the payload is an attempts export (JSON lines),
// every attempt in it naming the device that signed it. Nothing, with a reason
// the organizer can act on, otherwise.
// An attempts export also says which turf and package it is from (signed
// with the rest), and what it holds (one entry: the signer's).
struct CheckedExport {
  std::string payload;
  std::string device_id;
  bool attempts_file = false;  // false: a spreadsheet or VAN file, which names no turf
  ExportOrigin origin;
  std::vector<DeviceAttempts> by_device;
};
std::optional<CheckedExport> CheckSignedExport(std::string_view file, Status& status);

}  // namespace puerta
