// The versions of Puerta's stored format. Every change to what is written gets
// a new entry here with one comment saying what changed; readers accept any
// version from kOldestReadable to kCurrent and fill defaults for fields an
// older version lacked. tests/data/formats/ keeps a saved file of each version.
#pragma once

#include <cstdint>

namespace puerta {

enum class FormatVersion : std::uint16_t {
  // 1: first release. AppState: canvasser name, interface language, starts.
  kFirst = 1,
  // 2: AppState gains text_size, high_contrast and practice; the canvass
  //    session's records (turf, profile, attempt journal) appear.
  kSessionRecords = 2,
  // 3: an attempt may carry one location reading (ContactAttempt version 2);
  //    a conversation in progress is kept as a draft (puerta.draft) and the
  //    time results were last sent is kept (puerta.sent), both sealed.
  //    (Format 3 is not released yet, so these join it:) an attempt names the
  //    device that recorded it (ContactAttempt version 3), and the phone's
  //    signing key is kept sealed (puerta.device_key). The PIN's lock
  //    (puerta.lock) becomes "PLK2": a random data key wrapped under the PIN
  //    and the device's secret (crypto/pin.h); a "PLK1" lock still opens and
  //    is re-wrapped as PLK2 at its next unlock. The attempt versions the
  //    organizer's receipts say arrived are kept sealed (puerta.received).
  kDraftsAndLocation = 3,
};

inline constexpr FormatVersion kCurrentFormat = FormatVersion::kDraftsAndLocation;
inline constexpr FormatVersion kOldestReadableFormat = FormatVersion::kFirst;

}  // namespace puerta
