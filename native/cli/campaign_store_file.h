// Opening the campaign store named by --db, the same way in every command.
#pragma once

#include <cstdint>
#include <iosfwd>
#include <memory>
#include <string>

#include "campaign/campaign_store.h"

namespace puerta::cli {

// `create`: collect makes a new store; the other commands refuse a path
// where there is none (a typo would otherwise report on an empty campaign).
std::unique_ptr<campaign::CampaignStore> OpenCampaignStore(const std::string& path, bool create, std::ostream& err);

std::int64_t NowUnix();

}  // namespace puerta::cli
