#include "walklist/column_roles.h"

#include <array>

#include "walklist/column_names.h"
#include "walklist/column_values.h"

namespace puerta::layout {
namespace {

struct Candidate {
  std::optional<Field> field;
  Confidence confidence = Confidence::kSure;
  int rank = 0;
  std::string why;
};

// Fields that only matter when the street line comes in parts.
constexpr std::array<Field, 8> kAddressParts = {Field::kHouseNumber, Field::kHouseSuffix, Field::kPreDirection,
                                                Field::kStreetName, Field::kStreetType, Field::kPostDirection,
                                                Field::kUnitType, Field::kUnitNumber};

std::string Quoted(const std::string& s) { return "\"" + s + "\""; }

class Inferrer {
 public:
  Inferrer(const std::vector<std::string>& header, const std::vector<std::vector<std::string>>& rows)
      : header_(header), samples_(SampleColumns(rows, header.size())), guesses_(header.size()), cand_(header.size()) {
    out_.roles.resize(header.size());
    for (std::size_t c = 0; c < header.size(); ++c) out_.roles[c].column = header[c];
  }

  Inference Run() {
    ByName();
    ByNameAndValues();
    ByValues();
    Choose();
    Check();
    return std::move(out_);
  }

 private:
  // Counted as set, not searched: a hostile first line can hold 100,000 fields.
  bool Has(Field f) const { return candidates_of_[static_cast<std::size_t>(f)] > 0; }
  // Each column gets at most one candidate role.
  void Set(std::size_t c, Field f, Confidence confidence, std::string why, int rank = 0) {
    cand_[c] = {f, confidence, rank, std::move(why)};
    ++candidates_of_[static_cast<std::size_t>(f)];
  }

  void ByName() {
    for (std::size_t c = 0; c < header_.size(); ++c) {
      guesses_[c] = GuessFromName(header_[c]);
      const auto& g = guesses_[c];
      if (!g) continue;
      ColumnRole& role = out_.roles[c];
      role.role = std::string(g->meaning);
      role.why = g->mailing ? "name: not the home address, so never used to place the door" : "name";
      if (g->field && !g->ambiguous && !g->mailing) Set(c, *g->field, Confidence::kSure, "name", g->rank);
    }
  }

  // Names that alone do not decide: the values and the neighbours do.
  void ByNameAndValues() {
    bool number_column = Has(Field::kHouseNumber);
    for (std::size_t c = 0; c < header_.size(); ++c)
      if (guesses_[c] && guesses_[c]->ambiguous && guesses_[c]->field == Field::kHouseNumber &&
          samples_[c].Mostly(Shape::kSmallNumber))
        number_column = true;
    for (std::size_t c = 0; c < header_.size(); ++c) {
      const auto& g = guesses_[c];
      if (!g || !g->ambiguous) continue;
      const ColumnSample& s = samples_[c];
      const int rank = g->rank;
      const std::string name = Quoted(header_[c]);
      if (g->meaning == "name_suffix") {
        if (Has(Field::kStreetName) && s.Mostly(Shape::kStreetType) && !Has(Field::kStreetType))
          Set(c, Field::kStreetType, Confidence::kLikely, "name " + name + " with street types as values", rank);
        continue;
      }
      switch (*g->field) {
        case Field::kAddress:  // "Street"
          if (number_column) Set(c, Field::kStreetName, Confidence::kLikely, "name " + name + " beside a house number", rank);
          else if (s.Mostly(Shape::kStreetLine)) Set(c, Field::kAddress, Confidence::kLikely, "name " + name + " with street lines as values", rank);
          else Set(c, Field::kAddress, Confidence::kDoubtful, "name " + name + " alone: its values are not street lines", rank);
          break;
        case Field::kHouseNumber:
          if (s.Mostly(Shape::kSmallNumber)) Set(c, Field::kHouseNumber, Confidence::kLikely, "name " + name + " with house numbers as values", rank);
          break;
        case Field::kPreDirection:
          if (s.Mostly(Shape::kDirection))
            Set(c, Has(Field::kPreDirection) ? Field::kPostDirection : Field::kPreDirection, Confidence::kLikely,
                "name " + name + " with directions as values", rank);
          break;
        case Field::kStreetType:
          if (s.Mostly(Shape::kStreetType)) Set(c, Field::kStreetType, Confidence::kLikely, "name " + name + " with street types as values", rank);
          break;
        case Field::kState:  // "St"
          if (s.Mostly(Shape::kStateCode)) Set(c, Field::kState, Confidence::kLikely, "name " + name + " with state codes as values", rank);
          else if (s.Mostly(Shape::kStreetType)) Set(c, Field::kStreetType, Confidence::kLikely, "name " + name + " with street types as values", rank);
          break;
        case Field::kZip:
          if (s.Mostly(Shape::kZip)) Set(c, Field::kZip, Confidence::kLikely, "name " + name + " with ZIP codes as values", rank);
          break;
        case Field::kLatitude:
        case Field::kLongitude:
          if (s.Mostly(*g->field == Field::kLatitude ? Shape::kLatitude : Shape::kLongitude))
            Set(c, *g->field, Confidence::kLikely, "name " + name + " with coordinates as values", rank);
          break;
        default:
          break;
      }
      if (cand_[c].field) out_.roles[c].role = std::string(FieldName(*cand_[c].field));
      else out_.roles[c].why = "name " + name + " alone does not say, nor do its values; kept as a free attribute";
    }
  }

  // Columns whose names say nothing: their values alone.
  void ByValues() {
    const auto unnamed = [&](std::size_t c) { return c < header_.size() && !guesses_[c] && !cand_[c].field; };
    const auto beside = [&](std::size_t c, Field f) -> std::string {
      for (std::size_t n : {c - 1, c + 1})
        if (n < header_.size() && cand_[n].field == f) return header_[n];
      return "";
    };
    for (std::size_t c = 0; c < header_.size(); ++c) {
      if (!unnamed(c)) continue;
      const ColumnSample& s = samples_[c];
      const int rank = 1 << 24;
      if (!Has(Field::kZip) && s.Mostly(Shape::kZip, 0.9)) {
        const std::string city = beside(c, Field::kCity);
        if (!city.empty()) Set(c, Field::kZip, Confidence::kLikely, "values: 5-digit numbers beside " + Quoted(city), rank);
        else Set(c, Field::kZip, Confidence::kDoubtful, "values: 5-digit numbers", rank);
      } else if (!Has(Field::kLatitude) && unnamed(c + 1) && s.Mostly(Shape::kLatitude, 0.9) &&
                 samples_[c + 1].Mostly(Shape::kLongitude, 0.9)) {  // latitude first, as everyone writes them
        Set(c, Field::kLatitude, Confidence::kLikely, "values: a latitude beside a longitude", rank);
        Set(c + 1, Field::kLongitude, Confidence::kLikely, "values: a longitude beside a latitude", rank);
      } else if (!Has(Field::kState) && s.Mostly(Shape::kStateCode, 0.9)) {
        Set(c, Field::kState, Confidence::kLikely, "values: state codes", rank);
      } else if (!Has(Field::kAddress) && !Has(Field::kStreetName) && s.Mostly(Shape::kStreetLine)) {
        Set(c, Field::kAddress, Confidence::kDoubtful, "values: street lines", rank);
      } else if (s.Mostly(Shape::kPhone, 0.9)) {
        out_.roles[c].role = "phone";  // never read on values alone: an id can be ten digits too
        out_.roles[c].why = "values look like phone numbers; kept, not read as the phone";
      }
      if (cand_[c].field) out_.roles[c].role = std::string(FieldName(*cand_[c].field));
    }
  }

  // One column per field: the surest, then the most common name.
  void Choose() {
    std::array<std::int32_t, kFieldCount> best;
    best.fill(-1);
    for (std::size_t c = 0; c < header_.size(); ++c) {
      if (!cand_[c].field) continue;
      std::int32_t& b = best[static_cast<std::size_t>(*cand_[c].field)];
      const auto better = [&](const Candidate& x, const Candidate& y) {
        return x.confidence != y.confidence ? x.confidence < y.confidence : x.rank < y.rank;
      };
      if (b < 0 || better(cand_[c], cand_[static_cast<std::size_t>(b)])) b = static_cast<std::int32_t>(c);
    }
    // A whole street line beats its parts: the parts are kept as attributes.
    if (best[static_cast<std::size_t>(Field::kAddress)] >= 0)
      for (Field f : kAddressParts) best[static_cast<std::size_t>(f)] = -1;
    // Half a location is no location.
    if ((best[static_cast<std::size_t>(Field::kLatitude)] < 0) != (best[static_cast<std::size_t>(Field::kLongitude)] < 0))
      best[static_cast<std::size_t>(Field::kLatitude)] = best[static_cast<std::size_t>(Field::kLongitude)] = -1;

    ColumnMap map;
    map.layout = "by_meaning";
    map.column = best;
    for (std::size_t c = 0; c < header_.size(); ++c) {
      ColumnRole& role = out_.roles[c];
      if (!cand_[c].field) continue;
      const Field f = *cand_[c].field;
      role.role = std::string(FieldName(f));
      if (best[static_cast<std::size_t>(f)] == static_cast<std::int32_t>(c)) {
        role.read = true;
        role.confidence = cand_[c].confidence;
        role.why = cand_[c].why;
      } else {
        const std::int32_t other = best[static_cast<std::size_t>(f)];
        role.why = other >= 0 ? cand_[c].why + "; " + Quoted(header_[static_cast<std::size_t>(other)]) + " was read as " +
                                    std::string(FieldName(f)) + " instead"
                              : cand_[c].why + "; not needed beside the whole street line";
      }
    }
    for (std::size_t c = 0; c < header_.size(); ++c)
      if (!out_.roles[c].read && guesses_[c] && guesses_[c]->mailing) out_.roles[c].left_out = true;
    out_.map = std::move(map);
  }

  void Refuse(std::string what) {
    out_.problem = "the header matches no known layout, and " + std::move(what) +
                   "; give a mapping file (--mapping) to read other layouts";
    out_.map.reset();
  }

  void Check() {
    const ColumnMap& map = *out_.map;
    if (!map.HasAddress()) {
      std::string what = "no column gives the voter's home address (looked for a street line: " +
                         NamesLookedFor(Field::kAddress) + "; or a house number: " + NamesLookedFor(Field::kHouseNumber) +
                         ", with a street name: " + NamesLookedFor(Field::kStreetName) + ")";
      std::string mailing;
      for (std::size_t c = 0; c < header_.size(); ++c)
        if (guesses_[c] && guesses_[c]->mailing) mailing += (mailing.empty() ? "" : ", ") + Quoted(header_[c]);
      if (!mailing.empty()) what += "; the mailing address (" + mailing + ") is not where canvassers knock";
      return Refuse(what);
    }
    if (!map.Has(Field::kId))
      return Refuse("no column gives the voters' ids (looked for " + NamesLookedFor(Field::kId, 8) + ")");
    if (!map.Has(Field::kFirstName) && !map.Has(Field::kLastName)) {
      std::string what = "no column gives the voters' names (looked for " + NamesLookedFor(Field::kFirstName) + "; " +
                         NamesLookedFor(Field::kLastName) + ")";
      // Puerta does not split "SMITH, JOHN A": its order differs from file to file.
      for (std::size_t c = 0; c < header_.size(); ++c)
        if (guesses_[c] && guesses_[c]->meaning == "full_name") {
          what += "; the whole name is in " + Quoted(header_[c]) + ", which is not split into first and last names "
                  "(a mapping may read it as \"last_name\")";
          break;
        }
      return Refuse(what);
    }
  }

  const std::vector<std::string>& header_;
  std::vector<ColumnSample> samples_;
  std::vector<std::optional<NameGuess>> guesses_;
  std::vector<Candidate> cand_;
  std::array<std::size_t, kFieldCount> candidates_of_{};
  Inference out_;
};

}  // namespace

std::string_view ConfidenceName(Confidence confidence) {
  switch (confidence) {
    case Confidence::kSure: return "sure";
    case Confidence::kLikely: return "likely";
    case Confidence::kDoubtful: return "doubtful";
  }
  return "";
}

Inference InferRoles(const std::vector<std::string>& header, const std::vector<std::vector<std::string>>& rows) {
  return Inferrer(header, rows).Run();
}

std::vector<ColumnRole> DescribeRoles(const ColumnMap& map, const std::vector<std::string>& header) {
  std::vector<ColumnRole> roles(header.size());
  for (std::size_t c = 0; c < header.size(); ++c) {
    ColumnRole& role = roles[c];
    role.column = header[c];
    for (std::size_t f = 0; f < kFieldCount && !role.read; ++f)
      if (map.column[f] == static_cast<std::int32_t>(c)) {
        role.role = std::string(FieldName(static_cast<Field>(f)));
        role.read = true;
        role.why = map.layout == "mapping" ? "mapping" : "layout " + map.layout;
      }
    if (role.read) continue;
    if (const auto g = GuessFromName(header[c])) {
      role.role = std::string(g->meaning);
      role.why = "name";
      role.left_out = g->mailing;
    }
  }
  return roles;
}

std::string DescribeDoubts(const std::vector<ColumnRole>& roles) {
  std::string out;
  for (const ColumnRole& r : roles)
    if (r.read && r.confidence == Confidence::kDoubtful)
      out += (out.empty() ? "" : ", ") + std::string("column ") + Quoted(r.column) + " as " + r.role + " (" + r.why + ")";
  return out;
}

}  // namespace puerta::layout
