// Result codes: what happened at a door or on a call. The canonical set
// mirrors VAN's so an export lines up with what organizers already use; each
// code has a stable key (written in every export and never renamed), its VAN
// name, and a short button label in each language Puerta ships.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string_view>

namespace puerta {

// Stored as its number: append new codes at the end, never reorder.
enum class ResultCode : std::uint8_t {
  kCanvassed,        // spoke with the person: the only code that carries answers
  kNotHome,
  kRefused,
  kHostile,          // hostile / do not contact
  kMoved,
  kDeceased,
  kInaccessible,     // gated or locked building
  kWrongAddress,     // wrong address / vacant
  kComeBack,         // needs a follow-up time
  kLeftLiterature,
  kLanguageBarrier,  // needs the language heard
  kNoAnswer,         // phones and texts from here on
  kBusy,
  kLeftMessage,
  kWrongNumber,
  kDisconnected,
  kCallBack,         // needs a follow-up time
  kDoNotCall,
  kOptedOut,
  kCount_,
};

enum class Channel : std::uint8_t { kDoor, kPhone, kText };
std::string_view ChannelKey(Channel channel);    // "door", "phone", "text"
std::optional<Channel> ChannelFromKey(std::string_view key);
std::string_view VanContactType(Channel channel);  // "Walk", "Phone", "SMS Text"

// What a code asks the canvasser for besides itself.
enum class FollowUpNeed : std::uint8_t { kNone, kTime, kLanguage };

struct ResultCodeInfo {
  ResultCode code;
  std::string_view key;       // "not_home": stable, used in exports and config
  std::string_view van_name;  // "Not Home"
  bool door;                  // offered at doors by default
  bool phone;                 // offered on calls and texts by default
  FollowUpNeed needs;
  bool stop_contacting;       // the voter should not be contacted again
};

std::span<const ResultCodeInfo> AllResultCodes();
const ResultCodeInfo& Info(ResultCode code);
std::optional<ResultCode> ResultCodeFromKey(std::string_view key);

// The default label in `language` (en es zh vi ko tl); English otherwise.
std::string_view ResultCodeLabel(ResultCode code, std::string_view language);

}  // namespace puerta
