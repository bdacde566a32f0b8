#include "results/result_code_set.h"

#include <algorithm>

#include <rapidjson/document.h>

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

Status ResultCodeSet::ApplyJson(std::string_view json) {
  rapidjson::Document doc;
  doc.Parse(json.data(), json.size());
  if (doc.HasParseError() || !doc.IsObject()) return Status::Fail("result codes: not a JSON object");
  ResultCodeSet next = *this;
  auto code_of = [](const rapidjson::Value& v, std::optional<ResultCode>& out) {
    out = v.IsString() ? ResultCodeFromKey(v.GetString()) : std::nullopt;
    return out.has_value();
  };
  const rapidjson::Value& root = doc;  // const iterators: rapidjson 1.1's mutable ones are ambiguous in C++20
  for (auto it = root.MemberBegin(); it != root.MemberEnd(); ++it) {
    const std::string key = it->name.GetString();
    const rapidjson::Value& v = it->value;
    if (const auto channel = ChannelFromKey(key)) {
      if (!v.IsArray()) return Status::Fail("result codes: $." + key + " must be a list");
      std::vector<ResultCode> codes;
      for (rapidjson::SizeType i = 0; i < v.Size(); ++i) {
        std::optional<ResultCode> code;
        if (!code_of(v[i], code)) return Status::Fail("result codes: $." + key + "[" + std::to_string(i) + "] is not a result code");
        codes.push_back(*code);
      }
      if (Status s = next.SetOffered(*channel, std::move(codes)); !s) return Status::Fail("result codes: " + s.message());
    } else if ((key == "labels" || key == "van_names") && v.IsObject()) {
      for (auto m = v.MemberBegin(); m != v.MemberEnd(); ++m) {
        const std::string path = "$." + key + "." + m->name.GetString();
        std::optional<ResultCode> code;
        if (!code_of(m->name, code)) return Status::Fail("result codes: " + path + " is not a result code");
        if (key == "van_names" && m->value.IsString()) {
          next.SetVanName(*code, m->value.GetString());
        } else if (key == "labels" && m->value.IsObject()) {
          for (auto l = m->value.MemberBegin(); l != m->value.MemberEnd(); ++l) {
            if (!l->value.IsString()) return Status::Fail("result codes: " + path + "." + l->name.GetString() + " must be text");
            next.SetLabel(*code, l->name.GetString(), l->value.GetString());
          }
        } else {
          return Status::Fail("result codes: " + path + " has the wrong type");
        }
      }
    } else {
      return Status::Fail("result codes: unknown or malformed key $." + key);
    }
  }
  *this = std::move(next);
  return Status::Ok();
}

}  // namespace puerta
