#include "native/handout/handout_view.h"

#include <algorithm>
#include <filesystem>

#include "crypto/package_cipher.h"
#include "i18n/ui_text.h"
#include "imgui.h"
#include "native/cli/qr_code.h"
#include "native/handout/turf_link.h"
#include "ui/widgets.h"

namespace puerta::handout {
namespace {

constexpr UiText kTexts[] = {UiText::kHandOutTitle,         UiText::kHandOutLink,        UiText::kHandOutScan,
                             UiText::kHandOutNotALink,      UiText::kHandOutNoKey,       UiText::kHandOutKeyOpens,
                             UiText::kHandOutKeyWrong,      UiText::kHandOutPaper,       UiText::kHandOutPaperLetter,
                             UiText::kHandOutPrintLanguages, UiText::kHandOutPrint,      UiText::kHandOutPrinted,
                             UiText::kHandOutPrintFailed};

// A language as its speakers write it ("Español", "中文"), else its code.
std::string LanguageLabel(const std::string& code) {
  for (const auto& languages : {UiLanguages(), HeardLanguages()})
    for (const UiLanguage& language : languages)
      if (language.code == code) return std::string(language.native_name);
  return code;
}
constexpr float kMaxCodeSide = 560;  // logical px: a phone reads it from arm's length

}  // namespace

HandoutView::HandoutView(std::string language, std::string link, std::optional<TurfFile> turf)
    : lang_(std::move(language)), link_(std::move(link)), turf_(std::move(turf)) {
  Refresh();
}

void HandoutView::NeedGlyphs(GlyphSet& glyphs) const {
  for (UiText t : kTexts) glyphs.Add(Tr(t, lang_));
  if (turf_) glyphs.Add(turf_->name);
  for (const std::string& code : print_languages_) glyphs.Add(LanguageLabel(code));
  if (printed_) {
    glyphs.Add(printed_->folder);
    glyphs.Add(printed_->problem);
    for (const std::string& file : printed_->files) glyphs.Add(file);
  }
}

bool HandoutView::CanPrint() const {
  return opens_ && !turf_->path.empty() && std::find(chosen_.begin(), chosen_.end(), true) != chosen_.end();
}

void HandoutView::Print() {
  if (!CanPrint()) return;
  PrintRequest request{turf_->path, turf_->bytes, link_, {paper_, {}}};
  for (std::size_t i = 0; i < print_languages_.size(); ++i)
    if (chosen_[i]) request.options.languages.push_back(print_languages_[i]);
  printed_ = PrintTurfSheets(request);
}

void HandoutView::Refresh() {
  shown_for_ = link_;
  code_.reset();
  message_.clear();
  problem_ = false;
  opens_ = false;
  printed_.reset();
  print_languages_.clear();
  chosen_.clear();
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
    opens_ = opens;
    if (opens && !turf_->path.empty()) {
      print_languages_ = PrintableLanguages(turf_->bytes, link_);
      chosen_.assign(print_languages_.size(), true);
    }
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
  if (opens_ && !turf_->path.empty()) DrawPrint(theme);
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

void HandoutView::DrawPrint(const Theme& theme) {
  ui::TextColored(theme.colors().muted, Tr(UiText::kHandOutPaper, lang_));
  const float half = (ImGui::GetContentRegionAvail().x - ImGui::GetStyle().ItemSpacing.x) / 2;
  if (ui::ChoiceButton(theme, "A4##paper-a4", paper_ == print::Paper::kA4, half, 40)) paper_ = print::Paper::kA4;
  ImGui::SameLine();
  const std::string letter = std::string(Tr(UiText::kHandOutPaperLetter, lang_)) + "##paper-letter";
  if (ui::ChoiceButton(theme, letter.c_str(), paper_ == print::Paper::kLetter, half, 40))
    paper_ = print::Paper::kLetter;
  ui::TextColored(theme.colors().muted, Tr(UiText::kHandOutPrintLanguages, lang_));
  // As many to a line as fit: six languages do not fit on one.
  const ImGuiStyle& style = ImGui::GetStyle();
  const float room = ImGui::GetContentRegionAvail().x;
  float line = 0;
  for (std::size_t i = 0; i < print_languages_.size(); ++i) {
    const std::string name = LanguageLabel(print_languages_[i]);
    const float width = ImGui::GetFrameHeight() + style.ItemInnerSpacing.x + ImGui::CalcTextSize(name.c_str()).x;
    if (i > 0 && line + style.ItemSpacing.x + width <= room) {
      ImGui::SameLine();
      line += style.ItemSpacing.x + width;
    } else {
      line = width;
    }
    const std::string label = name + "##language-" + print_languages_[i];
    bool chosen = chosen_[i];
    if (ImGui::Checkbox(label.c_str(), &chosen)) chosen_[i] = chosen;
  }
  ImGui::BeginDisabled(!CanPrint());
  if (ui::SecondaryButton(theme, (std::string(Tr(UiText::kHandOutPrint, lang_)) + "##print").c_str())) Print();
  ImGui::EndDisabled();
  if (printed_) {
    if (printed_->problem.empty()) {
      ui::Paragraph(theme.bold, theme.colors().success, FillText(Tr(UiText::kHandOutPrinted, lang_), printed_->folder));
      for (const std::string& file : printed_->files)
        ui::TextColored(theme.colors().text, std::filesystem::path(file).filename().string());
    } else {
      ui::Paragraph(theme.bold, theme.colors().danger, FillText(Tr(UiText::kHandOutPrintFailed, lang_), printed_->problem));
    }
  }
  ImGui::Spacing();
}

}  // namespace puerta::handout
