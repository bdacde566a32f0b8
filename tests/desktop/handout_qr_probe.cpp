// Draws the "Hand out a turf" window (native/handout/handout_view.h) with no
// window or GPU, as the desktop would show it, and saves the frame as a PNG
// (ui/headless/screenshot.h) for zbarimg to read back: the real drawing code,
// the real ImGui rectangles.
// usage: handout_qr_probe OUT.png [TURF_FILE] < what `puerta package` printed
// (PUERTA_HANDOUT_LANG=zh: the window in another language; default en;
//  PUERTA_HANDOUT_PRINT=a4 or letter: clicks that paper, then Print, as an
//  organizer would, and prints what the window says it wrote)
// Prints what the window says and how many modules the code has; never the link.
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>
#include <string>

#include "imgui.h"
#include "native/handout/handout_view.h"
#include "native/handout/turf_link.h"
#include "ui/headless/screenshot.h"
#include "ui/widget_registry.h"

int main(int argc, char** argv) {
  using namespace puerta;
  if (argc < 2) {
    std::fprintf(stderr, "usage: handout_qr_probe OUT.png [TURF_FILE] < package-output\n");
    return 2;
  }
  const std::string input((std::istreambuf_iterator<char>(std::cin)), std::istreambuf_iterator<char>());
  std::optional<handout::TurfFile> turf;
  if (argc > 2) {
    std::ifstream in(argv[2], std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    turf = handout::TurfFile{std::filesystem::path(argv[2]).filename().string(), bytes.str(), argv[2]};
  }
  ImGui::CreateContext();
  ImGuiIO& io = ImGui::GetIO();
  io.IniFilename = nullptr;
  io.DisplaySize = ImVec2(560, 860);  // the window's size
  io.DisplayFramebufferScale = ImVec2(2, 2);
  io.DeltaTime = 1.0f / 60.0f;
  WidgetRegistry registry;
  registry.Attach(ImGui::GetCurrentContext());
  const char* language = std::getenv("PUERTA_HANDOUT_LANG");
  handout::HandoutView view(language && *language ? language : "en", handout::FindTurfLink(input), std::move(turf));
  Theme theme;
  GlyphSet glyphs;
  view.NeedGlyphs(glyphs);
  const auto frame = [&] {
    view.NeedGlyphs(glyphs);
    if (theme.Update(ThemeOptions{2.0f}, glyphs)) {
      unsigned char* pixels;
      int w, h;
      io.Fonts->GetTexDataAsRGBA32(&pixels, &w, &h);
    }
    ImGui::NewFrame();
    registry.BeginFrame();
    view.Draw(theme);
    ImGui::Render();
    registry.EndFrame();
  };
  for (int i = 0; i < 3; ++i) frame();
  // A mouse click on a widget, as on the desktop: down one frame, up the next.
  const auto click = [&](const char* id) {
    const WidgetRect* widget = registry.Find(id);
    if (!widget) {
      std::printf("no widget %s\n", id);
      return;
    }
    io.MousePos = ImVec2(widget->x + widget->w / 2, widget->y + widget->h / 2);
    frame();
    io.MouseDown[0] = true;
    frame();
    io.MouseDown[0] = false;
    frame();
  };
  if (const char* paper = std::getenv("PUERTA_HANDOUT_PRINT")) {
    click(std::string(paper) == "a4" ? "##paper-a4" : "##paper-letter");
    if (const char* skip = std::getenv("PUERTA_HANDOUT_UNTICK")) click((std::string("##language-") + skip).c_str());
    click("##print");
    io.MousePos = ImVec2(-1, -1);
    for (int i = 0; i < 3; ++i) frame();
    if (const auto& printed = view.printed()) {
      for (const std::string& file : printed->files) std::printf("printed: %s\n", file.c_str());
      if (!printed->problem.empty()) std::printf("print problem: %s\n", printed->problem.c_str());
    } else {
      std::printf("printed nothing\n");
    }
  }
  const bool written = test::WriteScreenshot(ImGui::GetDrawData(), argv[1], theme.colors().background);
  std::printf("message: %s\n", view.message().c_str());
  std::printf("modules: %d\n", view.code() ? view.code()->width : 0);
  std::printf("qr on screen: %s\n", registry.Find("##qr-code") ? "yes" : "no");
  ImGui::DestroyContext();
  return written ? 0 : 1;
}
