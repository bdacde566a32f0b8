// Opening a campaign store on a coalition's PostgreSQL server: what --db
// postgresql://USER@HOST[:PORT]/DB (or postgres://) opens.
#pragma once

#include <iosfwd>
#include <memory>
#include <string>

#include "campaign/campaign_store.h"

namespace puerta::cli {

// `create` as in OpenCampaignStore: the server's database must exist (an
// organizer or its administrator creates it); `create` says whether a
// database without the store's tables gets them, or is refused as "no
// campaign store there" (a typo in the name must not report on nothing).
std::unique_ptr<campaign::CampaignStore> OpenPostgresCampaignStore(const std::string& url, bool create,
                                                                   std::ostream& err);

}  // namespace puerta::cli
