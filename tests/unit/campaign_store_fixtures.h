// Helpers of the campaign store's unit tests (test_campaign_store.cpp,
// test_campaign_exports.cpp), also compiled into puerta_postgres_tests: a
// fresh store on the test connection, attempts at numbered doors, files of
// them, and one-number queries.
#pragma once

#include <doctest/doctest.h>

#include "campaign/campaign_store.h"
#include "campaign_test_connection.h"
#include "export/json_lines.h"

namespace puerta::campaign {

inline constexpr std::int64_t kStart = 1790000000;  // 2026-09-21 14:13:20 UTC
inline const std::string kDeviceA = "aaaaaaaaaaaaaaaa", kDeviceB = "bbbbbbbbbbbbbbbb";

// "h" + 3 -> "h3" (written so: GCC 12 warns, wrongly, on a literal + a temporary string).
inline std::string Numbered(std::string prefix, int n) {
  prefix += std::to_string(n);
  return prefix;
}

// Script "pledge" whose step "support" counts the answer "yes" as a support ID.
inline Script PledgeScript() {
  Script script;
  script.id = "pledge";
  Step support;
  support.id = "support";
  support.support_ids = {"yes"};
  script.steps.push_back(support);
  return script;
}

inline std::unique_ptr<CampaignStore> NewStore() {
  Status status = Status::Ok();
  auto db = NewTestConnection(status);
  REQUIRE(db);
  auto store = CampaignStore::Open(std::move(db), kStart, status);
  REQUIRE_MESSAGE(store, status.message());
  return store;
}

// An attempt at household `door` (its voter is "v" + door) at kStart + seconds.
inline ContactAttempt At(std::string id, int door, ResultCode result, std::int64_t seconds = 0,
                  const std::string& canvasser = "Ana", const std::string& device = kDeviceA) {
  ContactAttempt a;
  a.attempt_id = std::move(id);
  a.household_id = Numbered("h", door);
  a.voter_id = Numbered("v", door);
  a.time_unix = a.recorded_unix = kStart + seconds;
  a.canvasser = canvasser;
  a.organization = "Vecinos";
  a.device = device;
  a.result = result;
  if (result == ResultCode::kCanvassed) {
    a.script_id = "pledge";
    a.answers["support"] = {"yes"};
  }
  if (result == ResultCode::kComeBack) a.follow_up.due_unix = kStart + 86400;
  if (result == ResultCode::kLanguageBarrier) a.follow_up.language = "vi";
  return a;
}

inline std::string File(const std::vector<ContactAttempt>& attempts, const std::string& turf = "east") {
  return ExportJsonLines(attempts, false, {turf, ""});
}

inline FileImport Collect(CampaignStore& store, const std::string& bytes, const std::vector<std::string>& keys = {}) {
  FileImport r = store.Collect("test.jsonl", bytes, keys, {kStart + 7200, 0});
  REQUIRE(store.RefreshChecks().ok());
  return r;
}

inline std::int64_t Count(CampaignStore& store, const std::string& sql) {
  std::int64_t n = -1;
  REQUIRE(RunQuery(store.db(), sql, {}, [&](const SqlStatement& r) { n = r.Int(0); }).ok());
  return n;
}

inline std::vector<std::string> FlagKinds(CampaignStore& store) {
  Status status = Status::Ok();
  std::vector<std::string> kinds;
  for (const QualityFlag& f : store.Flags(status)) kinds.push_back(f.kind);
  REQUIRE(status.ok());
  return kinds;
}

inline ReportRow Total(CampaignStore& store, ReportQuery q = {}) {
  Status status = Status::Ok();
  std::optional<Report> report = store.MakeReport(q, status);
  REQUIRE_MESSAGE(report, status.message());
  return report->rows.back();
}


}  // namespace puerta::campaign
