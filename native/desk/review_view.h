// The desk's Review view: every collected file with its review state
// (approved unless a quality flag stands on it; the organizer's decision
// overrides), approve or reject a whole file with one click, and the
// quality flags with the figures behind each.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "campaign/campaign_store.h"
#include "native/desk/campaign_desk.h"
#include "ui/glyph_set.h"
#include "ui/theme.h"

namespace puerta::desk {

class ReviewView {
 public:
  explicit ReviewView(std::string language) : lang_(std::move(language)) {}
  void set_language(std::string language) { lang_ = std::move(language); }

  void Draw(const Theme& theme, CampaignDesk& desk);
  void NeedGlyphs(GlyphSet& glyphs) const;

  const std::vector<campaign::Batch>& batches() const { return batches_; }
  const std::vector<campaign::QualityFlag>& flags() const { return flags_; }

 private:
  void DrawBatches(const Theme& theme, CampaignDesk& desk);
  void DrawFlags(const Theme& theme, CampaignDesk& desk);

  std::string lang_;
  std::uint64_t read_at_ = ~std::uint64_t{0};
  std::vector<campaign::Batch> batches_;
  std::vector<campaign::QualityFlag> flags_;
};

}  // namespace puerta::desk
