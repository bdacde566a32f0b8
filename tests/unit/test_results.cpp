// results/: the canonical result codes and an organization's configuration.
#include <doctest/doctest.h>

#include <set>

#include "i18n/ui_text.h"
#include "results/result_code_set.h"

using namespace puerta;

TEST_CASE("every result code has a unique stable key, a VAN name and a label in each language") {
  std::set<std::string_view> keys;
  for (const auto& info : AllResultCodes()) {
    CHECK(keys.insert(info.key).second);
    CHECK(ResultCodeFromKey(info.key) == info.code);
    CHECK_FALSE(info.van_name.empty());
    std::set<std::string_view> labels;
    for (const auto& lang : UiLanguages()) {
      const std::string_view label = ResultCodeLabel(info.code, lang.code);
      CHECK_FALSE(label.empty());
      labels.insert(label);
    }
    CHECK(labels.size() >= 5);  // translated, not English copied across
  }
  CHECK(keys.size() == static_cast<std::size_t>(ResultCode::kCount_));
  CHECK(ResultCodeLabel(ResultCode::kNotHome, "es") == "No estaba");
  CHECK(ResultCodeLabel(ResultCode::kNotHome, "fr") == "Not home");
  CHECK_FALSE(ResultCodeFromKey("nothome"));
}

TEST_CASE("codes that need more: a time for Come Back and Call Back, a language for Language Barrier") {
  CHECK(Info(ResultCode::kComeBack).needs == FollowUpNeed::kTime);
  CHECK(Info(ResultCode::kCallBack).needs == FollowUpNeed::kTime);
  CHECK(Info(ResultCode::kLanguageBarrier).needs == FollowUpNeed::kLanguage);
  CHECK(Info(ResultCode::kNotHome).needs == FollowUpNeed::kNone);
  CHECK(Info(ResultCode::kHostile).stop_contacting);
  CHECK(Info(ResultCode::kDoNotCall).stop_contacting);
  CHECK_FALSE(Info(ResultCode::kRefused).stop_contacting);
}

TEST_CASE("default sets: door codes at doors, phone codes on calls, Canvassed everywhere") {
  const ResultCodeSet set;
  CHECK(set.Offered(Channel::kDoor).size() == 11);
  CHECK(set.IsOffered(Channel::kDoor, ResultCode::kLeftLiterature));
  CHECK_FALSE(set.IsOffered(Channel::kDoor, ResultCode::kBusy));
  CHECK(set.IsOffered(Channel::kPhone, ResultCode::kBusy));
  CHECK(set.IsOffered(Channel::kText, ResultCode::kOptedOut));
  for (Channel c : {Channel::kDoor, Channel::kPhone, Channel::kText}) CHECK(set.IsOffered(c, ResultCode::kCanvassed));
  CHECK(VanContactType(Channel::kDoor) == "Walk");
}

TEST_CASE("an organization picks, orders and renames codes") {
  ResultCodeSet set;
  REQUIRE(set.ApplyJson(R"({"door": ["canvassed", "not_home", "come_back"],
                            "labels": {"not_home": {"en": "Nobody came", "es": "Nadie abrió"}},
                            "van_names": {"wrong_address": "Vacant"}})"));
  CHECK(set.Offered(Channel::kDoor) ==
        std::vector<ResultCode>{ResultCode::kCanvassed, ResultCode::kNotHome, ResultCode::kComeBack});
  CHECK(set.Label(ResultCode::kNotHome, "es") == "Nadie abrió");
  CHECK(set.Label(ResultCode::kNotHome, "vi") == "Không có nhà");
  CHECK(set.VanName(ResultCode::kWrongAddress) == "Vacant");
  CHECK(set.VanName(ResultCode::kMoved) == "Moved");

  const auto before = set.Offered(Channel::kDoor);
  CHECK(set.ApplyJson(R"({"door": ["not_home"]})").message().find("canvassed") != std::string::npos);
  CHECK(set.ApplyJson(R"({"door": ["canvassed", "knocked"]})").message().find("$.door[1]") != std::string::npos);
  CHECK_FALSE(set.ApplyJson(R"({"doors": []})"));
  CHECK_FALSE(set.ApplyJson("not json"));
  CHECK(set.Offered(Channel::kDoor) == before);  // a refused config changes nothing
}
