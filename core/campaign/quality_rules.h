// The thresholds of the quality flags (store_flags.cpp), in one place, with
// where each comes from. docs/campaign-store.md lists them for organizers.
#pragma once

#include <cstdint>
#include <string_view>

namespace puerta::campaign {

// VAN's reviewers expect roughly 10-30 % of doors knocked to be contacted; a
// rate outside says "look at this canvasser's list", not "this is wrong".
inline constexpr double kContactRateLow = 0.10, kContactRateHigh = 0.30;
// Below this many doors a rate says nothing.
inline constexpr std::int64_t kContactRateMinDoors = 20;

// Doors faster than a person walks: the median gap between consecutive doors
// under 30 s over a run of 10 doors (attempts at one household together are
// one door).
inline constexpr std::int64_t kFastDoorsWindow = 10;
inline constexpr std::int64_t kFastDoorsMedianSeconds = 30;

// An attempt's location reading against its door's coordinates (only where
// the turf gave the door coordinates): farther than 300 m, or missing, or
// too vague (accuracy radius over 100 m) to tell.
inline constexpr double kFarFromDoorMeters = 300;
inline constexpr double kVagueLocationMeters = 100;

// Results that change a voter for good: confirmed by the organizer before
// they reach a VAN export (result codes' keys, results/result_code.h).
inline constexpr std::string_view kPermanentResults[] = {"deceased", "moved", "hostile"};

}  // namespace puerta::campaign
