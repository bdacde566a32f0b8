// Widgets sized for thumbs: every tappable thing is at least
// Theme::kTouchTarget tall, and labels are the words the canvasser reads.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "imgui.h"
#include "ui/theme.h"

namespace puerta::ui {

// Small drawn icons (lines and triangles, no font glyphs needed): arrows for
// Back and Next, chevrons for a building's units shown or hidden, and the
// boxes of a multiple-choice answer.
enum class Icon { kNone, kBack, kForward, kExpanded, kCollapsed, kBoxEmpty, kBoxChecked };
// Draws `icon` centred at `center`, `size` px square, in `color` (`behind`:
// the colour the check mark is cut out of a checked box with).
void DrawIcon(ImDrawList* draw, Icon icon, ImVec2 center, float size, ImU32 color, ImU32 behind = 0);

// A full-width (or given-width) filled button in the primary colour.
bool PrimaryButton(const Theme& theme, const char* label, float width = -1, float height = 64);

// A quieter button: tinted background, dark text.
bool SecondaryButton(const Theme& theme, const char* label, float width = -1,
                     float height = Theme::kTouchTarget);
// The same with a drawn icon before and/or after the label ("< Back", "Next >").
bool PrimaryButton(const Theme& theme, const char* label, float width, float height, Icon before, Icon after = Icon::kNone);
bool SecondaryButton(const Theme& theme, const char* label, float width, float height, Icon before,
                     Icon after = Icon::kNone);

// A small rounded tag, not tappable ("ES", "Not home").
void Chip(const Theme& theme, std::string_view text, ImU32 background, ImU32 foreground);

void TextColored(ImU32 color, std::string_view text);
// Tells the widget registry that `text` was drawn (for text drawn directly
// with ImGui; the functions here say so themselves).
void NoteDrawn(std::string_view text);
// Text wrapped to `width` (default: the rest of the row) in the current font,
// by the app's line breaking (i18n/line_break.h: Chinese between characters,
// Latin and Korean at spaces, a too-long run cut at the edge). Every wrapped
// text in the app goes through here or WrapText: ImGui's own wrapping breaks
// only at spaces and lets a long run without spaces leave the screen.
void TextWrappedColored(ImU32 color, std::string_view text, float width = -1);
// The lines `text` wraps into at `width` in `font` drawn at `size` px. A word
// cut because it is wider than the line is noted for the layout tests.
std::vector<std::string_view> WrapText(ImFont* font, float size, std::string_view text, float width);
// True when `text` wraps into `width` without cutting a word.
bool FitsWords(ImFont* font, float size, std::string_view text, float width);

// Equal buttons side by side (language pills, filters, door results): as
// many in a row as `per_row`, fewer when a label would have to cut a word
// (larger text, a long Tagalog word, a narrow phone), then the next row.
//   ButtonRows rows(theme, labels, 4);
//   for (i...) { rows.Before(i); ChoiceButton(..., rows.width(), ...); }
class ButtonRows {
 public:
  ButtonRows(const Theme& theme, const std::vector<std::string>& labels, int per_row, float gap = 6);
  void Before(int index) const;  // starts a row or continues it
  float width() const { return width_; }
  int per_row() const { return per_row_; }

 private:
  int per_row_;
  float gap_;
  float width_;
};

// The app's mark: an open door, drawn (no image assets needed).
void DoorMark(const Theme& theme, float size);

// A labelled text field, 48+ px tall, full width. Marked "text" for the
// browser's keyboard bridge. Returns true when the text changed.
bool TextField(const Theme& theme, const char* label, std::string* text, const char* hint = "",
               bool multiline = false, bool digits_only = false, bool password = false);

// A choice button that shows whether it is the chosen one.
bool ChoiceButton(const Theme& theme, const char* label, bool selected, float width = -1, float height = 56,
                  Icon before = Icon::kNone);

// A horizontal bar, `fraction` filled.
void ProgressBar(const Theme& theme, float fraction, float height = 14);

// A number with its caption underneath, in a tile `width` wide.
void StatTile(const Theme& theme, const char* id, std::string_view number, std::string_view caption, float width);

// Wrapped text in `font`.
void Paragraph(ImFont* font, ImU32 color, std::string_view text);

}  // namespace puerta::ui
