#include "walklist/column_names.h"

#include <algorithm>
#include <cctype>
#include <unordered_map>

namespace puerta::layout {
namespace {

// One role and the names it goes by, most common first. Sources: the
// published record layouts of North Carolina (ncvoter), Ohio (SOS statewide
// file), Michigan (QVF), Colorado (CE-068), Florida (voter extract), New York
// (NYSVoter), Texas, Georgia, Pennsylvania (FVE), Washington (VRDB) and the
// vendors' exports (VAN, L2, Catalist, TargetSmart); compared as HeaderKey does.
struct Entry {
  std::optional<Field> field;
  std::string_view meaning;  // empty: the field's own name
  std::vector<std::string_view> names;
  bool ambiguous = false;
};

const std::vector<Entry>& Table() {
  static const std::vector<Entry> table = {
      {Field::kId, "",
       {"Voter ID", "VANID", "Voter File VANID", "VAN ID", "SOS Voter ID", "SOS_VOTERID", "State Voter ID",
        "ncid", "Voter Identification Number", "Voter ID Number", "VoterID", "Registrant ID", "Registration Number",
        "Voter Registration Number", "voter_reg_num", "Voter Reg Number", "Voter Number", "Voter No", "VUID",
        "SBOEID", "LALVOTERID", "DWID", "State File ID", "StateVoterID", "Voter Key", "Registration ID",
        "County Voter ID", "COUNTYVRNUMBER", "ID"}},
      {Field::kFirstName, "", {"First Name", "FirstName", "First", "FNAME", "Given Name", "Name First", "First_Nm", "Voters FirstName"}},
      {Field::kMiddleName, "", {"Middle Name", "MiddleName", "Middle", "MNAME", "Middle Initial", "MI", "Name Middle", "Middle_Nm", "Middle Maiden Name"}},
      {Field::kLastName, "", {"Last Name", "LastName", "Last", "LNAME", "Surname", "Family Name", "Name Last", "Last_Nm", "Voters LastName"}},
      {std::nullopt, "full_name", {"Name", "Full Name", "Voter Name", "Registrant Name", "Name Full", "Voters Name"}},
      {std::nullopt, "name_suffix", {"Name Suffix", "Suffix Name", "NameSuffix", "Name Sfx", "Name_Suffix_Lbl", "Generation"}},
      {std::nullopt, "name_suffix", {"Suffix", "Sfx"}, true},
      {Field::kAddress, "",
       {"Address", "Street Address", "Address1", "Address Line 1", "Address Line1", "Addr1", "Addr", "Street Line 1",
        "Full Address", "Street Addr", "res_street_address", "Residential Address", "Residence Address",
        "Residential Address1", "Residence Address Line 1", "Street Address 1", "Address Street", "Line1", "Address Line"}},
      {Field::kAddress, "", {"Street"}, true},
      {Field::kHouseNumber, "",
       {"House Number", "House Num", "House No", "HOUSE_NUM", "Street Number", "Street Num", "Street No", "St Num",
        "STNUM", "House Nbr", "HSE_NBR", "Address Number", "ADDNUMBER", "Primary Address Number", "Building Number",
        "Residence Street Number"}},
      {Field::kHouseNumber, "", {"Number", "Num", "No", "House"}, true},
      {Field::kHouseSuffix, "",
       {"House Suffix", "House Num Suffix", "House Number Suffix", "Street Number Suffix", "Address Number Suffix",
        "House Fraction", "Fraction", "HALFCODE", "Half Code", "HSE_NBR_SFX", "St Num Suffix", "Number Suffix", "St Frac", "Street Fraction"}},
      {Field::kPreDirection, "",
       {"Pre Direction", "Pre Dir", "PREDIR", "Direction Prefix", "Street Pre Direction", "Street Pre Dir",
        "Prefix Direction", "Pre Directional", "Street Prefix", "St Dir", "Street Dir", "PREDIRECTION", "Dir Prefix", "St Pre Direction", "St Pre Dir"}},
      {Field::kPreDirection, "", {"Dir", "Direction", "Directional"}, true},
      {Field::kStreetName, "", {"Street Name", "St Name", "Street Nm", "STR_NAME", "Residence Street Name", "STREETNAME"}},
      {Field::kStreetType, "",
       {"Street Type", "St Type", "Street Suffix", "St Suffix", "Street Type Code", "Street Designator", "STRTYPE",
        "Street Sfx", "Street Type Cd", "Designator"}},
      {Field::kStreetType, "", {"Type"}, true},
      {Field::kPostDirection, "",
       {"Post Direction", "Post Dir", "POSTDIR", "Direction Suffix", "Street Post Direction", "Street Post Dir",
        "Suffix Direction", "Post Directional", "POSTDIRECTION", "Dir Suffix", "St Post Direction", "St Post Dir"}},
      {Field::kUnitType, "",
       {"Unit Type", "Apt Type", "Unit Designator", "Apt Designator", "Secondary Unit Type", "Unit Type Cd", "Apartment Type"}},
      {Field::kUnitNumber, "",
       {"Unit Number", "Unit Num", "Unit No", "Apt Number", "Apt Num", "Apt No", "Apartment Number", "Suite Number",
        "Secondary Number", "Extension", "Unit Nbr", "Apartment Num", "St Unit Num", "Apt Unit Nbr", "Apt Unit Number"}},
      {Field::kUnit, "",
       {"Unit", "Apt", "Apartment", "Address2", "Address Line 2", "Address Line2", "Addr2", "Secondary Address",
        "Secondary Addr", "Suite", "Apt Unit", "Unit Apt", "Street Line 2", "Line2", "RAPARTMENT", "Extra Address Line"}},
      {Field::kCity, "",
       {"City", "City Name", "Town", "Municipality", "City Desc", "Residence City", "Postal City", "City Town",
        "Place", "RCITY", "City USPS"}},
      {Field::kState, "", {"State", "State Code", "State Cd", "State Abbr", "State Abbreviation", "Province", "Region"}},
      {Field::kState, "", {"St"}, true},
      {Field::kZip, "",
       {"Zip", "Zip5", "Zip Code", "ZipCode", "Postal Code", "Postcode", "Zip Cd", "Zip 5", "RZIP5", "Zipcode5",
        "Residence Zip Code", "Zip Postal"}},
      {Field::kZip, "", {"Postal", "Post", "Zip9", "Zip Plus4", "Zip Full"}, true},
      {std::nullopt, "zip_plus4", {"Zip4", "Zip Plus 4", "Plus4", "Zip Ext", "RZIP4"}},
      {Field::kPhone, "",
       {"Phone", "Phone Number", "Telephone", "Tel", "Phone Num", "full_phone_number", "Home Phone", "Cell Phone",
        "Mobile Phone", "Preferred Phone", "Primary Phone", "Telephone Number", "Cell", "Mobile", "Landline",
        "Daytime Phone Number", "Day Phone", "Phone1", "Cell Phone Formatted", "Landline Formatted"}},
      {std::nullopt, "phone_area_code", {"Area Code", "Daytime Area Code", "Phone Area Code"}},
      {std::nullopt, "email", {"Email", "Email Address", "E Mail", "Emailaddress", "Email1"}},
      {Field::kLanguage, "",
       {"Language", "Preferred Language", "Spoken Language", "Primary Language", "Lang", "Language Preference",
        "Language Spoken", "Home Language", "Language Code", "Ballot Language", "Languages Description"}},
      {Field::kLatitude, "", {"Latitude", "Lat", "Geo Lat", "Lat DD", "Latitude DD", "Point Y"}},
      {Field::kLatitude, "", {"Y"}, true},
      {Field::kLongitude, "", {"Longitude", "Lon", "Long", "Lng", "Geo Lon", "Lon DD", "Longitude DD", "Point X"}},
      {Field::kLongitude, "", {"X"}, true},
      {std::nullopt, "precinct",
       {"Precinct", "Precinct Name", "Precinct Code", "Precinct Number", "Precinct ID", "Pct", "Voting Precinct",
        "Precinct Desc", "Precinct Abbrv", "Precinct Split", "Precinct Group", "Precinct Suffix", "Pct Cd", "ED"}},
      {std::nullopt, "ward", {"Ward", "Ward Name", "Ward Number", "City Ward"}},
      {std::nullopt, "district",
       {"District", "Congressional District", "CD", "Senate District", "SD", "House District", "HD", "AD", "LD",
        "Legislative District", "School District", "School Board District", "County Commission District",
        "City Council District", "Council District", "Cong Dist", "State Senate District", "State House District"}},
      {std::nullopt, "party",
       {"Party", "Party Affiliation", "Party Code", "Party Cd", "Party Affil", "Political Party", "Enrollment",
        "Party Name", "Party Desc", "Other Party", "Registered Party", "Parties Description"}},
      {std::nullopt, "birth_date", {"Birth Date", "Date of Birth", "DOB", "Birthdate", "Birth Dt", "Birthday"}},
      {std::nullopt, "birth_year", {"Birth Year", "Year of Birth", "YOB", "Birth Yr"}},
      {std::nullopt, "age", {"Age"}},
      {std::nullopt, "registration_status",
       {"Status", "Voter Status", "Registration Status", "Status Code", "Status Cd", "Voter Status Desc",
        "Status Desc", "Voter Status Reason", "Voter Status Code"}},
      {std::nullopt, "registration_date", {"Registration Date", "Reg Date", "Registration Dt", "Date Registered", "Effective Date"}},
      {std::nullopt, "county", {"County", "County Name", "County Code", "County ID", "County Desc", "County Number", "County Cd"}},
      {std::nullopt, "gender", {"Gender", "Sex", "Gender Code", "Sex Code"}},
      {std::nullopt, "race", {"Race", "Ethnicity", "Race Code", "Ethnic Code"}},
  };
  return table;
}

struct Lookup {
  std::unordered_map<std::string, std::size_t> entry;  // HeaderKey -> table index
  std::unordered_map<std::string, int> rank;           // HeaderKey -> position among all names
};

const Lookup& Keys() {
  static const Lookup lookup = [] {
    Lookup l;
    int rank = 0;
    for (std::size_t i = 0; i < Table().size(); ++i)
      for (std::string_view name : Table()[i].names) {
        const std::string key = HeaderKey(name);
        l.entry.emplace(key, i);
        l.rank.emplace(key, rank++);
      }
    return l;
  }();
  return lookup;
}

bool IsLower(char c) { return c >= 'a' && c <= 'z'; }
bool IsUpper(char c) { return c >= 'A' && c <= 'Z'; }
bool IsDigit(char c) { return c >= '0' && c <= '9'; }

// A residence or registration prefix: the address canvassers knock at.
bool IsResidencePrefix(std::string_view w) {
  return w == "res" || w == "resi" || w == "resid" || w == "residential" || w == "residence" || w == "rsd" ||
         w == "registration" || w == "reg" || w == "registered" || w == "voter" || w == "voters" ||
         w == "registrant" || w == "r" || w == "home" || w == "physical" || w == "situs" ||
         w == "addresses" || w == "telephones";  // L2's groups: Residence_Addresses_City, VoterTelephones_...
}
bool IsMailingWord(std::string_view w) { return w == "mail" || w == "mailing" || w == "mailng" || w == "mlg" || w == "mad"; }
bool IsPreviousWord(std::string_view w) { return w == "prev" || w == "previous" || w == "former" || w == "old" || w == "prior"; }

std::string Join(const std::vector<std::string>& words, std::size_t from) {
  std::string key;
  for (std::size_t i = from; i < words.size(); ++i) key += words[i];
  return key;
}

std::optional<NameGuess> FromKey(const std::string& key) {
  const Lookup& l = Keys();
  const auto it = l.entry.find(key);
  if (it == l.entry.end()) return std::nullopt;
  const Entry& e = Table()[it->second];
  NameGuess g;
  g.field = e.field;
  g.meaning = e.field ? FieldName(*e.field) : e.meaning;
  g.ambiguous = e.ambiguous;
  g.rank = l.rank.at(key);
  return g;
}

}  // namespace

std::vector<std::string> HeaderWords(std::string_view name) {
  std::vector<std::string> words;
  std::string word;
  auto flush = [&] {
    if (!word.empty()) words.push_back(std::move(word));
    word.clear();
  };
  for (std::size_t i = 0; i < name.size(); ++i) {
    const char c = name[i];
    if (!IsLower(c) && !IsUpper(c) && !IsDigit(c)) {
      flush();
      continue;
    }
    if (!word.empty()) {
      const char prev = name[i - 1];
      const bool next_lower = i + 1 < name.size() && IsLower(name[i + 1]);
      // "voterId" | "VoterID" | "SOSVoter" (a capital run ends before a capital that starts a word) | "Zip5"
      if ((IsUpper(c) && IsLower(prev)) || (IsUpper(c) && IsUpper(prev) && next_lower) || (IsDigit(c) != IsDigit(prev)))
        flush();
    }
    word += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }
  flush();
  return words;
}

std::optional<NameGuess> GuessFromName(std::string_view name) {
  const std::vector<std::string> words = HeaderWords(name);
  if (words.empty()) return std::nullopt;
  if (auto g = FromKey(Join(words, 0))) return g;
  // Mailing (or previous) address parts are kept, never used for the door.
  const bool mailing = std::any_of(words.begin(), words.end(), [](const std::string& w) { return IsMailingWord(w); });
  const bool previous = std::any_of(words.begin(), words.end(), [](const std::string& w) { return IsPreviousWord(w); });
  if (mailing || previous) {
    NameGuess g;
    g.meaning = mailing ? "mailing_address" : "previous_address";
    g.mailing = true;
    return g;
  }
  for (std::size_t from = 1; from < words.size() && IsResidencePrefix(words[from - 1]); ++from)
    if (auto g = FromKey(Join(words, from))) return g;
  // "VoterFirstName": the residence prefix glued to the word.
  const std::string key = Join(words, 0);
  for (std::string_view prefix : {"residential", "residence", "res", "reg", "voter"})
    if (key.size() > prefix.size() && key.starts_with(prefix))
      if (auto g = FromKey(key.substr(prefix.size()))) return g;
  // A name ending in a known role word: "CONGRESSIONAL_DIST", "TOWNSHIP_PRECINCT".
  for (std::string_view tail : {"precinct", "district", "dist", "ward", "party"})
    if (tail.size() > 4 ? key.find(tail) != std::string::npos : key.ends_with(tail)) {
      NameGuess g;
      g.meaning = tail == "dist" ? "district" : tail;
      g.rank = 1 << 20;
      return g;
    }
  return std::nullopt;
}

std::string NamesLookedFor(Field field, std::size_t at_most) {
  std::string out;
  std::size_t n = 0;
  for (const Entry& e : Table()) {
    if (e.field != field) continue;
    for (std::string_view name : e.names) {
      if (n == at_most) return out + ", ...";
      out += (n++ ? ", " : "") + std::string(name);
    }
  }
  return out;
}

}  // namespace puerta::layout
