#include "turf/call_list.h"

#include <cctype>
#include <map>

#include "texting/phone_number.h"

namespace puerta {
namespace {

// "Do Not Call", "do_not_call", "DoNotCall" -> "donotcall": voter files
// spell their columns every way.
std::string Folded(std::string_view s) {
  std::string out;
  for (unsigned char c : s)
    if (std::isalnum(c)) out += static_cast<char>(std::tolower(c));
  return out;
}

bool Marked(std::string_view value) {
  const std::string v = Folded(value);
  return v == "y" || v == "yes" || v == "true" || v == "1" || v == "x" || v == "dnc" || v == "optedout" ||
         v == "optout";
}

// Why the voter must not be contacted on `channel`, or empty. Do Not Call is
// read as covering texts too: someone who asked not to be called has not
// asked to be texted instead.
std::string DoNotContact(const Voter& v, Channel channel) {
  for (const auto& [key, value] : v.attributes) {
    if (!Marked(value)) continue;
    const std::string k = Folded(key);
    if (k == "donotcall" || k == "dnc") return "marked Do Not Call (column \"" + key + "\")";
    if (k == "optedout" || k == "optout") return "marked Opted Out (column \"" + key + "\")";
    if (channel == Channel::kText && (k == "donottext" || k == "dnt"))
      return "marked Do Not Text (column \"" + key + "\")";
  }
  return {};
}

// "mobile", "landline" or empty, from a "Phone Type" column.
std::string PhoneType(const Voter& v) {
  for (const auto& [key, value] : v.attributes) {
    const std::string k = Folded(key);
    if (k != "phonetype" && k != "phonekind" && k != "linetype" && k != "phone_type") continue;
    const std::string t = Folded(value);
    if (t == "cell" || t == "cellphone" || t == "mobile" || t == "wireless" || t == "c" || t == "m") return "mobile";
    if (t == "landline" || t == "home" || t == "fixed" || t == "wired" || t == "l" || t == "h") return "landline";
  }
  return {};
}

}  // namespace

WalkList BuildCallList(const WalkList& walk, Channel channel, std::string_view country, CallListReport& report) {
  report = {};
  WalkList out;
  std::map<std::string, std::uint32_t> by_number;  // E.164 -> index in out.households
  auto take = [&](const Household& h) {
    for (const Voter& v : h.voters) {
      ++report.voters_read;
      if (std::string why = DoNotContact(v, channel); !why.empty()) {
        report.do_not_contact.push_back({v.id, why});
        continue;
      }
      // An extension is dropped: a call list dials the line, and a tel: link
      // cannot key an extension reliably.
      const texting::PhoneNumber number = texting::NormalizePhone(v.phone, country);
      if (!number.ok()) {
        report.without_number.push_back(
            {v.id, number.problem == texting::PhoneProblem::kEmpty
                       ? std::string("no phone number")
                       : "phone number: " + std::string(texting::DescribePhoneProblem(number.problem))});
        continue;
      }
      const std::string type = PhoneType(v);
      if (channel == Channel::kText && type == "landline") {
        report.landline.push_back({v.id, "the number is a landline, which cannot receive texts"});
        continue;
      }
      auto [it, added] = by_number.try_emplace(number.e164, static_cast<std::uint32_t>(out.households.size()));
      if (added) {
        Household call;
        call.id = "tel-" + number.e164.substr(1);
        call.address = h.address;  // the first voter's door: "Moved" is checked against it
        call.location = h.location;
        out.households.push_back(std::move(call));
        Building b;
        b.id = out.households.back().id;
        b.display = number.e164;
        b.location = h.location;
        b.households.push_back(it->second);
        out.buildings.push_back(std::move(b));
      }
      Voter kept = v;
      kept.phone = number.e164;
      if (!type.empty()) kept.attributes.Set(kPhoneTypeAttribute, type);
      out.households[it->second].voters.push_back(std::move(kept));
      ++report.voters_kept;
    }
  };
  std::vector<bool> seen(walk.households.size(), false);
  for (const Building& b : walk.buildings)
    for (std::uint32_t i : b.households)
      if (i < walk.households.size() && !seen[i]) seen[i] = true, take(walk.households[i]);
  for (std::size_t i = 0; i < walk.households.size(); ++i)
    if (!seen[i]) take(walk.households[i]);
  report.numbers = out.households.size();
  return out;
}

}  // namespace puerta
