// Widgets sized for thumbs: every tappable thing is at least
// Theme::kTouchTarget tall, and labels are the words the canvasser reads.
#pragma once

#include <string_view>

#include "imgui.h"
#include "ui/theme.h"

namespace puerta::ui {

// A full-width (or given-width) filled button in the primary colour.
bool PrimaryButton(const Theme& theme, const char* label, float width = -1, float height = 64);

// A quieter button: tinted background, dark text.
bool SecondaryButton(const Theme& theme, const char* label, float width = -1,
                     float height = Theme::kTouchTarget);

// A small rounded tag, not tappable ("ES", "Not home").
void Chip(const Theme& theme, std::string_view text, ImU32 background, ImU32 foreground);

void TextColored(ImU32 color, std::string_view text);
void TextWrappedColored(ImU32 color, std::string_view text);

// The app's mark: an open door, drawn (no image assets needed).
void DoorMark(const Theme& theme, float size);

}  // namespace puerta::ui
