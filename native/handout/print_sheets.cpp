#include "native/handout/print_sheets.h"

#include <algorithm>
#include <filesystem>
#include <optional>
#include <sstream>

#include "crypto/package_cipher.h"
#include "native/cli/files.h"
#include "native/cli/qr_code.h"
#include "native/handout/turf_link.h"
#include "native/print/script_booklet.h"
#include "native/print/turf_sheet.h"
#include "native/print/walk_sheet.h"
#include "turf/turf_package.h"

namespace puerta::handout {
namespace {

// The package as the phone opens it: decrypted with the link's key, then read.
std::optional<TurfPackage> OpenTurf(const std::string& bytes, const std::string& link, std::string& why) {
  std::string json = bytes;
  if (IsEncryptedPackage(bytes)) {
    PackageError error = PackageError::kNone;
    std::optional<std::string> opened = DecryptPackage(bytes, KeyOfLink(link), error, &why);
    if (!opened) return std::nullopt;
    json = std::move(*opened);
  }
  TurfPackage turf;
  if (Status s = ParseTurfPackage(json, turf); !s) {
    why = s.message();
    return std::nullopt;
  }
  return turf;
}

}  // namespace

std::vector<std::string> PrintableLanguages(const std::string& package_bytes, const std::string& link) {
  std::string why;
  const std::optional<TurfPackage> turf = OpenTurf(package_bytes, link, why);
  std::vector<std::string> languages;
  if (!turf) return languages;
  for (const Script& script : turf->scripts)
    for (const std::string& language : script.languages)
      if (std::find(languages.begin(), languages.end(), language) == languages.end()) languages.push_back(language);
  return languages;
}

PrintedSheets PrintTurfSheets(const PrintRequest& request) {
  namespace fs = std::filesystem;
  PrintedSheets out;
  const fs::path package(request.package_path);
  out.folder = package.parent_path().empty() ? "." : package.parent_path().string();
  std::string why;
  const std::optional<TurfPackage> turf = OpenTurf(request.package_bytes, request.link, why);
  if (!turf) {
    out.problem = package.filename().string() + ": " + why;
    return out;
  }
  const std::optional<QrModules> qr = request.link.empty() ? std::nullopt : cli::QrCodeModules(request.link);
  const std::map<std::string, std::string> known = print::KnownPlaceholders(*turf);

  struct Sheet {
    const char* suffix;
    bool names_people;  // the link's key or voters' names: owner only
  };
  const Sheet sheets[] = {{"-turf-sheet.pdf", true}, {"-walk-sheet.pdf", true}, {"-script-booklet.pdf", false}};
  for (std::size_t i = 0; i < std::size(sheets); ++i) {
    std::optional<std::string> pdf;
    if (i == 0) pdf = print::TurfSheetPdf(*turf, request.link, qr ? &*qr : nullptr, request.options, why);
    if (i == 1) pdf = print::WalkSheetPdf(*turf, request.options, why);
    if (i == 2) pdf = print::ScriptBookletPdf(turf->scripts, turf->name, known, request.options, why);
    const fs::path file = package.parent_path() / (package.stem().string() + sheets[i].suffix);
    if (!pdf) {
      out.problem = file.string() + ": " + why;
      return out;
    }
    std::ostringstream err;
    if (!cli::WriteOutputFile(file.string(), *pdf, err, {.mode = sheets[i].names_people ? 0600u : 0644u})) {
      out.problem = err.str();
      while (!out.problem.empty() && out.problem.back() == '\n') out.problem.pop_back();
      return out;
    }
    out.files.push_back(file.string());
  }
  return out;
}

}  // namespace puerta::handout
