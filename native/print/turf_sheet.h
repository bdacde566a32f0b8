// The turf sheet: one page an organizer hands a canvasser with the turf.
// What the turf is (name, organization, campaign, doors and people, the
// languages its voters speak), the link as a QR code and as text, and how to
// canvass it, in each of the sheet's languages side by side.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "native/print/paper.h"
#include "util/qr_modules.h"
#include "turf/turf_package.h"

namespace puerta::print {

// The PDF, or nothing with the reason in `why`. `link` may be empty (a turf
// printed from the organizer's files before it has a link): the QR code and
// link are then left out. The package format has no expiry date yet, so
// none is printed.
std::optional<std::string> TurfSheetPdf(const TurfPackage& turf, std::string_view link, const QrModules* qr,
                                        const PrintOptions& options, std::string& why);

}  // namespace puerta::print
