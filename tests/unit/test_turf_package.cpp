// turf/: the turf package a canvasser opens. Round trips, every way a file
// can be refused (each with the message a person reads), the bundled sample.
#include <doctest/doctest.h>

#include <set>
#include <string>

#include "crypto/sealed_file.h"
#include "script_fixtures.h"
#include "turf/turf_package.h"
#include "util/base64.h"
#include "walklist/import.h"

using namespace puerta;
using puerta::testing::ReadSource;

namespace {

const char* kTinyScript =
    R"({"format_version": 1, "id": "tiny", "version": 1, "title": {"en": "Tiny"}, "languages": ["en"],
  "steps": [{"id": "hello", "kind": "yes_no", "text": {"en": "Hello?"}}]})";

// A hand-written package small enough to edit in each test.
std::string TinyPackage() {
  return std::string(R"({"format": "puerta-turf", "format_version": 1, "turf_id": "t-1", "name": "Tiny",
  "scripts": [)") + kTinyScript + R"(],
  "walk_list": {
    "households": [{"id": "h1", "address": {"display": "1 Main St"}, "voters": [{"id": "v1", "first_name": "Ana"}]}],
    "buildings": [{"id": "b1", "display": "1 Main St", "households": [0]}]}})";
}

std::string Replace(std::string text, const std::string& from, const std::string& to) {
  const std::size_t at = text.find(from);
  REQUIRE_MESSAGE(at != std::string::npos, "no \"" << from << "\" to replace");
  return text.replace(at, from.size(), to);
}

// Parses what must be refused; the package given stays untouched.
std::string Refusal(const std::string& json) {
  TurfPackage out;
  out.turf_id = "untouched";
  const Status s = ParseTurfPackage(json, out);
  CHECK_FALSE(s.ok());
  CHECK(out.turf_id == "untouched");
  return s.message();
}

// The sample walk list with both sample scripts, custom result codes and a key.
TurfPackage FullPackage() {
  TurfPackage p;
  p.turf_id = "esperanza-oak-2026-a";
  p.package_id = "0123456789abcdef";
  p.name = "Esperanza & Oak — sábado";
  p.campaign = "Yes on 12";
  p.organization = "Vecinos Unidos";
  p.canvasser = "Ana";
  p.utc_offset_minutes = -420;
  p.require_encryption = false;
  p.expires = "2026-12-12";
  p.format_version = 3;  // the oldest that holds its font (and last day): what it is written as
  ImportOptions options;
  options.start = GeoPoint{37.3501, -121.8801};
  ImportResult r = ImportVoterFile("walk-list.csv", ReadSource("assets/sample/walk-list.csv"), options);
  REQUIRE(r.usable());
  p.walk_list = std::move(r.list);
  p.walk_list.households[0].voters[0].attributes.Set("party", "DEM \"quoted\"\n");
  for (const char* file : {"assets/scripts/pledge-to-vote.json", "assets/scripts/issue-id-know-your-rights.json"}) {
    std::string source = ReadSource(file);
    while (!source.empty() && (source.back() == '\n' || source.back() == ' ')) source.pop_back();
    p.scripts.push_back(puerta::testing::LoadScript(file));
    p.script_sources.push_back(source);
  }
  p.result_codes_source = R"({"door": ["canvassed", "not_home"], "labels": {"not_home": {"en": "Nobody came"}}})";
  REQUIRE(p.result_codes.ApplyJson(p.result_codes_source).ok());
  p.organizer_public_key = NewOrganizerKeyPair().public_text;
  p.font = {"中文한국어", std::string("OTTO\0\0regular font bytes", 24), "OTTO bold font bytes"};
  return p;
}

void CheckSame(const TurfPackage& a, const TurfPackage& b) {
  CHECK(a.format_version == b.format_version);
  CHECK(a.turf_id == b.turf_id);
  CHECK(a.package_id == b.package_id);
  CHECK(a.name == b.name);
  CHECK(a.campaign == b.campaign);
  CHECK(a.organization == b.organization);
  CHECK(a.canvasser == b.canvasser);
  CHECK(a.utc_offset_minutes == b.utc_offset_minutes);
  CHECK(a.walk_list == b.walk_list);
  CHECK(a.script_sources == b.script_sources);
  REQUIRE(a.scripts.size() == b.scripts.size());
  for (std::size_t i = 0; i < a.scripts.size(); ++i) {
    CHECK(a.scripts[i].id == b.scripts[i].id);
    CHECK(a.scripts[i].version == b.scripts[i].version);
    CHECK(a.scripts[i].languages == b.scripts[i].languages);
    CHECK(a.scripts[i].steps.size() == b.scripts[i].steps.size());
  }
  CHECK(a.result_codes_source == b.result_codes_source);
  for (Channel c : {Channel::kDoor, Channel::kPhone, Channel::kText}) CHECK(a.result_codes.Offered(c) == b.result_codes.Offered(c));
  CHECK(a.result_codes.Label(ResultCode::kNotHome, "en") == b.result_codes.Label(ResultCode::kNotHome, "en"));
  CHECK(a.organizer_public_key == b.organizer_public_key);
  CHECK(a.require_encryption == b.require_encryption);
  CHECK(a.expires == b.expires);
  CHECK(a.font.characters == b.font.characters);
  CHECK(a.font.regular == b.font.regular);
  CHECK(a.font.bold == b.font.bold);
}

}  // namespace

TEST_CASE("turf package: a full package round-trips field by field, byte for byte") {
  const TurfPackage p = FullPackage();
  const std::string json = WriteTurfPackage(p);
  TurfPackage back;
  const Status s = ParseTurfPackage(json, back);
  REQUIRE_MESSAGE(s.ok(), s.message());
  CheckSame(p, back);
  CHECK(back.result_codes.Label(ResultCode::kNotHome, "en") == "Nobody came");
  CHECK(back.MainScript()->id == "pledge-to-vote");
  CHECK(WriteTurfPackage(back) == json);
  // Scripts are embedded as written (indentation included), not re-encoded.
  CHECK(json.find(p.script_sources[1]) != std::string::npos);
}

TEST_CASE("turf package: defaults for what a hand-written package leaves out") {
  TurfPackage p;
  const Status s = ParseTurfPackage(TinyPackage(), p);
  REQUIRE_MESSAGE(s.ok(), s.message());
  CHECK(p.require_encryption);  // the safe default
  CHECK(p.organizer_public_key.empty());
  CHECK(p.canvasser.empty());
  CHECK(p.result_codes_source.empty());
  CHECK(p.result_codes.IsOffered(Channel::kDoor, ResultCode::kNotHome));
  CHECK(p.script_sources.at(0) == kTinyScript);
  CHECK_FALSE(p.walk_list.households[0].location.has_value());
  CHECK(p.format_version == 1);  // a package from before package ids still opens
  TurfPackage again;
  REQUIRE(ParseTurfPackage(WriteTurfPackage(p), again).ok());
  // and is written again as version 1, the oldest that holds it, so a phone
  // with an older app still opens it
  CHECK(again.format_version == 1);
  CheckSame(p, again);
}

TEST_CASE("turf package: malformed and cut-short files name the byte") {
  CHECK(Refusal(R"({"format": "puerta-turf", "format_version": 1,, })") ==
        "this turf package is not valid JSON: missing a name for object member at byte 46");
  const std::string json = WriteTurfPackage(FullPackage());
  CHECK(Refusal("") == "this turf package is empty");
  for (std::size_t cut : {std::size_t{1}, json.size() / 3, json.size() / 2, json.size() - 2}) {
    CAPTURE(cut);
    const std::string message = Refusal(json.substr(0, cut));
    CHECK(message.find("cut short") != std::string::npos);
    CHECK(message.find("byte " + std::to_string(cut)) != std::string::npos);
  }
}

TEST_CASE("turf package: a newer format asks for an update; other JSON is not a package") {
  const std::string newer = Replace(TinyPackage(), "\"format_version\": 1", "\"format_version\": 7");
  CHECK(Refusal(newer) == "format_version 7 is newer than this app reads (3): update Puerta to open this turf package");
  // Even when the newer version also changed the rest beyond recognition.
  CHECK(Refusal(Replace(newer, "\"walk_list\"", "\"doors\"")).find("update Puerta") != std::string::npos);
  CHECK(Refusal(Replace(TinyPackage(), "\"format_version\": 1", "\"format_version\": 0")).find("format_version 0") == 0);
  CHECK(Refusal(kTinyScript).find("not a Puerta turf package") != std::string::npos);
  CHECK(Refusal("[1, 2]").find("not a Puerta turf package") != std::string::npos);
}

TEST_CASE("turf package: a package id is 16 lowercase hex digits, and a package from before ids has none") {
  const std::string tiny = TinyPackage();
  TurfPackage old;
  REQUIRE(ParseTurfPackage(tiny, old).ok());
  CHECK(old.package_id.empty());
  CHECK(WriteTurfPackage(old).find("package_id") == std::string::npos);
  // Version 1 knew no package id: one there is refused, not read.
  CHECK(Refusal(Replace(tiny, "\"name\": \"Tiny\"", "\"name\": \"Tiny\", \"package_id\": \"9c1e0000aaaa5555\"")) ==
        "$.package_id: unknown key (a typo?)");
  const std::string tiny2 = Replace(tiny, "\"format_version\": 1", "\"format_version\": 2");
  TurfPackage with_id;
  REQUIRE(ParseTurfPackage(Replace(tiny2, "\"name\": \"Tiny\"", "\"name\": \"Tiny\", \"package_id\": \"9c1e0000aaaa5555\""), with_id).ok());
  CHECK(with_id.package_id == "9c1e0000aaaa5555");
  CHECK(with_id.format_version == 2);
  TurfPackage again;
  REQUIRE(ParseTurfPackage(WriteTurfPackage(with_id), again).ok());
  CHECK(again.format_version == 2);  // a package id is written as version 2
  CHECK(again.package_id == with_id.package_id);
  CHECK(Refusal(Replace(tiny2, "\"name\": \"Tiny\"", "\"name\": \"Tiny\", \"package_id\": \"9C1E0000AAAA5555\"")) ==
        "$.package_id: expected 16 lowercase hex digits");
  CHECK(Refusal(Replace(tiny2, "\"name\": \"Tiny\"", "\"name\": \"Tiny\", \"package_id\": 7")) ==
        "$.package_id: expected text in quotes");
}

TEST_CASE("turf package: missing and wrong fields are named by path") {
  const std::string tiny = TinyPackage();
  CHECK(Refusal(Replace(tiny, "\"turf_id\": \"t-1\", ", "")) == "$.turf_id: missing");
  CHECK(Refusal(Replace(tiny, "\"turf_id\": \"t-1\"", "\"turf_id\": 5")) == "$.turf_id: expected text in quotes");
  CHECK(Refusal(Replace(tiny, "{\"id\": \"h1\", ", "{")) == "$.walk_list.households[0].id: missing");
  CHECK(Refusal(Replace(tiny, "\"first_name\": \"Ana\"", "\"first_name\": [\"Ana\"]")) ==
        "$.walk_list.households[0].voters[0].first_name: expected text in quotes");
  CHECK(Refusal(Replace(tiny, "\"display\": \"1 Main St\"}", "\"display\": \"1 Main St\", \"apt\": \"2\"}")) ==
        "$.walk_list.households[0].address.apt: unknown key (a typo?)");
  CHECK(Refusal(Replace(tiny, "\"households\": [0]", "\"households\": [1]")).find("$.walk_list.buildings[0].households[0]: expected an index") == 0);
  CHECK(Refusal(Replace(tiny, "\"households\": [0]", "\"households\": []")) ==
        "$.walk_list.households[0]: this household is in no building, so no one would visit it");
  CHECK(Refusal(Replace(tiny, "\"households\": [0]", "\"households\": [0, 0]")) ==
        "$.walk_list.buildings[0].households: household 0 is in two buildings");
  CHECK(Refusal(Replace(tiny, "\"name\": \"Tiny\"", "\"name\": \"Tiny\", \"require_encryption\": \"no\"")) ==
        "$.require_encryption: expected true or false");
  CHECK(Refusal(Replace(tiny, "\"name\": \"Tiny\"", "\"name\": \"Tiny\", \"name\": \"Twice\"")).find("\"name\" is given twice") !=
        std::string::npos);
  CHECK(Refusal(Replace(tiny, "\"name\": \"Tiny\"", "\"name\": \"Tiny\", \"utc_offset_minutes\": 5000")).find("$.utc_offset_minutes: ") == 0);
  CHECK(Refusal(Replace(tiny, "\"display\": \"1 Main St\",", "\"display\": \"1 Main St\", \"location\": {\"lat\": 91, \"lon\": 0},")) ==
        "$.walk_list.buildings[0].location.lat: expected degrees from -90 to 90");
  CHECK(Refusal(Replace(tiny, "\"scripts\": [" + std::string(kTinyScript) + "]", "\"scripts\": []")) ==
        "$.scripts: a turf package needs at least one script");
}

TEST_CASE("turf package: every problem of an embedded script, under scripts[i]") {
  std::string broken = Replace(kTinyScript, "{\"id\": \"hello\", ", "{");
  broken = Replace(broken, "\"text\": {\"en\": \"Hello?\"}", "\"text\": {\"en\": \"Hello {frist_name}?\"}");
  const std::string two = Replace(TinyPackage(), "\"scripts\": [", "\"scripts\": [" + Replace(kTinyScript, "tiny", "tiny-2") + ",\n" + broken + ",");
  const std::string message = Refusal(Replace(two, "\"scripts\": [", "\"scripts\": ["));
  CHECK(message.find("$.scripts[1].steps[0].id: missing-field") != std::string::npos);
  CHECK(message.find("$.scripts[1].steps[0].text.en: unknown-placeholder") != std::string::npos);
  CHECK(message.find("scripts[0]") == std::string::npos);
  CHECK(Refusal(Replace(TinyPackage(), "\"scripts\": [", "\"scripts\": [\"not a script\", ")) ==
        "$.scripts[0]: expected an object in { }");
  CHECK(Refusal(Replace(TinyPackage(), "\"scripts\": [", "\"scripts\": [" + std::string(kTinyScript) + ", "))
            .find("$.scripts[1].id: script \"tiny\" version 1 is in the package twice") == 0);
}

TEST_CASE("turf package: a damaged organizer key or result codes are refused") {
  const std::string with_key = Replace(TinyPackage(), "\"name\": \"Tiny\"",
                                       "\"name\": \"Tiny\", \"organizer_public_key\": \"puerta-organizer-public-key:AAAA\"");
  CHECK(Refusal(with_key) == "$.organizer_public_key: the organizer public key is damaged (wrong length or characters)");
  CHECK(Refusal(Replace(with_key, "puerta-organizer-public-key:AAAA", "hello")).find("$.organizer_public_key: not an organizer public key") == 0);
  const std::string good_key = NewOrganizerKeyPair().public_text;
  TurfPackage p;
  REQUIRE(ParseTurfPackage(Replace(with_key, "puerta-organizer-public-key:AAAA", good_key), p).ok());
  CHECK(p.organizer_public_key == good_key);
  const std::string codes = Replace(TinyPackage(), "\"name\": \"Tiny\"", "\"name\": \"Tiny\", \"result_codes\": {\"door\": [\"not_home\"]}");
  CHECK(Refusal(codes).find("result codes: $.result_codes.door: \"canvassed\" must be offered") == 0);
}

TEST_CASE("turf package: a hostile file cannot make reading expensive") {
  CHECK(Refusal(std::string(kMaxTurfPackageBytes + 1, ' ')) == "this turf package is too large: 33554433 bytes, more than the 32 MB Puerta reads (split the turf)");
  const std::string deep = "{\"format\": \"puerta-turf\", \"x\": " + std::string(100000, '[');
  CHECK(Refusal(deep).find("nested more than 64 levels deep") != std::string::npos);
  std::string wide = "{\"format\": \"puerta-turf\", \"x\": [0";
  for (int i = 0; i < 4'100'000; ++i) wide += ",0";
  CHECK(Refusal(wide + "]}").find("more than 4000000 values") != std::string::npos);
}

TEST_CASE("turf package: the bundled sample turf") {
  const std::string json = ReadSource("assets/sample/sample.turf");
  TurfPackage p;
  const Status s = ParseTurfPackage(json, p);
  REQUIRE_MESSAGE(s.ok(), s.message());
  CHECK(p.name == "Sample turf — Esperanza & Oak");
  CHECK(p.campaign == "Sample campaign");
  CHECK(p.organization == "Sample organization");
  CHECK(p.canvasser.empty());
  CHECK(p.require_encryption);
  CHECK(p.organizer_public_key.empty());
  CHECK(p.walk_list.households.size() == 26);
  CHECK(p.walk_list.VoterCount() == 34);
  REQUIRE(p.scripts.size() == 2);
  CHECK(p.scripts[0].id == "pledge-to-vote");
  CHECK(p.scripts[1].id == "issue-id-know-your-rights");
  std::set<std::string> languages;
  bool apartment = false;
  for (const Household& h : p.walk_list.households)
    for (const Voter& v : h.voters) languages.insert(v.preferred_language);
  for (const Building& b : p.walk_list.buildings) apartment = apartment || b.households.size() > 1;
  CHECK(apartment);
  for (const char* lang : {"es", "zh", "vi", "ko", "tl"}) CHECK(languages.contains(lang));
  // Nothing of the machine it was built on.
  CHECK(json.find(PUERTA_SOURCE_DIR) == std::string::npos);
  CHECK(json.find("/home/") == std::string::npos);
  CHECK(json.find("walk-list.csv") == std::string::npos);
}

TEST_CASE("turf package: a CJK font is version 3, and a damaged one is refused where it is") {
  TurfPackage p;
  REQUIRE(ParseTurfPackage(TinyPackage(), p).ok());
  CHECK(WriteTurfPackage(p).find("\"format_version\": 1") != std::string::npos);  // no font: still version 1
  p.font = {"中", "regular font bytes", "bold font bytes!"};
  const std::string json = WriteTurfPackage(p);
  CHECK(json.find("\"format_version\": 3") != std::string::npos);
  TurfPackage back;
  REQUIRE(ParseTurfPackage(json, back).ok());
  CHECK(back.font.regular == "regular font bytes");
  CHECK(back.font.characters == "中");
  // An app reading version 2 knew no font: there it is an unknown key.
  CHECK(Refusal(Replace(json, "\"format_version\": 3", "\"format_version\": 2")).find("$.font: unknown key") == 0);
  const std::string regular = "\"regular\": \"" + Base64Encode("regular font bytes") + "\"";
  CHECK(json.find(regular) != std::string::npos);
  CHECK(Refusal(Replace(json, regular, "\"regular\": \"not base64!\"")) == "$.font.regular: not base64");
  CHECK(Refusal(Replace(json, regular, "\"regular\": \"" + Base64Encode("tiny") + "\"")) ==
        "$.font.regular: 4 bytes: not a font of at most 8 MB");
  CHECK(Refusal(Replace(json, regular, "\"regular\": 7")).find("$.font.regular") == 0);
  CHECK(Refusal(Replace(json, "\"characters\"", "\"glyphs\"")).find("$.font") == 0);
}

TEST_CASE("turf package: a call or text list records its channel as version 3; doors stay as old as before") {
  const std::string tiny = TinyPackage();
  TurfPackage doors;
  REQUIRE(ParseTurfPackage(tiny, doors).ok());
  CHECK(doors.channel == Channel::kDoor);
  CHECK(WriteTurfPackage(doors).find("channel") == std::string::npos);
  for (Channel channel : {Channel::kPhone, Channel::kText}) {
    TurfPackage list = doors;
    list.channel = channel;
    const std::string json = WriteTurfPackage(list);
    CHECK(json.find("\"format_version\": 3") != std::string::npos);
    TurfPackage back;
    REQUIRE(ParseTurfPackage(json, back).ok());
    CHECK(back.channel == channel);
    CHECK(back.format_version == 3);
    CHECK(back.call_again_minutes == 0);
  }
  TurfPackage calls = doors;
  calls.channel = Channel::kPhone;
  calls.call_again_minutes = 45;
  TurfPackage back;
  REQUIRE(ParseTurfPackage(WriteTurfPackage(calls), back).ok());
  CHECK(back.call_again_minutes == 45);
  // Version 2 knew no channel: an app of that version said "update" to the
  // version number; here a channel under an older version is an unknown key.
  CHECK(Refusal(Replace(tiny, "\"name\": \"Tiny\"", "\"name\": \"Tiny\", \"channel\": \"phone\"")) ==
        "$.channel: unknown key (a typo?)");
  const std::string tiny3 = Replace(tiny, "\"format_version\": 1", "\"format_version\": 3");
  CHECK(Refusal(Replace(tiny3, "\"name\": \"Tiny\"", "\"name\": \"Tiny\", \"channel\": \"fax\"")) ==
        "$.channel: \"fax\" is not door, phone or text");
  CHECK(Refusal(Replace(tiny3, "\"name\": \"Tiny\"", "\"name\": \"Tiny\", \"call_again_minutes\": -1"))
            .starts_with("$.call_again_minutes"));
}
