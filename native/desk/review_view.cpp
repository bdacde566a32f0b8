#include "native/desk/review_view.h"

#include <algorithm>

#include "i18n/desk_text.h"
#include "i18n/ui_text.h"
#include "imgui.h"

namespace puerta::desk {
namespace {

DeskText StateText(const std::string& state) {
  if (state == "rejected") return DeskText::kRejected;
  if (state == "has_issues") return DeskText::kHasIssues;
  return DeskText::kApproved;
}

DeskText FlagText(const std::string& kind) {
  if (kind == "contact_rate") return DeskText::kFlagContactRate;
  if (kind == "fast_doors") return DeskText::kFlagFastDoors;
  if (kind == "location_far") return DeskText::kFlagLocationFar;
  if (kind == "location_missing") return DeskText::kFlagLocationMissing;
  if (kind == "location_inaccurate") return DeskText::kFlagLocationInaccurate;
  return DeskText::kFlagPermanentResult;
}

}  // namespace

void ReviewView::NeedGlyphs(GlyphSet& glyphs) const {
  for (const campaign::Batch& b : batches_) glyphs.Add(b.file_name);
  for (const campaign::QualityFlag& f : flags_) {
    glyphs.Add(f.organization);
    glyphs.Add(f.canvasser);
    glyphs.Add(f.detail);
  }
}

void ReviewView::Draw(const Theme& theme, CampaignDesk& desk) {
  if (read_at_ != desk.revision()) {
    batches_ = desk.Batches();
    flags_ = desk.Flags();
    read_at_ = desk.revision();
  }
  ImGui::PushFont(theme.heading);
  ImGui::TextUnformatted(Tr(DeskText::kReview, lang_).data());
  ImGui::PopFont();
  DrawBatches(theme, desk);
  ImGui::Spacing();
  DrawFlags(theme, desk);
}

void ReviewView::DrawBatches(const Theme& theme, CampaignDesk& desk) {
  ImGui::PushFont(theme.bold);
  ImGui::TextUnformatted(Tr(DeskText::kCollectedFiles, lang_).data());
  ImGui::PopFont();
  if (batches_.empty()) {
    ImGui::TextDisabled("%s", Tr(DeskText::kNoResultsYet, lang_).data());
    return;
  }
  const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersOuter | ImGuiTableFlags_BordersInnerV |
                                ImGuiTableFlags_ScrollY | ImGuiTableFlags_SizingStretchProp;
  const float height = std::min(ImGui::GetContentRegionAvail().y * 0.5f,
                                ImGui::GetFrameHeightWithSpacing() * (static_cast<float>(batches_.size()) + 1.5f));
  if (!ImGui::BeginTable("##batches", 6, flags, ImVec2(0, height))) return;
  ImGui::TableSetupScrollFreeze(0, 1);
  ImGui::TableSetupColumn("#", ImGuiTableColumnFlags_WidthFixed);
  ImGui::TableSetupColumn(Tr(DeskText::kFile, lang_).data(), ImGuiTableColumnFlags_WidthStretch, 3);
  ImGui::TableSetupColumn(Tr(DeskText::kDevice, lang_).data(), ImGuiTableColumnFlags_WidthStretch, 2);
  ImGui::TableSetupColumn(Tr(DeskText::kNewResults, lang_).data(), ImGuiTableColumnFlags_WidthFixed);
  ImGui::TableSetupColumn(Tr(DeskText::kState, lang_).data(), ImGuiTableColumnFlags_WidthStretch, 1.5f);
  ImGui::TableSetupColumn("##actions", ImGuiTableColumnFlags_WidthFixed);
  ImGui::TableHeadersRow();
  std::int64_t decided = 0;
  campaign::ReviewAction action = campaign::ReviewAction::kApprove;
  for (const campaign::Batch& b : batches_) {
    ImGui::PushID(static_cast<int>(b.batch_id));
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    ImGui::AlignTextToFramePadding();
    ImGui::Text("%lld", static_cast<long long>(b.batch_id));
    ImGui::TableNextColumn();
    // The file's name; where it was collected from on hover.
    const std::size_t slash = b.file_name.find_last_of('/');
    ImGui::TextUnformatted(b.file_name.c_str() + (slash == std::string::npos ? 0 : slash + 1));
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", b.file_name.c_str());
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(b.device_id.substr(0, 12).c_str());
    ImGui::TableNextColumn();
    ImGui::Text("%lld", static_cast<long long>(b.added));
    ImGui::TableNextColumn();
    const DeskText state = StateText(b.review_state);
    const ImU32 color = state == DeskText::kApproved   ? theme.colors().success
                        : state == DeskText::kRejected ? theme.colors().muted
                                                       : theme.colors().danger;
    ImGui::TextColored(ImGui::ColorConvertU32ToFloat4(color), "%s", Tr(state, lang_).data());
    ImGui::TableNextColumn();
    if (b.added > 0) {
      if (ImGui::SmallButton(Tr(DeskText::kApproveFile, lang_).data())) decided = b.batch_id;
      ImGui::SameLine();
      if (ImGui::SmallButton(Tr(DeskText::kRejectFile, lang_).data())) {
        decided = b.batch_id;
        action = campaign::ReviewAction::kReject;
      }
    }
    ImGui::PopID();
  }
  ImGui::EndTable();
  if (decided) desk.ReviewBatch(decided, action);  // after the table: the list is read again next frame
}

void ReviewView::DrawFlags(const Theme& theme, CampaignDesk& desk) {
  ImGui::PushFont(theme.bold);
  ImGui::TextUnformatted(Tr(DeskText::kQualityFlags, lang_).data());
  ImGui::PopFont();
  // One line per kind of flag and canvasser (a missing location is flagged
  // per attempt: forty lines would hide the one that matters), with how many
  // results stand behind it, and the figures when it is a single flag.
  struct Line {
    const campaign::QualityFlag* first;
    std::size_t flags = 0, results = 0;
  };
  std::vector<Line> lines;
  for (const campaign::QualityFlag& f : flags_) {
    if (f.cleared) continue;
    auto same = [&](const Line& l) {  // each permanent result stays alone: each is confirmed on its own
      return f.kind != "permanent_result" && l.first->kind == f.kind && l.first->organization == f.organization && l.first->canvasser == f.canvasser;
    };
    auto it = std::find_if(lines.begin(), lines.end(), same);
    if (it == lines.end()) it = lines.insert(lines.end(), Line{&f});
    ++it->flags;
    it->results += f.attempt_ids.size();
  }
  if (lines.empty()) ImGui::TextDisabled("%s", Tr(DeskText::kNoFlags, lang_).data());
  ImGui::BeginChild("##flags", ImVec2(0, 0), false);
  std::string confirm;
  for (const Line& line : lines) {
    const campaign::QualityFlag& f = *line.first;
    ImGui::Bullet();
    ImGui::TextColored(ImGui::ColorConvertU32ToFloat4(theme.colors().danger), "%s", Tr(FlagText(f.kind), lang_).data());
    ImGui::SameLine();
    const std::string who = f.organization + (f.canvasser.empty() ? "" : " / " + f.canvasser);
    const std::string count = FormatText(Tr(DeskText::kFlaggedResults, lang_), static_cast<unsigned>(line.results));
    // A permanent result is confirmed here, one attempt at a time, before a VAN export takes it.
    if (f.kind == "permanent_result" && f.attempt_ids.size() == 1) {
      ImGui::PushID(f.flag_id.c_str());
      if (ImGui::SmallButton(Tr(DeskText::kConfirmResult, lang_).data())) confirm = f.attempt_ids.front();
      ImGui::PopID();
      ImGui::SameLine();
    }
    if (line.flags == 1) ImGui::TextWrapped("%s · %s · %s", who.c_str(), count.c_str(), f.detail.c_str());
    else ImGui::TextWrapped("%s · %s", who.c_str(), count.c_str());
  }
  ImGui::EndChild();
  if (!confirm.empty()) desk.ConfirmResult(confirm);
}

}  // namespace puerta::desk
