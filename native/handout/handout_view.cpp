#include "native/handout/handout_view.h"

#include <algorithm>

#include "crypto/package_cipher.h"
#include "i18n/ui_text.h"
#include "imgui.h"
#include "native/cli/qr_code.h"
#include "native/handout/turf_link.h"
#include "ui/widgets.h"

namespace puerta::handout {
namespace {

constexpr UiText kTexts[] = {UiText::kHandOutTitle,    UiText::kHandOutLink,  UiText::kHandOutScan,
                             UiText::kHandOutNotALink, UiText::kHandOutNoKey, UiText::kHandOutKeyOpens,
                             UiText::kHandOutKeyWrong};
constexpr float kMaxCodeSide = 560;  // logical px: a phone reads it from arm's length

}  // namespace

HandoutView::HandoutView(std::string language, std::string link, std::optional<TurfFile> turf)
    : lang_(std::move(language)), link_(std::move(link)), turf_(std::move(turf)) {
  Refresh();
}

void HandoutView::NeedGlyphs(GlyphSet& glyphs) const {
  for (UiText t : kTexts) glyphs.Add(Tr(t, lang_));
  if (turf_) glyphs.Add(turf_->name);
}

void HandoutView::Refresh() {
  shown_for_ = link_;
  code_.reset();
  message_.clear();
  problem_ = false;
  if (link_.empty()) return;
  if (!LooksLikeTurfLink(link_)) {
    message_ = Tr(UiText::kHandOutNotALink, lang_);
    problem_ = true;
    return;
  }
  code_ = cli::QrCodeModules(link_);
  const std::string key = KeyOfLink(link_);
  if (turf_) {
    // A plain package opens without a key; an encrypted one only with its own.
    bool opens = !turf_->bytes.empty() && turf_->bytes.front() == '{';
    if (!opens && !key.empty()) {
      PackageError error = PackageError::kNone;
      opens = DecryptPackage(turf_->bytes, key, error).has_value();
    }
    message_ = FillText(Tr(opens ? UiText::kHandOutKeyOpens : UiText::kHandOutKeyWrong, lang_), turf_->name);
    problem_ = !opens;
  } else if (key.empty()) {
    message_ = Tr(UiText::kHandOutNoKey, lang_);
  }
}

void HandoutView::Draw(const Theme& theme) {
  const ImGuiIO& io = ImGui::GetIO();
  ImGui::SetNextWindowPos(ImVec2(0, 0));
  ImGui::SetNextWindowSize(io.DisplaySize);
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(24, 20));
  ImGui::Begin("##handout", nullptr,
               ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                   ImGuiWindowFlags_NoBringToFrontOnFocus);
  ImGui::PushFont(theme.heading);
  ui::TextColored(theme.colors().text, Tr(UiText::kHandOutTitle, lang_));
  ImGui::PopFont();
  ImGui::Spacing();
  ui::TextField(theme, (std::string(Tr(UiText::kHandOutLink, lang_)) + "##link").c_str(), &link_, "https://",
                false, false, /*password=*/true);
  if (link_ != shown_for_) Refresh();
  if (!message_.empty())
    ui::Paragraph(theme.bold, problem_ ? theme.colors().danger : theme.colors().success, message_);
  ImGui::Spacing();
  if (code_) {
    const float text_room = ImGui::GetFontSize() * 4;
    const ImVec2 room = ImGui::GetContentRegionAvail();
    const float side = std::max(80.0f, std::min({room.x, room.y - text_room, kMaxCodeSide}));
    ImGui::SetCursorPosX(ImGui::GetCursorPosX() + std::max(0.0f, (room.x - side) / 2));
    ui::DrawQrCode(*code_, side, "##qr-code");
    ImGui::Spacing();
    ui::TextColored(theme.colors().muted, Tr(UiText::kHandOutScan, lang_));
  }
  ImGui::End();
  ImGui::PopStyleVar();
}

}  // namespace puerta::handout
