#include "native/cli/campaign_store_file.h"

#include <ctime>
#include <filesystem>
#include <ostream>

#include "campaign/postgres_connection.h"
#include "native/cli/campaign_store_postgres.h"

namespace puerta::cli {

std::int64_t NowUnix() { return static_cast<std::int64_t>(std::time(nullptr)); }

std::unique_ptr<campaign::CampaignStore> OpenCampaignStore(const std::string& path, bool create, std::ostream& err) {
  if (campaign::IsPostgresUrl(path)) return OpenPostgresCampaignStore(path, create, err);
  std::error_code ec;
  if (!create && !std::filesystem::exists(path, ec)) {
    err << "puerta: " << path << ": no campaign store there (puerta collect --db " << path << " FILE... makes one)\n";
    return nullptr;
  }
  Status status = Status::Ok();
  std::unique_ptr<campaign::CampaignStore> store = campaign::CampaignStore::OpenFile(path, NowUnix(), status);
  if (!store) err << "puerta: " << status.message() << "\n";
  return store;
}

}  // namespace puerta::cli
