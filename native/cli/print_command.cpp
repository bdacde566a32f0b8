// `puerta print turf|walk|script ... --out FILE.pdf`: the turf on paper
// (native/print). The turf comes from its package, as a canvasser gets it
// (`eastside.turf#k=KEY`, or the package and `--link` with the printed
// link), or from the organizer's own files (--list, SCRIPT.json); a package
// that does not open, a voter-file row or a script problem fails the
// command with nothing written, as `puerta package` does.
// Sheets that name voters, and the turf sheet (its link opens the list), are
// written readable by their owner only.
#include <memory>
#include <optional>
#include <ostream>
#include <sstream>

#include "crypto/package_cipher.h"
#include "native/cli/commands.h"
#include "native/cli/files.h"
#include "native/cli/options.h"
#include "native/cli/qr_code.h"
#include "native/cli/turf_inputs.h"
#include "native/cli/turf_link.h"
#include "native/print/script_booklet.h"
#include "native/print/turf_sheet.h"
#include "native/print/walk_sheet.h"
#include "results/result_code_set.h"
#include "script/localized_text.h"

namespace puerta::cli {
namespace {


enum class Sheet { kTurf, kWalk, kScript };

struct PrintArgs {
  Sheet sheet = Sheet::kTurf;
  std::vector<std::string> inputs;  // TURF[#k=KEY] and, for the booklet, SCRIPT.json files
  std::string list, mapping, start, results, link, out, paper = "letter", languages, base_url = kDefaultBaseUrl;
  std::string name, organization, campaign;
};

std::string KeyOfLink(const std::string& link) {
  const std::size_t at = link.rfind("#k=");
  return at == std::string::npos ? std::string() : link.substr(at + 3);
}

// A package as a phone opens it: decrypted with the link's key, then read.
bool OpenPackage(const std::string& path, const std::string& key, TurfPackage& turf, std::ostream& err) {
  std::string bytes;
  if (!ReadOpenedFile(path, bytes, err)) return false;
  if (IsEncryptedPackage(bytes)) {
    if (key.empty()) {
      err << "puerta: print: " << path << " is encrypted and no key was given: add the key of its link ("
          << path << "#k=KEY) or --link LINK (the link `puerta package` printed)\n";
      return false;
    }
    PackageError error = PackageError::kNone;
    std::string why;
    std::optional<std::string> json = DecryptPackage(bytes, key, error, &why);
    if (!json) {
      err << "puerta: print: " << path << ": " << why << "\n";
      return false;
    }
    bytes = std::move(*json);
  }
  if (Status s = ParseTurfPackage(bytes, turf); !s) {
    err << "puerta: print: " << path << ": " << s.message() << "\n";
    return false;
  }
  return true;
}

// The turf to print and, when it came from a package, the link that opens it.
bool LoadTurf(const PrintArgs& a, const std::string& package_arg, TurfPackage& turf, std::string& link,
              std::ostream& err) {
  if (!package_arg.empty() && !a.list.empty()) {
    err << "puerta: print: " << package_arg << " and --list " << a.list << ": print from one of them\n";
    return false;
  }
  if (!package_arg.empty()) {
    std::string path = package_arg, key;
    if (const std::size_t at = path.rfind("#k="); at != std::string::npos) {
      key = path.substr(at + 3);
      path.resize(at);
    }
    const std::string link_key = KeyOfLink(a.link);
    if (!key.empty() && !link_key.empty() && key != link_key) {
      err << "puerta: print: the key after " << path << "#k= is not the key of --link; give one of them\n";
      return false;
    }
    if (key.empty()) key = link_key;
    if (!OpenPackage(path, key, turf, err)) return false;
    link = a.link.empty() ? TurfLink(a.base_url, path, key) : a.link;
    return true;
  }
  if (!a.list.empty() && !ImportWalkList({a.list, a.mapping, a.start}, "print", turf.walk_list, err)) return false;
  turf.name = a.name.empty() ? "Turf" : a.name;
  turf.organization = a.organization;
  turf.campaign = a.campaign;
  link = a.link;
  if (!a.results.empty()) {
    std::string json;
    if (!ReadOpenedFile(a.results, json, err)) return false;
    if (Status s = turf.result_codes.ApplyJson(Trimmed(std::move(json))); !s) {
      err << "puerta: print: " << a.results << ": " << s.message() << "\n";
      return false;
    }
  }
  return true;
}

std::vector<std::string> SplitLanguages(const std::string& text) {
  std::vector<std::string> out;
  std::stringstream in(text);
  for (std::string code; std::getline(in, code, ',');)
    if (!code.empty()) out.push_back(code);
  return out;
}

int Print(const PrintArgs& a, std::ostream& out, std::ostream& err) {
  std::string package_arg;
  std::vector<std::string> scripts;
  for (const std::string& input : a.inputs) {
    if (a.sheet == Sheet::kScript && input.ends_with(".json")) scripts.push_back(input);
    else if (package_arg.empty()) package_arg = input;
    else {
      err << "puerta: print: one turf package at a time (" << package_arg << ", " << input << ")\n";
      return 2;
    }
  }
  if (package_arg.empty() && a.list.empty() && a.sheet != Sheet::kScript) {
    err << "puerta: print: nothing to print: give a turf package (TURF.turf#k=KEY) or the voter file (--list FILE)\n";
    return 2;
  }
  TurfPackage turf;
  std::string link;
  if (!LoadTurf(a, package_arg, turf, link, err)) return 1;
  if (!scripts.empty()) {
    turf.scripts.clear();
    turf.script_sources.clear();
    if (!ReadScripts(scripts, "print", turf, err)) return 1;
  }
  print::PrintOptions options{*print::PaperFromName(a.paper), SplitLanguages(a.languages)};  // checked while parsing

  std::string why, what;
  std::optional<std::string> pdf;
  bool names_people = true;
  switch (a.sheet) {
    case Sheet::kTurf: {
      std::optional<QrModules> qr;
      if (!link.empty() && !(qr = QrCodeModules(link))) {
        err << "puerta: print: the link is too long for a QR code\n";
        return 1;
      }
      pdf = print::TurfSheetPdf(turf, link, qr ? &*qr : nullptr, options, why);
      what = "turf sheet";
      break;
    }
    case Sheet::kWalk:
      pdf = print::WalkSheetPdf(turf, options, why);
      what = "walk sheet";
      break;
    case Sheet::kScript: {
      if (turf.scripts.empty()) {
        err << "puerta: print script: no script: give SCRIPT.json files or a turf package\n";
        return 2;
      }
      const std::map<std::string, std::string> known = print::KnownPlaceholders(turf);
      // The booklet is named for its turf, or for its first script.
      const std::string title =
          package_arg.empty() ? Localize(turf.scripts.front().title,
                                         options.languages.empty() ? turf.scripts.front().fallback_language
                                                                   : options.languages.front(),
                                         turf.scripts.front().fallback_language)
                              : turf.name;
      pdf = print::ScriptBookletPdf(turf.scripts, title, known, options, why);
      what = "script booklet";
      names_people = false;
      break;
    }
  }
  if (!pdf) {
    err << "puerta: print: " << a.out << ": " << why << "; nothing was written\n";
    return 1;
  }
  // The walk sheet names voters and the turf sheet's link opens the list:
  // like an opened export, only their owner reads them.
  if (!WriteOutputFile(a.out, *pdf, err, {.mode = names_people ? 0600u : 0644u})) return 1;
  out << a.out << ": " << what << ", " << (a.paper == "a4" ? "A4" : "US Letter") << ", " << pdf->size() << " bytes\n";
  return 0;
}

CLI::App* AddSheet(CLI::App& group, const std::string& name, Sheet sheet, const std::string& description,
                   const Streams& io, Action& action) {
  auto a = std::make_shared<PrintArgs>();
  a->sheet = sheet;
  CLI::App* c = group.add_subcommand(name, description);
  c->add_option("input", a->inputs, sheet == Sheet::kScript
                                        ? "a turf package (TURF.turf#k=KEY), or script files (SCRIPT.json)"
                                        : "a turf package: TURF.turf#k=KEY (the key of its link), or TURF.turf with --link")
      ->type_name(sheet == Sheet::kScript ? "TURF|SCRIPT.json..." : "TURF");
  AddValue(*c, "--out", a->out, "FILE.pdf", "the PDF to write")->required();
  AddValue(*c, "--paper", a->paper, "a4|letter", "the paper size (default: letter)")
      ->check(CLI::Validator(
          [](std::string& v) -> std::string { return print::PaperFromName(v) ? "" : "must be a4 or letter"; }, "PAPER"));
  AddValue(*c, "--languages", a->languages, "en,es",
           "the languages to print in, most important first (default: the turf's or the script's)")
      ->check(CLI::Validator(
          [](std::string& v) -> std::string {
            for (const std::string& code : SplitLanguages(v))
              for (char ch : code)
                if (!(ch >= 'a' && ch <= 'z') && ch != '-') return "must be language codes such as en,es,zh";
            return SplitLanguages(v).empty() ? "must name at least one language" : "";
          },
          "LANGUAGES"));
  AddValue(*c, "--link", a->link, "LINK", "the turf's link as `puerta package` printed it (its key opens the package)");
  if (sheet == Sheet::kTurf)
    AddValue(*c, "--base-url", a->base_url, "URL",
             std::string("where the web app is published, for the link (default: ") + kDefaultBaseUrl + ")")
        ->check(BaseUrlCheck());
  if (sheet != Sheet::kScript) {
    AddValue(*c, "--list", a->list, "FILE", "print from the voter file instead of a package");
    AddValue(*c, "--mapping", a->mapping, "MAP", "a mapping file, for a voter-file layout that is not recognized");
    AddValue(*c, "--start", a->start, "LAT,LON", "begin the walk nearest this point (with --list)")->check(LatLonCheck());
    AddValue(*c, "--results", a->results, "RESULT_CODES_JSON", "the organization's result codes (with --list)");
    AddValue(*c, "--name", a->name, "NAME", "the turf's name (with --list)");
    AddValue(*c, "--organization", a->organization, "ORGANIZATION", "the organization (with --list)");
    AddValue(*c, "--campaign", a->campaign, "CAMPAIGN", "the campaign (with --list)");
  }
  c->callback([a, &io, &action] { action = [a, &io] { return Print(*a, io.out, io.err); }; });
  return c;
}

}  // namespace

void AddPrintCommands(CLI::App& puerta, const Streams& io, Action& action) {
  CLI::App* group = AddGroup(puerta, "print", "print a turf sheet, walk sheet or script booklet as PDF", io, action);
  AddSheet(*group, "turf", Sheet::kTurf, "one page for the canvasser: the turf, its languages, its link as a QR code",
           io, action);
  AddSheet(*group, "walk", Sheet::kWalk, "the doors in walk order with tick boxes, for canvassing on paper", io, action);
  AddSheet(*group, "script", Sheet::kScript, "every step of the scripts, languages side by side, boxes to tick", io,
           action);
}

}  // namespace puerta::cli
