// The "Hand out a turf" window's content (`puerta handout`): an organizer
// pastes a turf's link (or pipes in what `puerta package` printed) and the
// window shows it as a QR code, drawn with ImGui rectangles
// (ui/qr_view.h), for the canvasser's phone camera to read off the screen.
// With a .turf file given it also says whether the link's key opens that file
// and, when it does, offers to print the turf's sheets beside it
// (native/handout/print_sheets.h) on the paper and in the languages chosen.
// The link holds the package's key: the field masks it, and nothing here
// prints or logs it.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "native/handout/print_sheets.h"

#include "ui/glyph_set.h"
#include "ui/qr_view.h"
#include "ui/theme.h"

namespace puerta::handout {

struct TurfFile {
  std::string name;   // as shown: the file's name, no folder
  std::string bytes;  // the package as written (encrypted or plain)
  std::string path;   // where it is: the printed sheets go beside it (empty: no Print)
};

class HandoutView {
 public:
  HandoutView(std::string language, std::string link, std::optional<TurfFile> turf = std::nullopt);

  // One full-window frame (between ImGui::NewFrame and ImGui::Render).
  void Draw(const Theme& theme);
  // The characters beyond Latin this window draws in its language.
  void NeedGlyphs(GlyphSet& glyphs) const;

  // What the window shows now, for tests.
  const std::optional<QrModules>& code() const { return code_; }
  const std::string& message() const { return message_; }
  bool message_is_problem() const { return problem_; }
  // Printing: what can be chosen and what the Print button does.
  const std::vector<std::string>& print_languages() const { return print_languages_; }
  void ChoosePaper(print::Paper paper) { paper_ = paper; }
  void ChooseLanguage(std::size_t index, bool chosen) { chosen_.at(index) = chosen; }
  bool CanPrint() const;
  void Print();
  const std::optional<PrintedSheets>& printed() const { return printed_; }

 private:
  void Refresh();  // after the link changed: the code and what to say about it
  void DrawPrint(const Theme& theme);

  std::string lang_;
  std::string link_;
  std::string shown_for_;  // the link the code and message were made for
  std::optional<TurfFile> turf_;
  std::optional<QrModules> code_;
  std::string message_;
  bool problem_ = false;
  bool opens_ = false;  // the link opens turf_
  print::Paper paper_ = print::Paper::kLetter;
  std::vector<std::string> print_languages_;  // the scripts' languages, offered to tick
  std::vector<bool> chosen_;                  // ticked, as print_languages_
  std::optional<PrintedSheets> printed_;      // the last Print, until the link changes
};

}  // namespace puerta::handout
