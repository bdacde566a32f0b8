// libFuzzer target: `puerta collect` (campaign/campaign_store.h) on arbitrary
// bytes, into an in-memory SQLite store. Checks: every refusal has a reason,
// and one naming a line names a line of the file; collecting the same bytes
// again adds nothing and finds everything the first time added; the flags,
// conflicts and report then run without failing, and the report counts no
// more attempts than were added; the exports choose no more than the report
// counts, the lossless export collects back into a fresh store whole, and
// the follow-ups and chart series run. Seeds: tests/data/exports.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string_view>

#include "campaign/campaign_store.h"
#include "campaign/report_charts.h"
#include "campaign/sqlite_connection.h"

namespace {
[[noreturn]] void Fail(const char* what) {
  std::fprintf(stderr, "fuzz_collect: %s\n", what);
  std::abort();
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace puerta::campaign;
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  puerta::Status status = puerta::Status::Ok();
  auto store = CampaignStore::Open(SqliteConnection::OpenInMemory(status), 1790000000, status);
  if (!store) Fail("an in-memory store did not open");
  const CollectOptions options{1790000000, 0, "fuzz"};
  const FileImport first = store->Collect("fuzz.jsonl", bytes, {}, options);
  const auto lines = static_cast<std::uint32_t>(std::count(bytes.begin(), bytes.end(), '\n') + 1);
  for (const FileProblem& p : first.problems) {
    if (p.reason.empty()) Fail("a refusal without a reason");
    if (p.line > lines) Fail("a refusal names a line past the end of the file");
  }
  if (!store->RefreshChecks()) Fail("the checks failed");
  const FileImport again = store->Collect("fuzz.jsonl", bytes, {}, options);
  if (again.added != 0 || again.already_had < first.added) Fail("collecting the same bytes again added something");
  if (!store->RefreshChecks()) Fail("the checks failed the second time");
  store->Flags(status);
  if (!status) Fail("the flags failed");
  store->Conflicts(status);
  if (!status) Fail("the conflicts failed");
  const std::optional<Report> report = store->MakeReport({{"org", "day", "canvasser"}, "", ""}, status);
  if (!report || report->rows.empty()) Fail("the report failed");
  if (report->rows.back().attempts > static_cast<std::int64_t>(first.added)) Fail("the report counts more than was added");
  for (StoreExportKind kind : {StoreExportKind::kResponses, StoreExportKind::kVan}) {
    const std::optional<StoreExport> chosen = store->ExportAttempts(kind, status);
    if (!chosen) Fail("an export failed");
    if (static_cast<std::int64_t>(chosen->attempts.size()) > report->rows.back().attempts) Fail("an export holds more than the report counts");
  }
  const std::optional<std::vector<LosslessFile>> all = store->ExportAllVersions(status);
  if (!all) Fail("the lossless export failed");
  auto copy = CampaignStore::Open(SqliteConnection::OpenInMemory(status), 1790000000, status);
  if (!copy) Fail("a second in-memory store did not open");
  std::uint32_t back = 0;
  for (const LosslessFile& f : *all) {
    const FileImport r = copy->Collect("lossless.jsonl", f.text, {}, options);
    if (r.rejected != 0) Fail("a line of the lossless export was refused");
    back += r.added;
  }
  if (back != first.added) Fail("the lossless export did not collect back whole");
  store->FollowUps("", status);
  if (!status) Fail("the follow-ups failed");
  if (!MakeReportCharts(*store, {}, status)) Fail("the chart series failed");
  return 0;
}
