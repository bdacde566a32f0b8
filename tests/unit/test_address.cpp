// walklist/address: one normal form for every spelling of a door.
#include <doctest/doctest.h>

#include "walklist/address.h"

using namespace puerta::address;

TEST_CASE("address: case, spacing, dots, street types and directions") {
  const auto a = ParseStreetLine("12  North Main Street");
  CHECK(a.house_number == "12");
  CHECK(a.street == "N MAIN ST");
  CHECK(a.unit.empty());
  CHECK(ParseStreetLine("12 N. MAIN ST.").street == "N MAIN ST");
  CHECK(ParseStreetLine("12 n main st").street == "N MAIN ST");
  CHECK(ParseStreetLine("5 Elm Avenue Southwest").street == "ELM AVE SW");
  CHECK(ParseStreetLine("7 Court Street").street == "COURT ST");  // a name, not a type
  CHECK(ParseStreetLine("9 North St").street == "NORTH ST");      // a name, not a direction
  CHECK(ParseStreetLine("1 Calle Peñasco").street == "CALLE PEÑASCO");
}

TEST_CASE("address: house numbers 12A, 12-14, 12 1/2") {
  CHECK(ParseStreetLine("12a Oak Rd").house_number == "12A");
  CHECK(ParseStreetLine("12-14 Oak Rd").house_number == "12-14");
  CHECK(ParseStreetLine("12 - 14 Oak Rd").house_number == "12-14");
  const auto half = ParseStreetLine("12 1/2 Oak Rd");
  CHECK(half.house_number == "12 1/2");
  CHECK(half.street == "OAK RD");
  CHECK(ParseStreetLine("12\xC2\xBD Oak Rd").house_number == "12 1/2");
  CHECK(HouseNumberValue("12-14") == 12);
  CHECK(HouseNumberValue("12 1/2") == 12);
  CHECK(HouseNumberValue("A") == 0);
}

TEST_CASE("address: units from Apt, #, Unit, Ste, Fl") {
  for (const char* line : {"12 Main St Apt 4B", "12 Main St #4B", "12 Main St # 4b", "12 Main St, Unit 4B",
                           "12 Main St Ste 4B", "12 Main St Apartment 4B", "12 Main St#4B"}) {
    CAPTURE(line);
    const auto a = ParseStreetLine(line);
    CHECK(a.street == "MAIN ST");
    CHECK(a.unit == "4B");
  }
  CHECK(ParseStreetLine("12 Main St Fl 2").unit == "FL 2");
  CHECK(ParseStreetLine("12 Main St Floor 2").unit == "FL 2");
  CHECK(ParseStreetLine("12 Main St Rear").unit == "REAR");
  CHECK(NormalizeUnit("Apt 4B") == "4B");
  CHECK(NormalizeUnit("#4B") == "4B");
  CHECK(NormalizeUnit("4b") == "4B");
  CHECK(NormalizeUnit("") == "");
}

TEST_CASE("address: split parts make the same address as a whole line") {
  const auto parts = FromParts("12", "1/2", "S", "Maple", "Street", "", "APT", "3");
  const auto line = ParseStreetLine("12 1/2 South Maple St Apt 3");
  CHECK(parts.house_number == line.house_number);
  CHECK(parts.street == line.street);
  CHECK(parts.unit == line.unit);
  CHECK(FromParts("14", "A", "", "Maple", "", "", "", "").house_number == "14A");
}

TEST_CASE("address: display and natural order") {
  CHECK(DisplayFull(ParseStreetLine("12 NORTH MAIN STREET APT 4B")) == "12 N Main St, Apt 4B");
  CHECK(DisplayStreet(ParseStreetLine("3 W 1ST AVE")) == "3 W 1st Ave");
  CHECK(DisplayFull(ParseStreetLine("3 Elm St Fl 2")) == "3 Elm St, Fl 2");
  CHECK(NaturalLess("2", "10"));
  CHECK(NaturalLess("10", "10A"));
  CHECK(NaturalLess("1B", "2A"));
  CHECK_FALSE(NaturalLess("10", "2"));
  CHECK(NaturalLess("", "1"));
}
