#include "campaign/campaign_store.h"

#include "campaign/schema.h"
#include "campaign/sqlite_connection.h"
#include "script/script_parse.h"

namespace puerta::campaign {

Status RunQuery(SqlConnection& db, std::string_view sql, const std::vector<std::string>& params,
                const std::function<void(const SqlStatement&)>& row) {
  Status status = Status::Ok();
  auto query = db.Prepare(sql, status);
  if (!query) return status;
  for (std::size_t i = 0; i < params.size(); ++i) query->Bind(static_cast<int>(i + 1), params[i]);
  while (query->Step())
    if (row) row(*query);
  return query->status();
}

std::unique_ptr<CampaignStore> CampaignStore::Open(std::unique_ptr<SqlConnection> db, std::int64_t now_unix,
                                                   Status& status) {
  status = MigrateTo(*db, LatestSchemaVersion(), now_unix);
  if (!status) return nullptr;
  return std::unique_ptr<CampaignStore>(new CampaignStore(std::move(db)));
}

std::unique_ptr<CampaignStore> CampaignStore::OpenFile(const std::string& path, std::int64_t now_unix,
                                                       Status& status) {
  std::unique_ptr<SqliteConnection> db = SqliteConnection::Open(path, status);
  if (!db) return nullptr;
  return Open(std::move(db), now_unix, status);
}

Status CampaignStore::AddScript(const Script& script, std::string_view source) {
  Status status = Status::Ok();
  if (!source.empty()) {
    auto keep = db_->Prepare("INSERT INTO scripts (script_id, version, source, added_unix) VALUES (?, ?, ?, 0) "
                             "ON CONFLICT DO NOTHING",
                             status);
    if (!keep) return status;
    keep->Bind(1, script.id);
    keep->Bind(2, script.version);
    keep->Bind(3, source);
    if (keep->Step(); !keep->status()) return keep->status();
  }
  auto insert = db_->Prepare(
      "INSERT INTO script_support_ids (script_id, step_id, value) VALUES (?, ?, ?) ON CONFLICT DO NOTHING", status);
  if (!insert) return status;
  for (const Step& step : script.steps)
    for (const std::string& value : step.support_ids) {
      insert->Reset();
      insert->Bind(1, script.id);
      insert->Bind(2, step.id);
      insert->Bind(3, value);
      if (insert->Step(); !insert->status()) return insert->status();
    }
  return Status::Ok();
}

std::vector<Script> CampaignStore::Scripts(Status& status) {
  std::vector<Script> scripts;
  std::string damaged;
  status = RunQuery(*db_, "SELECT script_id, version, source FROM scripts ORDER BY script_id, version", {},
                    [&](const SqlStatement& r) {
                      Script script;
                      if (CheckScript(r.Text(2), &script).empty()) scripts.push_back(std::move(script));
                      else if (damaged.empty()) damaged = r.Text(0);
                    });
  // Checked when it was added: a script that no longer reads is a damaged store.
  if (status && !damaged.empty())
    status = Status::Fail(db_->Describe() + ": the script " + damaged + " kept in the store no longer reads");
  return scripts;
}

Status CampaignStore::AddTurf(const TurfPackage& turf, std::int64_t now_unix) {
  SqlTransaction transaction(*db_);
  if (!transaction.begun()) return transaction.begun();
  Status status = Status::Ok();
  auto add_turf = db_->Prepare(
      "INSERT INTO turfs (turf_id, package_id, name, campaign, organization, utc_offset_minutes, imported_unix) "
      "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
      status);
  auto add_household = db_->Prepare(
      "INSERT INTO households (turf_id, household_id, address, latitude, longitude) VALUES (?, ?, ?, ?, ?) "
      "ON CONFLICT DO NOTHING",
      status);
  auto add_voter = db_->Prepare(
      "INSERT INTO voters (turf_id, voter_id, household_id, first_name, last_name, phone, preferred_language) "
      "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
      status);
  if (!add_turf || !add_household || !add_voter) return status;
  add_turf->Bind(1, turf.turf_id);
  add_turf->Bind(2, turf.package_id);
  add_turf->Bind(3, turf.name);
  add_turf->Bind(4, turf.campaign);
  add_turf->Bind(5, turf.organization);
  add_turf->Bind(6, static_cast<std::int64_t>(turf.utc_offset_minutes));
  add_turf->Bind(7, now_unix);
  if (add_turf->Step(); !add_turf->status()) return add_turf->status();
  for (const Household& h : turf.walk_list.households) {
    add_household->Reset();
    add_household->Bind(1, turf.turf_id);
    add_household->Bind(2, h.id);
    add_household->Bind(3, h.address.display);
    if (h.location) {
      add_household->Bind(4, h.location->lat);
      add_household->Bind(5, h.location->lon);
    } else {
      add_household->BindNull(4);
      add_household->BindNull(5);
    }
    if (add_household->Step(); !add_household->status()) return add_household->status();
    for (const Voter& v : h.voters) {
      add_voter->Reset();
      add_voter->Bind(1, turf.turf_id);
      add_voter->Bind(2, v.id);
      add_voter->Bind(3, h.id);
      add_voter->Bind(4, v.first_name);
      add_voter->Bind(5, v.last_name);
      add_voter->Bind(6, v.phone);
      add_voter->Bind(7, v.preferred_language);
      if (add_voter->Step(); !add_voter->status()) return add_voter->status();
    }
  }
  for (std::size_t i = 0; i < turf.scripts.size(); ++i)
    if (Status s = AddScript(turf.scripts[i], i < turf.script_sources.size() ? turf.script_sources[i] : ""); !s)
      return s;
  return transaction.Commit();
}

}  // namespace puerta::campaign
