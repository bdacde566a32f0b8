#include "results/result_code_set.h"

#include <algorithm>

#include <rapidjson/document.h>

#include "util/json_reader.h"

namespace puerta {

ResultCodeSet::ResultCodeSet() {
  for (const auto& info : AllResultCodes()) {
    if (info.door) offered_[Channel::kDoor].push_back(info.code);
    if (info.phone) {
      offered_[Channel::kPhone].push_back(info.code);
      offered_[Channel::kText].push_back(info.code);
    }
  }
}

const std::vector<ResultCode>& ResultCodeSet::Offered(Channel channel) const {
  static const std::vector<ResultCode> kNone;
  const auto it = offered_.find(channel);
  return it == offered_.end() ? kNone : it->second;
}

Status ResultCodeSet::SetOffered(Channel channel, std::vector<ResultCode> codes) {
  if (std::find(codes.begin(), codes.end(), ResultCode::kCanvassed) == codes.end())
    return Status::Fail(std::string(ChannelKey(channel)) + ": \"canvassed\" must be offered");
  offered_[channel] = std::move(codes);
  return Status::Ok();
}

bool ResultCodeSet::IsOffered(Channel channel, ResultCode code) const {
  const auto& codes = Offered(channel);
  return std::find(codes.begin(), codes.end(), code) != codes.end();
}

std::string ResultCodeSet::Label(ResultCode code, std::string_view language) const {
  if (const auto it = labels_.find(code); it != labels_.end()) {
    if (const auto l = it->second.find(std::string(language)); l != it->second.end()) return l->second;
  }
  return std::string(ResultCodeLabel(code, language));
}

void ResultCodeSet::SetLabel(ResultCode code, std::string language, std::string label) {
  labels_[code][std::move(language)] = std::move(label);
}

std::string ResultCodeSet::VanName(ResultCode code) const {
  const auto it = van_names_.find(code);
  return it == van_names_.end() ? std::string(Info(code).van_name) : it->second;
}

void ResultCodeSet::SetVanName(ResultCode code, std::string name) { van_names_[code] = std::move(name); }

Status ResultCodeSet::ApplyJson(std::string_view text, std::string_view path) {
  // Result codes are a few hundred bytes: json::Limits' defaults bound a hostile file.
  constexpr json::Limits kLimits{};
  const auto fail = [](const std::string& message) { return Status::Fail("result codes: " + message); };
  rapidjson::Document doc;
  json::ParseError error;
  if (!json::Parse(text, kLimits, doc, error)) return fail(error.Describe("the file"));
  const json::Node root(doc, std::string(path));
  if (!root.IsObject()) return fail(root.Expected("an object in { }"));
  ResultCodeSet next = *this;
  auto code_of = [](std::string_view key) { return ResultCodeFromKey(key); };
  std::string problem;
  root.ForEachMember([&](std::string_view key, const json::Node& v) {
    if (!problem.empty()) return;
    if (const auto channel = ChannelFromKey(key)) {
      if (!v.IsArray()) return void(problem = v.Expected("a list of result codes in [ ]"));
      std::vector<ResultCode> codes;
      for (std::size_t i = 0; i < v.Size(); ++i) {
        const auto code = v[i].IsString() ? code_of({v[i].value().GetString(), v[i].value().GetStringLength()}) : std::nullopt;
        if (!code) return void(problem = v[i].path() + ": not a result code");
        codes.push_back(*code);
      }
      if (!next.SetOffered(*channel, std::move(codes)).ok())
        problem = v.path() + ": \"canvassed\" must be offered (a conversation can always be recorded)";
    } else if (key == "labels" || key == "van_names") {
      if (!v.IsObject()) return void(problem = v.Expected("an object in { }"));
      v.ForEachMember([&](std::string_view code_key, const json::Node& m) {
        if (!problem.empty()) return;
        const auto code = code_of(code_key);
        if (!code) return void(problem = m.path() + ": not a result code");
        if (key == "van_names") {
          std::string name;
          if (m.Text(name, problem)) next.SetVanName(*code, std::move(name));
          return;
        }
        if (!m.IsObject()) return void(problem = m.Expected("labels by language, e.g. {\"en\": \"Nobody came\"}"));
        m.ForEachMember([&](std::string_view language, const json::Node& l) {
          std::string label;
          if (problem.empty() && l.Text(label, problem)) next.SetLabel(*code, std::string(language), std::move(label));
        });
      });
    } else {
      problem = json::Key(root.path(), key) + ": unknown key (use door, phone, text, labels or van_names)";
    }
  });
  if (!problem.empty()) return fail(problem);
  *this = std::move(next);
  return Status::Ok();
}

}  // namespace puerta
