#include "ui/theme.h"

#include "i18n/ui_text.h"
#include "ui/platform.h"

namespace puerta {
namespace {

ImU32 Rgb(unsigned hex) { return IM_COL32((hex >> 16) & 0xFF, (hex >> 8) & 0xFF, hex & 0xFF, 0xFF); }
ImVec4 V(ImU32 c) { return ImGui::ColorConvertU32ToFloat4(c); }

// Latin (with every Vietnamese letter), punctuation and the few symbols the
// screens draw. CJK glyphs come from a separate font, only when needed.
const ImWchar kLatinRanges[] = {
    0x0020, 0x024F,  // Basic Latin .. Latin Extended-B
    0x0300, 0x036F,  // combining diacritics
    0x0400, 0x045F,  // basic Cyrillic ("Русский")
    0x1EA0, 0x1EF9,  // Vietnamese
    0x2000, 0x206F,  // punctuation: dashes, quotes, bullet, ellipsis
    0x20AB, 0x20AC,  // dong, euro
    0x2190, 0x2193,  // arrows
    0,
};

}  // namespace

bool Theme::LoadCjkFont() {
  if (!cjk_file_.empty()) return true;
  if (cjk_checked_) return false;
  cjk_checked_ = true;
  constexpr std::string_view kCjkFont = "fonts/ui-cjk.ttf";
  if (auto bytes = platform::ReadAsset(kCjkFont)) {
    cjk_file_ = std::move(*bytes);
    return true;
  }
  platform::RequestAsset(kCjkFont);  // the browser fetches it; OnCjkFontReady() follows
  return false;
}

bool Theme::Update(const ThemeOptions& options, GlyphSet& extra) {
  bool fonts_change = !built_ || options.pixel_ratio != options_.pixel_ratio || options.text_scale != options_.text_scale;
  if (extra.generation() != glyph_generation_ && !extra.empty() && LoadCjkFont()) fonts_change = true;
  const bool style_change = !built_ || !(options == options_);
  if (!fonts_change && !style_change) return false;
  options_ = options;
  built_ = true;
  BuildStyle();
  if (fonts_change) BuildFonts(extra);
  return fonts_change;
}

bool Theme::HasGlyph(ImFont* font, ImWchar c) const { return font && font->FindGlyphNoFallback(c) != nullptr; }

void Theme::BuildFonts(GlyphSet& extra) {
  ImGuiIO& io = ImGui::GetIO();
  io.Fonts->Clear();
  if (font_files_.empty()) {
    for (const char* name : {"fonts/ui-regular.ttf", "fonts/ui-bold.ttf", "fonts/ui-cjk-names.ttf",
                             "fonts/ui-arabic-names.ttf"})
      font_files_.push_back(platform::ReadAsset(name).value_or(std::string()));
  }
  const float px = options_.pixel_ratio;
  const float text = options_.text_scale;

  // The language picker names every language in its own script, so the few
  // CJK characters of those names are in the first download.
  ImVector<ImWchar>& names_ranges = names_ranges_;
  if (names_ranges.empty()) {
    ImFontGlyphRangesBuilder builder;
    for (const auto& lang : UiLanguages()) builder.AddText(lang.native_name.data(), lang.native_name.data() + lang.native_name.size());
    builder.BuildRanges(&names_ranges);
  }

  auto add = [&](const std::string& file, float size, const ImWchar* ranges, bool merge) -> ImFont* {
    if (file.empty()) return merge ? nullptr : io.Fonts->AddFontDefault();
    ImFontConfig config;
    config.FontDataOwnedByAtlas = false;  // font_files_ keeps the bytes
    config.MergeMode = merge;
    config.OversampleH = 1;  // rasterized at device resolution already
    config.OversampleV = 1;
    config.PixelSnapH = true;
    return io.Fonts->AddFontFromMemoryTTF(const_cast<char*>(file.data()), static_cast<int>(file.size()),
                                          size * px, &config, ranges);
  };
  // Each face: Latin, then the language names, then the CJK text in use.
  const bool cjk = !cjk_file_.empty() && !extra.empty();
  glyph_generation_ = extra.generation();
  auto face = [&](const std::string& file, float size, bool with_cjk) {
    ImFont* font = add(file, size, kLatinRanges, false);
    add(font_files_[2], size, names_ranges.Data, true);
    static const ImWchar kArabicNameRanges[] = {0xFE8D, 0xFEF4, 0};  // presentation forms (Heard languages)
    add(font_files_[3], size * 1.25f, kArabicNameRanges, true);  // Arabic letters run small beside Latin
    if (with_cjk && cjk) add(cjk_file_, size, extra.Ranges(), true);
    return font;
  };
  body = face(font_files_[0], 17 * text, true);
  bold = face(font_files_[1], 17 * text, true);
  heading = face(font_files_[1], 26 * text, true);
  small = face(font_files_[0], 14 * text, true);
  io.Fonts->Build();
  io.FontGlobalScale = 1.0f / px;
  io.FontDefault = body;
}

void Theme::BuildStyle() {
  if (options_.high_contrast) {
    colors_ = {Rgb(0xFFFFFF), Rgb(0xFFFFFF), Rgb(0x000000), Rgb(0x1A1A1A), Rgb(0x003D73),
               Rgb(0xFFFFFF), Rgb(0xDCE9F5), Rgb(0x000000), Rgb(0x8B0000), Rgb(0x004D1A)};
  } else {
    // Warm paper white with deep teal: readable in direct sun, calm indoors.
    colors_ = {Rgb(0xF7F4EE), Rgb(0xFFFFFF), Rgb(0x1C1B1A), Rgb(0x5C5853), Rgb(0x00695C),
               Rgb(0xFFFFFF), Rgb(0xD9EEEA), Rgb(0xDDD6CB), Rgb(0xB3261E), Rgb(0x2E7D32)};
  }
  ImGuiStyle style;  // fresh defaults, then ours, all in CSS pixels
  ImGui::StyleColorsLight(&style);
  style.WindowPadding = ImVec2(18, 18);
  style.FramePadding = ImVec2(16, 14);
  style.ItemSpacing = ImVec2(10, 12);
  style.ItemInnerSpacing = ImVec2(10, 8);
  style.TouchExtraPadding = ImVec2(2, 2);
  style.ScrollbarSize = 6;
  style.GrabMinSize = 24;
  style.WindowRounding = 0;
  style.ChildRounding = 12;
  style.FrameRounding = 12;
  style.PopupRounding = 12;
  style.GrabRounding = 8;
  style.WindowBorderSize = 0;
  style.ChildBorderSize = options_.high_contrast ? 2.0f : 1.0f;
  style.FrameBorderSize = options_.high_contrast ? 2.0f : 0.0f;
  auto& c = style.Colors;
  c[ImGuiCol_WindowBg] = V(colors_.background);
  c[ImGuiCol_ChildBg] = V(colors_.surface);
  c[ImGuiCol_PopupBg] = V(colors_.surface);
  c[ImGuiCol_Text] = V(colors_.text);
  c[ImGuiCol_TextDisabled] = V(colors_.muted);
  c[ImGuiCol_Border] = V(colors_.border);
  c[ImGuiCol_FrameBg] = V(colors_.surface);
  c[ImGuiCol_Button] = V(colors_.accent_soft);
  c[ImGuiCol_ButtonHovered] = V(colors_.accent_soft);
  c[ImGuiCol_ButtonActive] = V(colors_.primary);
  c[ImGuiCol_ScrollbarBg] = ImVec4(0, 0, 0, 0);
  c[ImGuiCol_ScrollbarGrab] = V(colors_.border);
  c[ImGuiCol_Separator] = V(colors_.border);
  ImGui::GetStyle() = style;
}

}  // namespace puerta
