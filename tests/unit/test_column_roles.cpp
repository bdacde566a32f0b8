// walklist/column_names + column_values + column_roles: files in layouts no
// table lists are read by what each column means, and say how sure they are.
#include <doctest/doctest.h>

#include <algorithm>
#include <map>

#include "walklist/column_names.h"
#include "walklist/column_roles.h"
#include "walklist_fixtures.h"

using namespace puerta;
using puerta::testing::ImportTestFile;

namespace {

const layout::ColumnRole* RoleOf(const ImportResult& r, const std::string& column) {
  for (const auto& c : r.columns)
    if (c.column == column) return &c;
  return nullptr;
}

std::string Meaning(std::string_view header) {
  const auto g = layout::GuessFromName(header);
  if (!g) return "";
  return (g->mailing ? "mailing:" : "") + std::string(g->meaning);
}

}  // namespace

TEST_CASE("column names: CamelCase, spaces, underscores and prefixes") {
  CHECK(layout::HeaderWords("SOSVoterId") == std::vector<std::string>{"sos", "voter", "id"});
  CHECK(layout::HeaderWords("RES_ZIP5") == std::vector<std::string>{"res", "zip", "5"});
  CHECK(layout::HeaderWords("Residence Street-Name") == std::vector<std::string>{"residence", "street", "name"});
  CHECK(Meaning("SOSVoterId") == "id");
  CHECK(Meaning("voter_reg_num") == "id");
  CHECK(Meaning("VANID") == "id");
  CHECK(Meaning("Voter First Name") == "first_name");
  CHECK(Meaning("FName") == "first_name");
  CHECK(Meaning("RES_ZIP5") == "zip");
  CHECK(Meaning("ResidentialHouseNumber") == "house_number");
  CHECK(Meaning("RegStPreDirection") == "pre_direction");
  CHECK(Meaning("MAIL_ZIP") == "mailing:mailing_address");
  CHECK(Meaning("MailingAddress1") == "mailing:mailing_address");
  CHECK(Meaning("E-mail") == "email");
  CHECK(Meaning("TOWNSHIP_PRECINCT") == "precinct");
  CHECK(Meaning("Party Affiliation") == "party");
  CHECK(Meaning("Date of Birth") == "birth_date");
  CHECK(Meaning("shoe size") == "");
}

TEST_CASE("columns by meaning: Washington's VRDB extract, pipe-delimited, CamelCase with Reg and Mail prefixes") {
  const ImportResult r = ImportTestFile("washington_vrdb.txt");
  REQUIRE(r.usable());
  CHECK(r.layout == "by_meaning");
  CHECK(r.list.VoterCount() == 4);
  CHECK(r.list.households.size() == 3);  // "ST" and "STREET" are one street
  CHECK(r.errors.empty());
  const auto* zip = RoleOf(r, "RegZipCode");
  REQUIRE(zip);
  CHECK(zip->role == "zip");
  CHECK(zip->read);
  CHECK(zip->confidence == layout::Confidence::kSure);
  const auto* mail = RoleOf(r, "MailZip");
  REQUIRE(mail);
  CHECK_FALSE(mail->read);
  CHECK(mail->role == "mailing_address");
  const auto* precinct = RoleOf(r, "PrecinctCode");
  REQUIRE(precinct);
  CHECK_FALSE(precinct->read);
  CHECK(precinct->role == "precinct");
  bool found_half = false;
  for (const Household& h : r.list.households) {
    CHECK(h.address.city == "OLYMPIA");
    found_half |= h.address.house_number == "1412 1/2";
    for (const Voter& v : h.voters) {
      CHECK(v.attributes.at("PrecinctCode").size() == 3);  // free attributes stay available
      CHECK_FALSE(v.first_name.empty());
    }
  }
  CHECK(found_half);
}

TEST_CASE("columns by meaning: Georgia's list, residential address beats the mailing address") {
  const ImportResult r = ImportTestFile("georgia.csv");
  REQUIRE(r.usable());
  CHECK(r.layout == "by_meaning");
  CHECK(r.list.VoterCount() == 3);
  CHECK(r.list.households.size() == 2);  // 4B and 4b are one door
  for (const Household& h : r.list.households) {
    CHECK(h.address.street.find("PEACHTREE") != std::string::npos);
    CHECK(h.address.zip == "30303");
  }
  const auto* street = RoleOf(r, "RESIDENCE_STREET_NAME");
  REQUIRE(street);
  CHECK(street->role == "street_name");
  const auto* mail = RoleOf(r, "MAIL_STREET_NAME");
  REQUIRE(mail);
  CHECK_FALSE(mail->read);
  // Nor kept: the mailing address (a PO box here) never reaches a voter, so
  // never a package or a phone; the precinct and the rest are kept.
  CHECK(mail->left_out);
  for (const Household& h : r.list.households)
    for (const Voter& v : h.voters) {
      for (const char* column : {"MAIL_HOUSE_NBR", "MAIL_STREET_NAME", "MAIL_CITY", "MAIL_STATE", "MAIL_ZIPCODE"}) {
        INFO(v.id << " " << column);
        CHECK_FALSE(v.attributes.Find(column));
      }
      CHECK(v.attributes.Find("COUNTY_PRECINCT_ID"));
    }
}

TEST_CASE("columns by meaning: a file with only a mailing address is refused, naming what was looked for") {
  const ImportResult r = ImportTestFile("mailing_only.csv");
  REQUIRE_FALSE(r.usable());
  CHECK(r.fatal.find("mailing_only.csv: ") == 0);
  CHECK(r.fatal.find("home address (looked for a street line: Address") != std::string::npos);
  CHECK(r.fatal.find("\"Mailing Address\"") != std::string::npos);
  CHECK(r.fatal.find("--mapping") != std::string::npos);
}

TEST_CASE("columns by meaning: values decide what names do not") {
  // An unnamed column of 5-digit numbers beside City is a ZIP.
  const std::string beside_city = "Voter ID,First,Last,Street,City,Code\nA1,Ana,Ruiz,5 Elm St,Dayton,45402\n"
                                  "A2,Bo,Ruiz,7 Elm St,Dayton,45402\n";
  const ImportResult r = ImportVoterFile("zip.csv", beside_city);
  REQUIRE(r.usable());
  CHECK(r.list.households[0].address.zip == "45402");
  const auto* street = RoleOf(r, "Street");
  REQUIRE(street);
  CHECK(street->role == "address");  // street lines as values, no house number column
  CHECK(street->confidence == layout::Confidence::kLikely);
  const auto* code = RoleOf(r, "Code");
  REQUIRE(code);
  CHECK(code->role == "zip");
  CHECK(code->confidence == layout::Confidence::kLikely);

  // Far from City, the same column is only doubtful: refused unless the caller accepts doubts.
  const std::string far = "Voter ID,First,Code,Last,Street,City\nA1,Ana,45402,Ruiz,5 Elm St,Dayton\n";
  const ImportResult refused = ImportVoterFile("far.csv", far);
  REQUIRE_FALSE(refused.usable());
  CHECK(refused.fatal.find("column \"Code\" as zip (values: 5-digit numbers)") != std::string::npos);
  CHECK(refused.fatal.find("--mapping") != std::string::npos);
  ImportOptions accept;
  accept.accept_doubtful_roles = true;
  const ImportResult shown = ImportVoterFile("far.csv", far, accept);
  REQUIRE(shown.usable());
  CHECK(RoleOf(shown, "Code")->confidence == layout::Confidence::kDoubtful);

  // Side by side decimals in range are a location.
  const ImportResult geo = ImportVoterFile(
      "geo.csv", "Voter ID,First,Last,Address,PX,PY\nG1,Cy,Ng,1 Oak St,40.1,-74.2\nG2,Di,Ng,3 Oak St,40.2,-74.3\n");
  REQUIRE(geo.usable());
  for (const Building& b : geo.list.buildings) CHECK(b.location);
}

TEST_CASE("columns by meaning: known layouts report their columns as sure") {
  const ImportResult r = ImportTestFile("ohio.csv");
  REQUIRE(r.usable());
  CHECK(r.layout == "ohio");
  const auto* zip = RoleOf(r, "RESIDENTIAL_ZIP");
  REQUIRE(zip);
  CHECK(zip->read);
  CHECK(zip->why == "layout ohio");
  const auto* party = RoleOf(r, "PARTY_AFFILIATION");
  REQUIRE(party);
  CHECK_FALSE(party->read);
  CHECK(party->role == "party");
}

TEST_CASE("columns by meaning: every header-row layout read before also reads by meaning, to the same list") {
  // Renaming one required column takes each file out of its known layout.
  struct Renamed {
    const char* file;
    const char* from;
    const char* to;
  };
  for (const Renamed& c : {Renamed{"ohio.csv", "SOS_VOTERID", "Voter ID"},
                           Renamed{"north_carolina.txt", "\"res_street_address\"", "\"Residence Street Address\""},
                           Renamed{"michigan_split.csv", "VOTER_IDENTIFICATION_NUMBER", "Voter Registration Number"},
                           Renamed{"colorado_split.csv", "VOTER_ID", "SOS Voter ID"},
                           Renamed{"puerta.csv", "ID,", "Voter ID,"}}) {
    const std::string name = c.file;  // plain variables: clang 14 and INFO
    INFO(name);
    const ImportResult known = ImportTestFile(name);
    std::string text = puerta::testing::WalkListFile(name);
    const std::size_t at = text.find(c.from);
    REQUIRE(at < text.find('\n'));
    text.replace(at, std::string_view(c.from).size(), c.to);
    const ImportResult inferred = ImportVoterFile(name, text);
    REQUIRE(known.usable());
    REQUIRE(inferred.usable());
    CHECK(known.layout != "by_meaning");
    CHECK(inferred.layout == "by_meaning");
    CHECK(inferred.list.households.size() == known.list.households.size());
    CHECK(inferred.list.VoterCount() == known.list.VoterCount());
    for (std::size_t h = 0; h < known.list.households.size() && h < inferred.list.households.size(); ++h) {
      CHECK(inferred.list.households[h].address == known.list.households[h].address);
      CHECK(inferred.list.households[h].voters.size() == known.list.households[h].voters.size());
      for (std::size_t v = 0; v < known.list.households[h].voters.size() && v < inferred.list.households[h].voters.size(); ++v) {
        const Voter& a = known.list.households[h].voters[v];
        const Voter& b = inferred.list.households[h].voters[v];
        CHECK(a.id == b.id);
        CHECK(a.first_name == b.first_name);
        CHECK(a.last_name == b.last_name);
        CHECK(a.phone == b.phone);
        CHECK(a.attributes.size() == b.attributes.size());
      }
    }
  }
}

TEST_CASE("columns by meaning: a vendor's export (L2 style), grouped names, both street forms, coordinates") {
  const ImportResult r = ImportTestFile("l2_vendor.csv");
  REQUIRE(r.usable());
  CHECK(r.layout == "by_meaning");
  CHECK(r.errors.empty());
  CHECK(r.list.VoterCount() == 3);
  CHECK(r.list.households.size() == 2);
  for (const Building& b : r.list.buildings) CHECK(b.location);
  const auto* line = RoleOf(r, "Residence_Addresses_AddressLine");
  REQUIRE(line);
  CHECK(line->read);
  CHECK(line->role == "address");
  const auto* parts = RoleOf(r, "Residence_Addresses_StreetName");
  REQUIRE(parts);
  CHECK_FALSE(parts->read);  // the whole line wins over its parts
  const auto* mailing = RoleOf(r, "Mailing_Addresses_AddressLine");
  REQUIRE(mailing);
  CHECK_FALSE(mailing->read);
  CHECK(RoleOf(r, "Languages_Description")->read);
  CHECK(RoleOf(r, "Parties_Description")->role == "party");
  for (const Household& h : r.list.households)
    for (const Voter& v : h.voters) CHECK_FALSE(v.preferred_language.empty());
}

TEST_CASE("columns by meaning: a whole-name column is named in the refusal, and a mapping reads it") {
  const std::string text = "Voter ID,NAME,Address\nN1,\"ARROWOOD, PENELOPE\",4 Vine St\n";
  const ImportResult r = ImportVoterFile("names.csv", text);
  REQUIRE_FALSE(r.usable());
  CHECK(r.fatal.find("the whole name is in \"NAME\"") != std::string::npos);
  ImportOptions options;
  options.mapping_json = R"({"fields": {"id": "Voter ID", "last_name": "NAME", "address": "Address"}})";
  const ImportResult read = ImportVoterFile("names.csv", text, options);
  REQUIRE(read.usable());
  CHECK(read.list.households[0].voters[0].last_name == "ARROWOOD, PENELOPE");
}
