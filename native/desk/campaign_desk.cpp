#include "native/desk/campaign_desk.h"

#include <filesystem>
#include <sstream>

#include "native/cli/campaign_store_file.h"
#include "native/cli/files.h"

namespace puerta::desk {
namespace {

std::string FileName(const std::string& path) { return std::filesystem::path(path).filename().string(); }

}  // namespace

std::string DeskMessage(std::string message) {
  if (message.rfind("puerta: ", 0) == 0) message.erase(0, 8);
  while (!message.empty() && message.back() == '\n') message.pop_back();
  return message;
}

bool CampaignDesk::Open(const std::string& path) {
  std::ostringstream why;
  std::unique_ptr<campaign::CampaignStore> store = cli::OpenCampaignStore(path, /*create=*/true, why);
  if (!store) {
    problem_ = DeskMessage(why.str());
    return false;
  }
  store_ = std::move(store);
  path_ = path;
  problem_.clear();
  log_.clear();
  ++revision_;
  return true;
}

const CollectedFile& CampaignDesk::Collect(const std::string& file_path) {
  CollectedFile& entry = log_.emplace_back();
  entry.name = FileName(file_path);
  std::ostringstream why;
  std::string bytes;
  std::vector<std::string> keys;
  if (!store_) {
    entry.problem = "no campaign is open";
  } else if (!cli::ReadFile(file_path, bytes, why)) {
    entry.problem = DeskMessage(why.str());
  } else if (!key_file_.empty() && !cli::ReadFile(key_file_, keys.emplace_back(), why)) {
    entry.problem = DeskMessage(why.str());
  } else {
    const campaign::CollectOptions options{cli::NowUnix(), 0, ""};
    entry.result = store_->Collect(entry.name, bytes, keys, options);
    entry.collected = entry.result.rejected == 0 || entry.result.added + entry.result.already_had > 0;
    if (Status s = store_->RefreshChecks(); !s) entry.problem = s.message();
    ++revision_;
  }
  return entry;
}

bool CampaignDesk::ReviewBatch(std::int64_t batch_id, campaign::ReviewAction action) {
  if (!store_) return false;
  Status status = Status::Ok();
  store_->ReviewBatch(batch_id, action, cli::NowUnix(), status);
  ++revision_;
  if (!status) problem_ = status.message();
  return static_cast<bool>(status);
}

bool CampaignDesk::ConfirmResult(const std::string& attempt_id) {
  if (!store_) return false;
  const Status status = store_->Review(attempt_id, campaign::ReviewAction::kConfirm, cli::NowUnix());
  ++revision_;
  if (!status) problem_ = status.message();
  return static_cast<bool>(status);
}

std::optional<campaign::Report> CampaignDesk::MakeReport(const campaign::ReportQuery& query) {
  if (!store_) return std::nullopt;
  Status status = Status::Ok();
  std::optional<campaign::Report> report = store_->MakeReport(query, status);
  if (!status) problem_ = status.message();
  return report;
}

std::optional<campaign::ReportCharts> CampaignDesk::MakeCharts(const campaign::ReportQuery& query) {
  if (!store_) return std::nullopt;
  Status status = Status::Ok();
  std::optional<campaign::ReportCharts> charts = campaign::MakeReportCharts(*store_, query, status);
  if (!status) problem_ = status.message();
  return charts;
}

const std::vector<campaign::Batch>& CampaignDesk::Batches() {
  if (batches_at_ == revision_) return batches_;
  batches_at_ = revision_;
  batches_.clear();
  if (!store_) return batches_;
  Status status = Status::Ok();
  batches_ = store_->Batches(status);
  if (!status) problem_ = status.message();
  return batches_;
}

std::vector<campaign::QualityFlag> CampaignDesk::Flags() {
  if (!store_) return {};
  Status status = Status::Ok();
  std::vector<campaign::QualityFlag> flags = store_->Flags(status);
  if (!status) problem_ = status.message();
  return flags;
}

}  // namespace puerta::desk
