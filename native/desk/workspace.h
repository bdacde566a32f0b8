// The organizer's workspace, the desktop app's first window (`puerta`,
// `puerta desk --db CAMPAIGN`): a sidebar (Campaign, Turfs, Results, Review,
// Practice; Ctrl+1..5) and the chosen view beside it, laid out for a laptop
// screen. Campaign opens a campaign store and collects the result files
// dropped on the window; Turfs shows a voter file on a map; Results is the report as a table and charts;
// Review approves or rejects collected files and lists the quality flags;
// Practice opens the canvasser's screens for trainers, in their own window.
#pragma once

#include <functional>
#include <string>

#include "native/desk/campaign_desk.h"
#include "native/desk/results_view.h"
#include "native/desk/review_view.h"
#include "native/desk/turfs_view.h"
#include "native/desktop_window.h"

namespace puerta::desk {

enum class Section { kCampaign, kTurfs, kResults, kReview, kPractice };

// Opens the canvasser's screens (the practice window); returns "" or why not.
using PracticeLauncher = std::function<std::string()>;

class Workspace : public DesktopView {
 public:
  Workspace(std::string language, PracticeLauncher practice);

  void Draw(const Theme& theme) override;
  void NeedGlyphs(GlyphSet& glyphs) const override;
  void FileDropped(const std::string& path) override;

  void Show(Section section) { section_ = section; }
  void SetLanguage(std::string language);
  CampaignDesk& desk() { return desk_; }
  ResultsView& results() { return results_; }
  ReviewView& review() { return review_; }
  TurfsView& turfs() { return turfs_; }

 private:
  void DrawSidebar(const Theme& theme);
  void DrawCampaign(const Theme& theme);
  void DrawPractice(const Theme& theme);

  std::string lang_;
  Section section_ = Section::kCampaign;
  CampaignDesk desk_;
  ResultsView results_;
  ReviewView review_;
  TurfsView turfs_;
  PracticeLauncher practice_;
  std::string path_field_, key_field_;
  std::string practice_message_;
};

}  // namespace puerta::desk
