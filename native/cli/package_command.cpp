// `puerta package --list FILE --script SCRIPT [--script ...] --out TURF ...`:
// an organizer cuts a turf into the one file a canvasser opens on the phone
// (format: docs/turf-format.md). Nothing is written unless everything is
// right: every skipped voter-file row and every script problem is listed and
// the command fails, because a canvasser in the field cannot fix either.
// No path of the organizer's machine goes into the package.
// A list naming people needs the organizer's public key (--key), so that
// what phones export is sealed, unless --unsealed-exports says otherwise.
// The package itself is encrypted under a fresh key that travels only in the
// link's fragment (crypto/package_cipher.h); a plain package, readable by
// whoever gets the file, is for made-up voters only.
// Each package gets its own id, and its hand-out (turf id, package id, time)
// is recorded in the organizer's records folder, which `puerta open` and
// `puerta export` check the phones' files against (native/cli/turf_checks.h).
#include <sodium.h>

#include <cctype>
#include <charconv>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <memory>
#include <optional>
#include <ostream>
#include <random>
#include <vector>

#include "crypto/package_cipher.h"
#include "crypto/sealed_file.h"
#include "crypto/secret_key.h"
#include "native/cli/commands.h"
#include "native/cli/files.h"
#include "native/cli/font_subset.h"
#include "native/cli/options.h"
#include "native/cli/qr_code.h"
#include "native/cli/turf_checks.h"
#include "responses/attempt_time.h"
#include "native/cli/turf_link.h"
#include "native/cli/turf_inputs.h"
#include "script/script_parse.h"
#include "turf/call_list.h"
#include "texting/phone_number.h"
#include "turf/turf_expiry.h"
#include "turf/turf_package.h"
#include "walklist/import.h"

namespace puerta::cli {
namespace {

struct PackageOptions {
  std::string channel = "door", country = "US", call_again;
  std::string list, mapping, key, results, start, out, turf_id, utc_offset, records, base_url = kDefaultBaseUrl;
  std::vector<std::string> scripts, qr;
  bool no_encryption = false, unsealed_exports = false, plain_package = false, made_up_voters = false, no_font = false;
  TurfPackage package;  // the text fields given on the command line
};

// Characters, not bytes, of valid UTF-8.
std::size_t CharacterCount(std::string_view utf8) {
  std::size_t count = 0;
  for (char c : utf8) count += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return count;
}

// "Eastside, Saturday morning" -> "eastside-saturday-morning-3f9a1c": readable
// in logs and exports, and unique enough that two cuts never share attempts.
std::string NewTurfId(const std::string& name) {
  std::string slug;
  for (unsigned char c : name) {
    if (std::isalnum(c) && c < 0x80) slug += static_cast<char>(std::tolower(c));
    else if (!slug.empty() && slug.back() != '-') slug += '-';
    if (slug.size() >= 40) break;
  }
  while (!slug.empty() && slug.back() == '-') slug.pop_back();
  if (slug.empty()) slug = "turf";
  std::random_device random;
  static constexpr char kHex[] = "0123456789abcdef";
  slug += '-';
  for (int i = 0; i < 6; ++i) slug += kHex[random() % 16];
  return slug;
}

// When the package is handed out: now, or SOURCE_DATE_EPOCH when set
// (reproducible-builds.org), so that the same inputs give the same file
// (the bundled sample turf; tests). Nothing when that variable is not a time.
std::optional<std::int64_t> HandOutTime(std::ostream& err) {
  const char* fixed = std::getenv("SOURCE_DATE_EPOCH");
  if (!fixed) return static_cast<std::int64_t>(std::time(nullptr));
  std::int64_t seconds = -1;
  const std::string_view text(fixed);
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), seconds);
  if (ec != std::errc() || end != text.data() + text.size() || seconds < 0 || seconds > kLatestUnixSeconds) {
    err << "puerta: package: SOURCE_DATE_EPOCH is \"" << text << "\"; it must be seconds since 1970\n";
    return std::nullopt;
  }
  return seconds;
}

// 16 hex digits: random, or with SOURCE_DATE_EPOCH derived from the package
// itself (BLAKE2b of its JSON and the time), so a rebuild gives the same id.
std::string NewPackageId(const TurfPackage& p, std::int64_t handed_out) {
  InitCrypto();
  unsigned char bytes[crypto_generichash_BYTES_MIN];
  if (std::getenv("SOURCE_DATE_EPOCH")) {
    const std::string text = WriteTurfPackage(p) + "\n" + std::to_string(handed_out);
    crypto_generichash(bytes, sizeof bytes, reinterpret_cast<const unsigned char*>(text.data()), text.size(), nullptr, 0);
  } else {
    randombytes_buf(bytes, sizeof bytes);
  }
  static constexpr char kHex[] = "0123456789abcdef";
  std::string id;
  for (int i = 0; i < 8; ++i) id += {kHex[bytes[i] >> 4], kHex[bytes[i] & 15]};
  return id;
}

// Names, phone numbers, or the address of a named voter: what must not leave
// a phone as a plain file. A list of bare doors (address points) has none.
bool NamesPeople(const WalkList& list) {
  for (const Household& h : list.households)
    for (const Voter& v : h.voters)
      if (!v.first_name.empty() || !v.last_name.empty() || !v.phone.empty() || !h.address.display.empty()) return true;
  return false;
}

bool ReadPublicKey(const std::string& path, TurfPackage& p, std::ostream& err) {
  std::string key;
  if (!ReadFile(path, key, err)) return false;
  Status status = Status::Ok();
  if (!ParseOrganizerPublicKey(key, status)) {
    err << "puerta: " << path << ": " << status.message() << "\n";
    return false;
  }
  p.organizer_public_key = Trimmed(std::move(key));
  return true;
}

// A call or text list in place of the doors: each voter left out is named
// with why (on the organizer's own terminal), and the counts close the list.
void MakeCallList(const PackageOptions& a, TurfPackage& p, std::ostream& out) {
  CallListReport report;
  p.walk_list = BuildCallList(p.walk_list, p.channel, a.country, report);
  for (const auto* group : {&report.do_not_contact, &report.without_number, &report.landline})
    for (const LeftOutVoter& v : *group) out << "left out: voter " << v.voter_id << ": " << v.why << "\n";
  out << a.channel << " list: " << report.voters_kept << " of " << report.voters_read << " voters on "
      << report.numbers << (report.numbers == 1 ? " number" : " numbers") << "; left out "
      << report.do_not_contact.size() << " marked Do Not Call, Do Not Text or Opted Out, "
      << report.without_number.size() << " without a usable number"
      << (p.channel == Channel::kText ? ", " + std::to_string(report.landline.size()) + " on landlines" : "") << "\n";
}

int Package(PackageOptions& a, std::ostream& out, std::ostream& err) {
  TurfPackage& p = a.package;
  if (!ImportWalkList({a.list, a.mapping, a.start}, "package", p.walk_list, err) ||
      !ReadScripts(a.scripts, "package", p, err))
    return 1;
  p.channel = ChannelFromKey(a.channel).value_or(Channel::kDoor);  // checked while parsing
  if (!a.call_again.empty()) {
    if (p.channel != Channel::kPhone) {
      err << "puerta: package: --call-again is for a call list: add --channel phone\n";
      return 2;
    }
    p.call_again_minutes = static_cast<std::uint32_t>(std::stoul(a.call_again));  // checked while parsing
  }
  if (p.channel != Channel::kDoor) {
    MakeCallList(a, p, out);
    if (p.walk_list.households.empty()) {
      err << "puerta: package: " << a.list << ": no voter has a number to " << (p.channel == Channel::kText ? "text" : "call")
          << " (see the voters left out above); nothing was written\n";
      return 1;
    }
  }
  if (!a.results.empty()) {
    if (!ReadOpenedFile(a.results, p.result_codes_source, err)) return 1;
    p.result_codes_source = Trimmed(std::move(p.result_codes_source));
    if (Status s = p.result_codes.ApplyJson(p.result_codes_source); !s) {
      err << "puerta: " << a.results << ": " << s.message() << "\n";
      return 1;
    }
  }
  if (!a.key.empty() && !ReadPublicKey(a.key, p, err)) return 1;
  if (a.key.empty() && !a.unsealed_exports && NamesPeople(p.walk_list)) {
    err << "puerta: package: " << a.list << " names voters (names, addresses or phone numbers) and no organizer key "
        << "was given: the phones' exports would be plain files holding those names and every answer, readable by "
        << "anyone they are forwarded to. Make a key pair with `puerta keys new` and add --key ORGANIZER.public, or "
        << "add --unsealed-exports to accept plain exports.\n";
    return 1;
  }
  const bool plain = a.no_encryption || a.plain_package;
  if (plain && !a.made_up_voters && NamesPeople(p.walk_list)) {
    err << "puerta: package: " << a.list << " names voters (names, addresses or phone numbers) and "
        << (a.no_encryption ? "--no-encryption" : "--plain-package") << " would write them into a plain file: "
        << "whoever gets the file, or reads the web server, its logs or a proxy, reads them. Leave it out (the "
        << "package is then encrypted and its link carries the key), or add --made-up-voters for a demo or "
        << "training turf whose voters are made up.\n";
    return 1;
  }
  p.require_encryption = !a.no_encryption;
  if (!a.utc_offset.empty()) p.utc_offset_minutes = ParseUtcOffset(a.utc_offset).value_or(0);  // checked while parsing
  // The format was checked while parsing; a day already over is checked
  // here, where the turf's offset says which day today is.
  if (!p.expires.empty()) {
    if (std::string why = ExpiryInPast(p.expires, std::time(nullptr), p.utc_offset_minutes); !why.empty()) {
      err << "puerta: package: --expires: " << why << ": a canvasser could not record anything on it. Give the "
          << "turf's last day, today or later.\n";
      return 2;
    }
  }
  if (p.name.empty()) p.name = "Turf";
  p.turf_id = a.turf_id.empty() ? NewTurfId(p.name) : a.turf_id;
  const std::optional<std::int64_t> handed_out = HandOutTime(err);
  if (!handed_out) return 2;
  p.package_id = NewPackageId(p, *handed_out);
  if (!a.no_font) {
    std::string why;
    std::optional<PackageFont> font = SubsetCjkFont(CjkCharactersOfTurf(p), why);
    if (!font) {
      err << "puerta: package: no CJK font subset in the package: " << why << "; phones reading Chinese or Korean "
          << "will download the app's CJK font instead (or add --no-font)\n";
      return 1;
    }
    p.font = std::move(*font);
  }

  // Read back what was written, as the phone will: what fails here would
  // fail in the field.
  const std::string json = WriteTurfPackage(p);
  TurfPackage check;
  if (Status s = ParseTurfPackage(json, check); !s) {
    err << "puerta: package: the package would not open: " << s.message() << "\n";
    return 1;
  }
  EncryptedPackage file{json, {}};
  if (!plain) {
    file = EncryptPackage(json);
    PackageError error = PackageError::kNone;
    std::string why;
    if (DecryptPackage(file.bytes, file.key_text, error, &why) != json) {
      err << "puerta: package: the encrypted package would not open: " << why << "\n";
      return 1;
    }
  }
  const std::string link = TurfLink(a.base_url, a.out, file.key_text);
  std::vector<std::string> images;
  for (const std::string& path : a.qr) {
    std::string why;
    std::optional<std::string> image = QrImage(link, path, why);
    if (!image) {
      err << "puerta: package: " << path << ": " << why << "; nothing was written\n";
      return 1;
    }
    images.push_back(std::move(*image));
  }
  // The hand-out is recorded first: a record of a package that then failed
  // to be written flags nothing (no phone can name its id), while a package
  // handed out with no record would flag its canvasser's phone.
  // Never beside --out by default: that is often the published web folder.
  const std::string records = RecordsFolder(a.records, a.key);
  if (!records.empty() && !RecordHandout(records, {p.turf_id, p.package_id, *handed_out}, err)) return 1;
  if (!WriteOutputFile(a.out, file.bytes, err)) return 1;
  for (std::size_t i = 0; i < images.size(); ++i)
    if (!WriteOutputFile(a.qr[i], images[i], err)) return 1;
  out << a.out << ": " << p.turf_id << ", " << p.walk_list.households.size() << " households, "
      << p.walk_list.VoterCount() << " voters, " << p.scripts.size() << (p.scripts.size() == 1 ? " script" : " scripts")
      << ", encryption " << (p.require_encryption ? "on" : "off") << ", sealed exports "
      << (p.organizer_public_key.empty() ? "off" : "on") << ", package " << (plain ? "plain" : "encrypted")
      << (p.expires.empty() ? "" : ", last day " + p.expires)
      << (p.channel == Channel::kDoor ? "" : std::string(", ") + std::string(ChannelKey(p.channel)) + " list")
      << (p.font.empty() ? ""
                         : ", CJK font " + std::to_string(CharacterCount(p.font.characters)) +
                               " characters (" + std::to_string((p.font.regular.size() + p.font.bold.size()) / 1024) +
                               " KB)")
      << "\n";
  out << "link: " << link << "\n";
  out << "handed out: package " << p.package_id << " at " << UtcMinute(*handed_out) << ", "
      << (records.empty() ? "not recorded (no --key or --records)"
                          : "recorded in " + (std::filesystem::path(records) / kHandoutsFileName).string())
      << "\n";
  if (records.empty())
    err << "puerta: note: the hand-out was not recorded: without --key, give --records DIR (the folder `puerta "
        << "open` and `puerta export --records` will read), or phones' files from this package will be flagged as "
        << "never handed out\n";
  for (const std::string& path : a.qr) out << path << ": the link as a QR code\n";
  if (!plain)
    err << "puerta: note: the link holds the package's key: whoever has the link and the file reads the turf. "
        << "Send it to the canvasser only; the file alone is unreadable.\n";
  return 0;
}

}  // namespace

void AddPackageCommand(CLI::App& puerta, const Streams& io, Action& action) {
  auto o = std::make_shared<PackageOptions>();
  CLI::App* c = puerta.add_subcommand("package", "build a turf package, the one file a canvasser opens (docs/turf-format.md)");
  AddValue(*c, "--list", o->list, "FILE", "the voter file")->required();
  AddRepeatedValue(*c, "--script", o->scripts, "SCRIPT", "a script (repeat for more)")->required();
  AddValue(*c, "--out", o->out, "TURF", "the package to write")->required();
  AddValue(*c, "--key", o->key, "PUBLIC_KEY_FILE", "seal the phones' exports to this organizer key (puerta keys new)");
  c->add_flag("--unsealed-exports", o->unsealed_exports,
              "allow a list naming voters without --key: exports leave the phones as plain files");
  AddValue(*c, "--channel", o->channel, "door|phone|text",
           "door (default): a walk list; phone or text: a call or text list of the voters with a usable number, "
           "one entry per number")
      ->check(CLI::IsMember({"door", "phone", "text"}));
  AddValue(*c, "--country", o->country, "CODE",
           "the country of phone numbers written without + (default: US; also CA, MX, GT, SV, HN, CN, VN, KR, PH)")
      ->check(CLI::Validator(
          [](std::string& code) -> std::string {
            return texting::CallingCode(code).empty()
                       ? "is not a country Puerta reads numbers of (US, CA, MX, GT, SV, HN, CN, VN, KR, PH); numbers "
                         "written with + are read from any country"
                       : "";
          },
          "CODE"));
  AddValue(*c, "--call-again", o->call_again, "MINUTES",
           "a call list's cooldown: a number that gave No answer, Busy or Left a message is offered again this "
           "many minutes later (1 to 43200; default 120)")
      ->check(CLI::Validator(
          [](std::string& text) -> std::string {
            const bool digits = !text.empty() && text.size() <= 5 &&
                                text.find_first_not_of("0123456789") == std::string::npos;
            return digits && std::stoul(text) >= 1 && std::stoul(text) <= 43200 ? "" : "must be whole minutes, 1 to 43200";
          },
          "MINUTES"));
  AddValue(*c, "--mapping", o->mapping, "MAP", "a mapping file, for a voter-file layout that is not recognized");
  AddValue(*c, "--name", o->package.name, "NAME", "what canvassers see (default: Turf)");
  AddValue(*c, "--campaign", o->package.campaign, "CAMPAIGN", "the campaign");
  AddValue(*c, "--organization", o->package.organization, "ORGANIZATION", "the organization");
  AddValue(*c, "--canvasser", o->package.canvasser, "NAME", "the canvasser (otherwise the phone asks)");
  AddValue(*c, "--results", o->results, "RESULT_CODES_JSON", "the organization's result codes");
  c->add_flag("--no-encryption", o->no_encryption,
              "a demo turf: the package is plain and phones store it unencrypted (needs --made-up-voters for a list "
              "naming voters)");
  c->add_flag("--plain-package", o->plain_package,
              "write the package unencrypted (phones still encrypt what they store); needs --made-up-voters for a "
              "list naming voters");
  c->add_flag("--made-up-voters", o->made_up_voters,
              "the voters are made up (a demo or training turf): allows --no-encryption and --plain-package");
  c->add_flag("--no-font", o->no_font,
              "leave out the CJK font subset (the Chinese, Japanese and Korean characters the turf shows): phones "
              "then download the app's CJK font when they need it");
  AddValue(*c, "--expires", o->package.expires, "YYYY-MM-DD",
           "the turf's last day where the turf is: after it the phone records nothing more and says to send results")
      ->check(CLI::Validator([](std::string& date) { return ExpiryDateProblem(date); }, "YYYY-MM-DD"));
  AddValue(*c, "--base-url", o->base_url, "URL",
           std::string("where the web app is published, for the printed link (default: ") + kDefaultBaseUrl + ")")
      ->check(BaseUrlCheck());
  AddRepeatedValue(*c, "--qr", o->qr, "FILE", "also write the link as a QR code: FILE.png or FILE.svg (repeat for both)")
      ->check(CLI::Validator(
          [](std::string& path) -> std::string { return IsQrImagePath(path) ? "" : "must end in .png or .svg"; },
          "FILE"));
  AddValue(*c, "--start", o->start, "LAT,LON", "begin the walk nearest this point")->check(LatLonCheck());
  AddValue(*c, "--turf-id", o->turf_id, "ID", "the turf's id (default: the name and a random suffix)");
  AddValue(*c, "--records", o->records, "DIR",
           "where the hand-out is recorded, for puerta open and export to check the phones against (default: the "
           "folder of --key; without --key, not recorded unless given)");
  AddValue(*c, "--utc-offset", o->utc_offset, "MINUTES", "minutes east of UTC where the turf is, for dates")
      ->check(UtcOffsetCheck());
  c->callback([o, &io, &action] { action = [o, &io] { return Package(*o, io.out, io.err); }; });
}

}  // namespace puerta::cli
