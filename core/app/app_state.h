// AppState: the small, per-device state the app keeps between visits (who is
// canvassing, in which interface language, whether the turf was started).
// Responses and walk lists are stored separately (see storage/).
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

  friend bool operator==(const AppState&, const AppState&) = default;

  template <class Archive>
  void serialize(Archive& ar, std::uint32_t /*version*/) {
    ar(CEREAL_NVP(canvasser_name), CEREAL_NVP(interface_language), CEREAL_NVP(times_started),
       CEREAL_NVP(last_started_unix));
  }
};

}  // namespace puerta

CEREAL_CLASS_VERSION(puerta::AppState, 1);
