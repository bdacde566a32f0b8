// The result codes an organization offers, in its order and words. Starts
// from the canonical defaults; an organizer's JSON file can pick and reorder
// the codes per channel, relabel buttons and rename codes for their VAN
// committee:
//   {"door": ["canvassed", "not_home", "come_back"],
//    "labels": {"not_home": {"en": "Nobody came", "es": "Nadie abrió"}},
//    "van_names": {"wrong_address": "Vacant"}}
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "results/result_code.h"
#include "util/status.h"

namespace puerta {

class ResultCodeSet {
 public:
  ResultCodeSet();  // the canonical defaults

  // Applies an organizer's JSON on top of the current set. On failure
  // nothing changes and the message names the JSON path at fault, starting
  // from `path` (a turf package passes "$.result_codes").
  Status ApplyJson(std::string_view json, std::string_view path = "$");

  const std::vector<ResultCode>& Offered(Channel channel) const;
  // Every channel offers Canvassed: a conversation can always be recorded.
  Status SetOffered(Channel channel, std::vector<ResultCode> codes);
  bool IsOffered(Channel channel, ResultCode code) const;

  std::string Label(ResultCode code, std::string_view language) const;  // override, else default
  void SetLabel(ResultCode code, std::string language, std::string label);
  std::string VanName(ResultCode code) const;
  void SetVanName(ResultCode code, std::string name);

 private:
  std::map<Channel, std::vector<ResultCode>> offered_;
  std::map<ResultCode, std::map<std::string, std::string>> labels_;
  std::map<ResultCode, std::string> van_names_;
};

}  // namespace puerta
