// The "Hand out a turf" window's content (`puerta handout`): an organizer
// pastes a turf's link (or pipes in what `puerta package` printed) and the
// window shows it as a QR code, drawn with ImGui rectangles
// (ui/qr_view.h), for the canvasser's phone camera to read off the screen.
// With a .turf file given it also says whether the link's key opens that file.
// The link holds the package's key: the field masks it, and nothing here
// prints or logs it.
#pragma once

#include <optional>
#include <string>

#include "ui/glyph_set.h"
#include "ui/qr_view.h"
#include "ui/theme.h"

namespace puerta::handout {

struct TurfFile {
  std::string name;   // as shown: the file's name, no folder
  std::string bytes;  // the package as written (encrypted or plain)
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

 private:
  void Refresh();  // after the link changed: the code and what to say about it

  std::string lang_;
  std::string link_;
  std::string shown_for_;  // the link the code and message were made for
  std::optional<TurfFile> turf_;
  std::optional<QrModules> code_;
  std::string message_;
  bool problem_ = false;
};

}  // namespace puerta::handout
