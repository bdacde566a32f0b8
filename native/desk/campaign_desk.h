// The campaign the organizer's desk works on: the open campaign store
// (core/campaign, a SQLite file or a PostgreSQL address), the secret key
// that opens sealed results, and what happened to each file collected in
// this session. The one owner of that state: the workspace's views ask it
// for what to show and tell it what the organizer did; `revision()` moves
// on every change, so a view re-reads the store only when it must.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "campaign/campaign_store.h"
#include "campaign/report_charts.h"

namespace puerta::desk {

// A message the command line's helpers wrote ("puerta: cannot read x.csv: ...\n")
// as the desk shows it: without the program's name and the line end.
std::string DeskMessage(std::string message);

// One line of the collect log: a file dropped on the window and its outcome.
struct CollectedFile {
  std::string name;  // the file's name, no folder
  bool collected = false;
  campaign::FileImport result;
  std::string problem;  // why it was not collected at all (unreadable key, store error)
};

class CampaignDesk {
 public:
  // Opens (or, for a new file name, creates) the campaign at `path`. False
  // with problem() saying why; the campaign open before stays open.
  bool Open(const std::string& path);
  bool is_open() const { return store_ != nullptr; }
  const std::string& path() const { return path_; }
  const std::string& problem() const { return problem_; }

  // The organizer's secret key file for sealed results (`puerta keys new`).
  // Read at each collect, never kept in memory longer.
  void SetSecretKeyFile(std::string path) { key_file_ = std::move(path); }
  const std::string& secret_key_file() const { return key_file_; }

  // One phone file into the store, as `puerta collect` does (whole or not
  // at all, idempotent), then the quality checks again.
  const CollectedFile& Collect(const std::string& file_path);
  const std::vector<CollectedFile>& collect_log() const { return log_; }

  // approve or reject every attempt of one collected file.
  bool ReviewBatch(std::int64_t batch_id, campaign::ReviewAction action);

  // confirm a permanent result (Deceased, Moved, Hostile) so it may reach a VAN export.
  bool ConfirmResult(const std::string& attempt_id);

  std::optional<campaign::Report> MakeReport(const campaign::ReportQuery& query);
  // The report's chart series, as the printed report draws them (campaign/report_charts.h).
  std::optional<campaign::ReportCharts> MakeCharts(const campaign::ReportQuery& query);
  // The collected files, read again only after a change (revision()).
  const std::vector<campaign::Batch>& Batches();
  std::vector<campaign::QualityFlag> Flags();

  // Moves on each open, collect and review.
  std::uint64_t revision() const { return revision_; }

 private:
  std::unique_ptr<campaign::CampaignStore> store_;
  std::string path_, problem_, key_file_;
  std::vector<CollectedFile> log_;
  std::vector<campaign::Batch> batches_;
  std::uint64_t batches_at_ = ~std::uint64_t{0};
  std::uint64_t revision_ = 0;
};

}  // namespace puerta::desk
