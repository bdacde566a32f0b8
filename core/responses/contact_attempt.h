// One contact attempt: a knock on a door (or a call, or a text) and what came
// of it. The unit that is saved, synced, edited and exported.
//
// As in VAN's API, an attempt carries EITHER a non-contact result code with no
// answers, OR result Canvassed with the survey answers; CheckAttempt enforces
// this and the other rules before anything is recorded.
//
// Serialized with cereal (storage journals attempts): fixed-width integers
// only, because x86-64 and wasm32 read the same bytes.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include <cereal/cereal.hpp>
#include <cereal/types/map.hpp>
#include <cereal/types/string.hpp>
#include <cereal/types/vector.hpp>

#include "results/result_code.h"
#include "script/script.h"

namespace puerta {

struct FollowUp {
  std::int64_t due_unix = 0;  // when to come back or call back; 0 = no time set
  std::string language;       // Language Barrier: the language heard ("vi"), for a canvasser who speaks it

  friend bool operator==(const FollowUp&, const FollowUp&) = default;
  template <class Archive>
  void serialize(Archive& ar, std::uint32_t /*version*/) {
    ar(CEREAL_NVP(due_unix), CEREAL_NVP(language));
  }
};

struct ContactAttempt {
  std::string attempt_id;            // 32 hex digits, random: unique across devices (NewAttemptId)
  std::uint32_t version = 1;         // 1 when recorded; each edit adds one and keeps the earlier
  std::int64_t recorded_unix = 0;    // when this version was written
  std::string voter_id;              // voter-file id; may be empty for a door with no known voter
  std::string voter_name;            // as on the walk list, for VAN's "Contact Name"
  std::string household_id;
  std::int64_t time_unix = 0;        // when the door was knocked (seconds since 1970, UTC)
  std::string canvasser;
  std::string organization;
  std::string campaign;
  Channel channel = Channel::kDoor;
  ResultCode result = ResultCode::kNotHome;
  Answers answers;                   // Canvassed only: visible steps' answers (Conversation::RecordedAnswers)
  std::string script_id;
  std::uint32_t script_version = 0;
  std::string language;              // the language the conversation was held in
  std::string notes;
  FollowUp follow_up;
  bool practice = false;             // training: never counted, never exported as real
  // Since version 2: one location reading taken when the attempt was saved (for
  // the organizer's quality checks), when the canvasser allowed it.
  bool has_location = false;
  double latitude = 0, longitude = 0;
  double location_accuracy_m = 0;    // radius of 68% confidence, as browsers report it
  // Since version 3: the device id (crypto/signed_file.h) of the phone that
  // recorded this version; empty for versions recorded before phones had keys.
  std::string device;

  friend bool operator==(const ContactAttempt&, const ContactAttempt&) = default;

  template <class Archive>
  void serialize(Archive& ar, std::uint32_t class_version) {  // not `version`: that is a field
    ar(CEREAL_NVP(attempt_id), CEREAL_NVP(version), CEREAL_NVP(recorded_unix), CEREAL_NVP(voter_id),
       CEREAL_NVP(voter_name), CEREAL_NVP(household_id), CEREAL_NVP(time_unix), CEREAL_NVP(canvasser),
       CEREAL_NVP(organization), CEREAL_NVP(campaign), CEREAL_NVP(channel), CEREAL_NVP(result), CEREAL_NVP(answers),
       CEREAL_NVP(script_id), CEREAL_NVP(script_version), CEREAL_NVP(language), CEREAL_NVP(notes),
       CEREAL_NVP(follow_up), CEREAL_NVP(practice));
    if (class_version >= 2)
      ar(CEREAL_NVP(has_location), CEREAL_NVP(latitude), CEREAL_NVP(longitude), CEREAL_NVP(location_accuracy_m));
    if (class_version >= 3) ar(CEREAL_NVP(device));
  }
};

// Every rule the attempt breaks, one sentence each; empty when it is sound.
std::vector<std::string> CheckAttempt(const ContactAttempt& attempt);

// A fresh attempt id: 128 random bits from std::random_device as 32 lowercase
// hex digits. Two phones picking the same id is as likely as guessing a
// 128-bit key, so merging exports from many canvassers needs no coordination.
std::string NewAttemptId();

}  // namespace puerta

CEREAL_CLASS_VERSION(puerta::FollowUp, 1);
CEREAL_CLASS_VERSION(puerta::ContactAttempt, 3);  // 2: location reading; 3: device id
