// The walk list: the people a canvasser visits, grouped the way a canvasser
// sees them. A Voter lives in a Household (one door: same address and unit);
// households at the same street address form a Building (one stop, many doors).
// Everything here is plain data with fixed-width integers, because it is
// serialized and read back by both the x86-64 and the wasm32 builds.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace puerta {

struct GeoPoint {
  double lat = 0;
  double lon = 0;
  friend bool operator==(const GeoPoint&, const GeoPoint&) = default;
};

// A voter's free columns ("Party" -> "D"), kept as imported: key/value pairs
// in key order with unique keys, iterated like a std::map. A flat vector
// rather than a std::map because a voter has a handful of them: a map node
// per entry was a third of a 100,000-row import's time and 29 MB. Short keys
// and values (most of them) fit in std::string's own buffer, so a voter's
// attributes cost one allocation.
class Attributes {
 public:
  using Entry = std::pair<std::string, std::string>;
  using const_iterator = std::vector<Entry>::const_iterator;

  // Adds key = value unless key is present (as std::map::emplace); returns
  // whether it was added. Keys arriving in order are appended without a search.
  bool Insert(std::string_view key, std::string_view value);
  // Adds key = value, replacing any value key had (as std::map::operator[]).
  void Set(std::string_view key, std::string_view value);
  // The value of key, or nullptr.
  const std::string* Find(std::string_view key) const;
  // The value of key; throws std::out_of_range when absent (as std::map::at).
  const std::string& at(std::string_view key) const;

  bool empty() const { return entries_.empty(); }
  std::size_t size() const { return entries_.size(); }
  void reserve(std::size_t n) { entries_.reserve(n); }
  const_iterator begin() const { return entries_.begin(); }
  const_iterator end() const { return entries_.end(); }
  friend bool operator==(const Attributes&, const Attributes&) = default;

 private:
  std::vector<Entry> entries_;
};

struct Voter {
  std::string id;                 // the voter-file id (VANID, ncid, SOS_VOTERID, ...)
  std::string first_name;
  std::string last_name;
  std::string phone;
  std::string preferred_language; // ISO 639-1 code ("es", "zh"), empty when unknown
  Attributes attributes;          // free columns, kept as imported
  friend bool operator==(const Voter&, const Voter&) = default;
};

// A normalized street address: what two spellings of the same door share.
struct Address {
  std::string house_number;  // "12", "12A", "12-14", "12 1/2"
  std::string street;        // normalized: "N MAIN ST"
  std::string unit;          // normalized: "4B" (empty for a single-family house)
  std::string city;
  std::string zip;
  std::string display;       // as a canvasser reads it: "12 N Main St, Apt 4B"
  friend bool operator==(const Address&, const Address&) = default;
};

struct Household {
  std::string id;                 // stable within the walk list
  Address address;
  std::optional<GeoPoint> location;
  std::vector<Voter> voters;
  friend bool operator==(const Household&, const Household&) = default;
};

struct Building {
  std::string id;
  std::string display;               // "415 Oak Ave" without a unit
  std::optional<GeoPoint> location;
  std::vector<std::uint32_t> households;  // indexes into WalkList::households, unit order
  friend bool operator==(const Building&, const Building&) = default;
};

struct WalkList {
  std::vector<Household> households;
  std::vector<Building> buildings;      // in walk order
  friend bool operator==(const WalkList&, const WalkList&) = default;

  std::size_t VoterCount() const;
  const Household* FindHousehold(const std::string& id) const;
};

}  // namespace puerta
