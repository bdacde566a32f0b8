// Collect: one phone file into the store. Idempotent by (attempt id,
// version): a version already held with the same content is counted as
// "already had"; the same id and version with other content, or an attempt
// another device recorded first, is refused and named (never replaces what
// the store holds). Every refusal names its line and field, and is kept in
// batch_problems so `puerta conflicts` can list it again later.
#include <algorithm>

#include "campaign/campaign_store.h"
#include "campaign/phone_file.h"
#include "export/json_lines.h"
#include "responses/attempt_time.h"

namespace puerta::campaign {
namespace {

// "line 7: $.result: unknown value" -> line 7, field $.result, the rest.
FileProblem FromParseError(const std::string& error) {
  FileProblem p{0, "invalid", "", "", error};
  if (error.starts_with("line ")) {
    const std::size_t colon = error.find(": ");
    p.line = static_cast<std::uint32_t>(std::strtoul(error.c_str() + 5, nullptr, 10));
    p.reason = colon == std::string::npos ? error : error.substr(colon + 2);
  }
  if (p.reason.starts_with("$")) {
    const std::size_t colon = p.reason.find(": ");
    if (colon != std::string::npos) {
      p.field = p.reason.substr(0, colon);
      p.reason = p.reason.substr(colon + 2);
    }
  }
  return p;
}

// CheckAttempt (responses/contact_attempt.h) says what is wrong in a
// sentence; this names the field it is about.
std::string FieldOfRule(std::string_view problem) {
  static constexpr std::pair<std::string_view, std::string_view> kFields[] = {
      {"no id", "$.attempt_id"},           {"versions", "$.version"},
      {"no voter", "$.voter_id"},          {"version was recorded", "$.recorded_unix"},
      {"follow-up time", "$.follow_up.due_unix"}, {"to follow up", "$.follow_up.due_unix"},
      {"time", "$.time_unix"},             {"result code", "$.result"},
      {"language", "$.follow_up.language"}, {"script", "$.script_id"},
      {"answer", "$.answers"},             {"device", "$.device"},
  };
  for (const auto& [words, field] : kFields)
    if (problem.find(words) != std::string_view::npos) return std::string(field);
  return "$";
}

// The first field two versions with the same id and number disagree on.
std::string FirstDifference(const ContactAttempt& a, const ContactAttempt& b) {
  if (a.result != b.result) return "$.result";
  if (a.answers != b.answers) return "$.answers";
  if (a.time_unix != b.time_unix) return "$.time_unix";
  if (a.voter_id != b.voter_id) return "$.voter_id";
  if (a.household_id != b.household_id) return "$.household_id";
  if (a.canvasser != b.canvasser) return "$.canvasser";
  if (a.organization != b.organization) return "$.organization";
  if (a.notes != b.notes) return "$.notes";
  if (a.follow_up != b.follow_up) return "$.follow_up";
  if (a.recorded_unix != b.recorded_unix) return "$.recorded_unix";
  return "$";
}

struct Statements {
  std::unique_ptr<SqlStatement> held, add_org, add_canvasser, add_attempt, add_json, add_answer, unlatest, add_problem;
};

}  // namespace

FileImport CampaignStore::Collect(std::string_view file_name, std::string_view bytes,
                                  std::span<const std::string> secret_keys, const CollectOptions& options) {
  FileImport out;
  auto fail = [&](std::string reason) {
    out.problems.push_back({0, "unreadable", "", "", std::move(reason)});
    out.rejected = 1;
    return out;
  };
  Status status = Status::Ok();
  std::optional<PhoneFile> file = ReadPhoneFile(bytes, secret_keys, status);
  ParsedJsonLines parsed;
  if (file) {
    parsed = ParseJsonLines(file->payload);
    out.device_id = file->device_id;
    out.how_read = file->how_read;
    if (!parsed.header_read) {
      for (const std::string& e : parsed.errors) out.problems.push_back(FromParseError(e));
      out.problems.front().kind = "unreadable";
      out.rejected = 1;
    } else {
      for (const std::string& e : parsed.errors) out.problems.push_back(FromParseError(e));
    }
  } else {
    fail(status.message());
  }

  SqlTransaction transaction(*db_);
  if (!transaction.begun()) return fail(db_->Describe() + ": " + transaction.begun().message());
  // The batch is recorded even for a file that added nothing: what was
  // refused, and why, stays in the store.
  std::int64_t batch = 1;
  if (Status s = RunQuery(*db_, "SELECT MAX(batch_id) FROM import_batches", {},
                          [&](const SqlStatement& row) { batch = row.IsNull(0) ? 1 : row.Int(0) + 1; });
      !s)
    return fail(db_->Describe() + ": " + s.message());
  out.batch_id = batch;
  Statements st;
  auto prepare = [&](std::unique_ptr<SqlStatement>& into, std::string_view sql) {
    if (status) into = db_->Prepare(sql, status);
  };
  prepare(st.held, "SELECT a.version, a.device, j.content FROM attempts a JOIN attempt_json j "
                   "ON j.attempt_id = a.attempt_id AND j.version = a.version WHERE a.attempt_id = ?");
  prepare(st.add_org, "INSERT INTO organizations (name) VALUES (?) ON CONFLICT DO NOTHING");
  prepare(st.add_canvasser, "INSERT INTO canvassers (organization, name) VALUES (?, ?) ON CONFLICT DO NOTHING");
  prepare(st.add_attempt,
          "INSERT INTO attempts (attempt_id, version, batch_id, is_latest, recorded_unix, time_unix, day, voter_id, "
          "household_id, turf_id, door, canvasser, organization, campaign, device, channel, result, script_id, "
          "script_version, language, follow_up_due_unix, follow_up_language, practice, has_location, latitude, "
          "longitude, location_accuracy_m) "
          "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
  prepare(st.add_json, "INSERT INTO attempt_json (attempt_id, version, content) VALUES (?, ?, ?)");
  prepare(st.add_answer, "INSERT INTO answers (attempt_id, version, step_id, value) VALUES (?, ?, ?, ?) "
                         "ON CONFLICT DO NOTHING");
  prepare(st.unlatest, "UPDATE attempts SET is_latest = 0 WHERE attempt_id = ? AND version <> ?");
  prepare(st.add_problem, "INSERT INTO batch_problems (batch_id, seq, line, kind, attempt_id, field, reason) "
                          "VALUES (?, ?, ?, ?, ?, ?, ?)");
  if (!status) return fail(db_->Describe() + ": " + status.message());
  auto run = [&](SqlStatement& s) {
    s.Step();
    if (status && !s.status()) status = s.status();
  };

  // The batch row first: attempts and problems refer to it.
  {
    Status s = Status::Ok();
    auto add = db_->Prepare(
        "INSERT INTO import_batches (batch_id, file_name, device_id, how_read, turf_id, package_id, imported_unix, "
        "added, already_had, rejected, review_state) VALUES (?, ?, ?, ?, ?, ?, ?, 0, 0, 0, 'approved')",
        s);
    if (!add) return fail(db_->Describe() + ": " + s.message());
    add->Bind(1, batch);
    add->Bind(2, file_name);
    add->Bind(3, out.device_id);
    add->Bind(4, out.how_read);
    add->Bind(5, parsed.origin.turf_id);
    add->Bind(6, parsed.origin.package_id);
    add->Bind(7, options.now_unix);
    run(*add);
  }
  if (!out.device_id.empty()) {
    Status s = Status::Ok();
    auto add = db_->Prepare("INSERT INTO devices (device_id, first_batch) VALUES (?, ?) ON CONFLICT DO NOTHING", s);
    if (add) {
      add->Bind(1, out.device_id);
      add->Bind(2, batch);
      run(*add);
    }
  }

  std::string last_organization, last_canvasser;
  bool first = true;
  for (std::size_t i = 0; status && i < parsed.attempts.size(); ++i) {
    const ContactAttempt& a = parsed.attempts[i];
    const std::uint32_t line = parsed.lines[i];
    auto refuse = [&](std::string kind, std::string field, std::string reason) {
      out.problems.push_back({line, std::move(kind), a.attempt_id, std::move(field), std::move(reason)});
    };
    if (const auto problems = CheckAttempt(a); !problems.empty()) {
      refuse("invalid", FieldOfRule(problems.front()), problems.front());
      continue;
    }
    const std::string content = AttemptToJson(a);
    st.held->Reset();
    st.held->Bind(1, a.attempt_id);
    std::uint32_t latest = 0;
    std::string owner, same_version;
    bool have_same = false;
    while (st.held->Step()) {
      const auto v = static_cast<std::uint32_t>(st.held->Int(0));
      latest = std::max(latest, v);
      if (owner.empty()) owner = st.held->Text(1);
      if (v == a.version) {
        have_same = true;
        same_version = st.held->Text(2);
      }
    }
    if (!st.held->status()) {
      status = st.held->status();
      break;
    }
    if (!owner.empty() && !a.device.empty() && owner != a.device) {
      refuse("other_device", "$.device",
             "attempt " + a.attempt_id + " version " + std::to_string(a.version) + " comes from device " + a.device +
                 ", but the store has it from device " + owner + "; refused: the first device's attempt is kept");
      continue;
    }
    if (have_same) {
      if (same_version == content) {
        ++out.already_had;
        continue;
      }
      ParsedJsonLines held = ParseJsonLines("{\"format\":\"puerta-attempts\",\"format_version\":1}\n" + same_version);
      const std::string field = held.attempts.empty() ? "$" : FirstDifference(held.attempts.front(), a);
      refuse("version_differs", field,
             "attempt " + a.attempt_id + " version " + std::to_string(a.version) +
                 " differs from the one already collected (" + field + "); the one collected first was kept");
      continue;
    }
    // The column, not the kept JSON: that stays exactly as the phone wrote it.
    const std::string& organization = a.organization.empty() ? options.default_organization : a.organization;
    if (first || organization != last_organization || a.canvasser != last_canvasser) {
      first = false;  // a file is mostly one canvasser's
      st.add_org->Reset();
      st.add_org->Bind(1, organization);
      run(*st.add_org);
      st.add_canvasser->Reset();
      st.add_canvasser->Bind(1, organization);
      st.add_canvasser->Bind(2, a.canvasser);
      run(*st.add_canvasser);
      last_organization = organization;
      last_canvasser = a.canvasser;
    }
    const bool is_latest = a.version > latest;
    if (is_latest && latest > 0) {
      st.unlatest->Reset();
      st.unlatest->Bind(1, a.attempt_id);
      st.unlatest->Bind(2, a.version);
      run(*st.unlatest);
    }
    SqlStatement& add = *st.add_attempt;
    add.Reset();
    int n = 0;
    add.Bind(++n, a.attempt_id);
    add.Bind(++n, a.version);
    add.Bind(++n, batch);
    add.Bind(++n, is_latest ? 1 : 0);
    add.Bind(++n, a.recorded_unix);
    add.Bind(++n, a.time_unix);
    add.Bind(++n, IsoDate(a.time_unix, options.utc_offset_minutes));
    add.Bind(++n, a.voter_id);
    add.Bind(++n, a.household_id);
    add.Bind(++n, parsed.origin.turf_id);
    add.Bind(++n, a.channel == Channel::kDoor ? parsed.origin.turf_id + "/" + a.household_id : std::string());
    add.Bind(++n, a.canvasser);
    add.Bind(++n, organization);
    add.Bind(++n, a.campaign);
    add.Bind(++n, a.device);
    add.Bind(++n, ChannelKey(a.channel));
    add.Bind(++n, Info(a.result).key);
    add.Bind(++n, a.script_id);
    add.Bind(++n, a.script_version);
    add.Bind(++n, a.language);
    add.Bind(++n, a.follow_up.due_unix);
    add.Bind(++n, a.follow_up.language);
    add.Bind(++n, a.practice ? 1 : 0);
    add.Bind(++n, a.has_location ? 1 : 0);
    add.Bind(++n, a.latitude);
    add.Bind(++n, a.longitude);
    add.Bind(++n, a.location_accuracy_m);
    run(add);
    st.add_json->Reset();
    st.add_json->Bind(1, a.attempt_id);
    st.add_json->Bind(2, a.version);
    st.add_json->Bind(3, content);
    run(*st.add_json);
    for (const auto& [step, values] : a.answers)
      for (const std::string& value : values) {
        st.add_answer->Reset();
        st.add_answer->Bind(1, a.attempt_id);
        st.add_answer->Bind(2, a.version);
        st.add_answer->Bind(3, step);
        st.add_answer->Bind(4, value);
        run(*st.add_answer);
      }
    ++out.added;
  }
  if (!status) {
    FileImport failed;
    failed.problems.push_back({0, "unreadable", "", "", db_->Describe() + ": " + status.message()});
    failed.rejected = 1;
    return failed;  // the transaction rolls back: nothing of this file stays
  }
  if (out.how_read.empty() || !parsed.header_read) {
    out.rejected = 1;
  } else {
    out.rejected = static_cast<std::uint32_t>(out.problems.size());
  }
  std::int64_t seq = 0;
  for (const FileProblem& p : out.problems) {
    st.add_problem->Reset();
    st.add_problem->Bind(1, batch);
    st.add_problem->Bind(2, ++seq);
    st.add_problem->Bind(3, p.line);
    st.add_problem->Bind(4, p.kind);
    st.add_problem->Bind(5, p.attempt_id);
    st.add_problem->Bind(6, p.field);
    st.add_problem->Bind(7, p.reason);
    run(*st.add_problem);
  }
  {
    Status s = Status::Ok();
    auto counts = db_->Prepare("UPDATE import_batches SET added = ?, already_had = ?, rejected = ? WHERE batch_id = ?", s);
    if (counts) {
      counts->Bind(1, out.added);
      counts->Bind(2, out.already_had);
      counts->Bind(3, out.rejected);
      counts->Bind(4, batch);
      run(*counts);
    } else {
      status = s;
    }
  }
  if (status) status = transaction.Commit();
  if (!status) {
    FileImport failed;
    failed.problems.push_back({0, "unreadable", "", "", db_->Describe() + ": " + status.message()});
    failed.rejected = 1;
    return failed;
  }
  return out;
}

}  // namespace puerta::campaign
