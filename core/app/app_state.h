// AppState: the small, per-device preferences the app keeps between visits
// (interface language, text size, contrast, practice mode). Nothing here
// names a voter: the turf, the canvasser and the responses are kept by
// app/canvass_session.h, encrypted when the turf asks for it.
#pragma once

#include <cstdint>
#include <string>

#include <cereal/cereal.hpp>
#include <cereal/types/string.hpp>

namespace puerta {

struct AppState {
  std::string canvasser_name;
  std::string interface_language = "en";
  std::uint32_t times_started = 0;       // taps on Start, ever
  std::int64_t last_started_unix = 0;    // seconds since 1970, 0 = never
  // Since format version 2 (storage/format_version.h):
  std::uint8_t text_size = 0;            // 0 normal, 1 large, 2 larger
  bool high_contrast = false;
  bool practice = false;                 // training: attempts are flagged, never exported as real

  friend bool operator==(const AppState&, const AppState&) = default;

  template <class Archive>
  void serialize(Archive& ar, std::uint32_t version) {
    ar(CEREAL_NVP(canvasser_name), CEREAL_NVP(interface_language), CEREAL_NVP(times_started),
       CEREAL_NVP(last_started_unix));
    if (version >= 2) ar(CEREAL_NVP(text_size), CEREAL_NVP(high_contrast), CEREAL_NVP(practice));
  }
};

}  // namespace puerta

CEREAL_CLASS_VERSION(puerta::AppState, 2);
