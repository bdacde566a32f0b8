// Every screen is a function that draws one full frame of the app.
#pragma once

#include <string>

#include "app/app_state.h"
#include "model/walk_list.h"
#include "ui/theme.h"

namespace puerta {

class App;

struct ScreenContext {
  App& app;
  const Theme& theme;
  const AppState& state;
  const WalkList& walk_list;
  const std::string& turf_name;
  const char* lang() const { return state.interface_language.c_str(); }
};

// Opens the full-screen window every screen draws in, with a centred column
// at most 560 px wide (a phone fills it; a desktop window shows a column).
bool BeginScreen(const char* id, const ScreenContext& ctx);
void EndScreen();

void DrawHomeScreen(ScreenContext& ctx);
void DrawWalkListScreen(ScreenContext& ctx);

// Shared pieces.
void DrawHouseholdCard(const ScreenContext& ctx, const Household& household);
void DrawBanner(const ScreenContext& ctx);

}  // namespace puerta
