#include "native/cli/campaign_store_postgres.h"

#include <ostream>

#include "campaign/postgres_connection.h"
#include "campaign/schema.h"
#include "native/cli/campaign_store_file.h"

namespace puerta::cli {

std::unique_ptr<campaign::CampaignStore> OpenPostgresCampaignStore(const std::string& url, bool create,
                                                                   std::ostream& err) {
  Status status = Status::Ok();
  std::unique_ptr<campaign::PostgresConnection> db = campaign::PostgresConnection::Open(url, status);
  if (!db) {
    err << "puerta: " << status.message() << "\n";
    return nullptr;
  }
  if (!create && campaign::SchemaVersionOf(*db) == 0) {
    const std::string shown = db->Describe();
    err << "puerta: " << shown << ": no campaign store there (puerta collect --db '" << shown
        << "' FILE... makes one)\n";
    return nullptr;
  }
  std::unique_ptr<campaign::CampaignStore> store = campaign::CampaignStore::Open(std::move(db), NowUnix(), status);
  if (!store) err << "puerta: " << status.message() << "\n";
  return store;
}

}  // namespace puerta::cli
