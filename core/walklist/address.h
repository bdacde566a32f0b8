// Street addresses as canvassers and voter files spell them, reduced to one
// normal form so that "12 North Main Street, Apt 4B" and "12 N MAIN ST #4b" are
// the same door. Normal form: upper case, single spaces, USPS abbreviations for
// street types (STREET -> ST) and directions (NORTH -> N) where they act as
// type or direction (not in "NORTH ST" or "COURT ST"), house numbers such as
// "12A", "12-14", "12 1/2", and units without their designator ("APT 4B" ->
// "4B") except floors ("FL 2") and unnumbered ones ("REAR", "BSMT").
#pragma once

#include "model/address_order.h"

#include <cstdint>
#include <string>
#include <string_view>

namespace puerta::address {

struct StreetAddress {
  std::string house_number;  // "12", "12A", "12-14", "12 1/2"
  std::string street;        // "N MAIN ST"
  std::string unit;          // "4B", "FL 2", "" for a house
};

// A whole street line: "12 1/2 North Main Street Apt 4B".
StreetAddress ParseStreetLine(std::string_view line);

// The parts of a split-address layout; empty parts are skipped.
StreetAddress FromParts(std::string_view number, std::string_view suffix, std::string_view pre_direction,
                        std::string_view name, std::string_view type, std::string_view post_direction,
                        std::string_view unit_type, std::string_view unit_number);

std::string NormalizeStreet(std::string_view street);
std::string NormalizeUnit(std::string_view unit);
std::string NormalizeHouseNumber(std::string_view number);

// As a canvasser reads it: "12 N Main St" and, with a unit, "12 N Main St, Apt 4B".
std::string DisplayStreet(const StreetAddress& a);
std::string DisplayFull(const StreetAddress& a);
// DisplayFull from DisplayStreet's text: appends ", Apt 4B" (nothing for no unit).
void AppendUnitDisplay(std::string& street_display, std::string_view unit);

}  // namespace puerta::address
