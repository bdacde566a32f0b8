#include "ui/theme.h"

#include "i18n/ui_text.h"
#include "ui/platform.h"

namespace puerta {
namespace {

ImU32 Rgb(unsigned hex) { return IM_COL32((hex >> 16) & 0xFF, (hex >> 8) & 0xFF, hex & 0xFF, 0xFF); }
ImVec4 V(ImU32 c) { return ImGui::ColorConvertU32ToFloat4(c); }

// Latin (with every Vietnamese letter), punctuation, the few symbols the
// screens draw, and U+FFFD: ImGui draws it for a character no font of the
// atlas has, so a missing glyph is visible and countable (never a plain "?").
// CJK glyphs come from separate fonts, only the characters in use.
const ImWchar kLatinRanges[] = {
    0x0020, 0x024F,  // Basic Latin .. Latin Extended-B
    0x0300, 0x036F,  // combining diacritics
    0x0400, 0x045F,  // basic Cyrillic ("Русский")
    0x1EA0, 0x1EF9,  // Vietnamese
    0x2000, 0x206F,  // punctuation: dashes, quotes, bullet, ellipsis
    0x20AB, 0x20AC,  // dong, euro
    0x2190, 0x2193,  // arrows
    0xFFFD, 0xFFFD,  // replacement character
    0,
};

}  // namespace

void Theme::OnFontArrived(std::string_view name) {
  for (FetchedFont* font : {&first_, &cjk_})
    if (font->name == name) font->state = CjkFont::kArrived;
}

void Theme::OnFontUnavailable(std::string_view name) {
  for (FetchedFont* font : {&first_, &cjk_})
    if (font->name == name) font->state = CjkFont::kUnavailable;
}

void Theme::UsePackageFont(std::string_view regular, std::string_view bold_face, std::string_view characters) {
  if (characters == package_characters_ && regular.size() == package_regular_.size()) return;
  package_regular_ = std::string(regular);
  package_bold_ = std::string(bold_face);
  package_characters_ = std::string(characters);
  package_chars_ = GlyphSet();
  package_chars_.Add(characters);
  package_changed_ = true;
}

void Theme::HoldFontRequests(bool hold) {
  if (hold_requests_ && !hold) package_changed_ = true;  // what the turf lacks is asked for now
  hold_requests_ = hold;
}

bool Theme::FetchedFont::Settle(bool has_characters) {
  if (state == CjkFont::kArrived) {
    if (auto bytes = platform::ReadAsset(name)) {
      file = std::move(*bytes);
      state = CjkFont::kLoaded;
      return has_characters;
    }
    state = CjkFont::kUnavailable;
    return false;
  }
  if (state == CjkFont::kUnavailable) {
    // Draw with what the atlas can have; characters added from now on ask again.
    state = CjkFont::kFailed;
    return true;
  }
  return false;
}

void Theme::FetchedFont::Want() {
  if (state == CjkFont::kLoaded || state == CjkFont::kRequested) return;
  // On the desktop and in the tests the font is beside the app: read it now.
  // The browser fetches it (OnFontArrived follows); a frame that needs it is
  // held back meanwhile.
  if (auto bytes = platform::ReadAsset(name)) {
    file = std::move(*bytes);
    state = CjkFont::kLoaded;
    return;
  }
  state = CjkFont::kRequested;
  platform::RequestAsset(name);
}

bool Theme::NeedsCjkRebuild(GlyphSet& extra) {
  const bool first_settled = first_.Settle(!extra.empty());
  const bool cjk_settled = cjk_.Settle(!extra.empty());
  const bool package_changed = package_changed_;
  package_changed_ = false;
  if (first_settled || cjk_settled) return true;
  if (extra.generation() == glyph_generation_ && !package_changed) return false;  // nothing new to draw
  if (cjk_.state == CjkFont::kLoaded) return true;             // the large font has them all
  if (extra.empty() || extra.AllIn(name_chars_)) return true;  // language names only: shipped
  if (!package_regular_.empty() && extra.AllInEither(package_chars_, name_chars_)) return true;  // the turf's own
  if (hold_requests_) return true;  // the turf (and its font) is downloading: ask once it is here
  if (cjk_.state == CjkFont::kRequested) return false;
  first_.Want();
  if (extra.AllIn(first_chars_)) return true;  // the first screens' font has them all
  cjk_.Want();
  return true;  // what the smaller fonts have is drawn meanwhile
}

void Theme::ReadShippedFonts() {
  if (!font_files_.empty()) return;
  for (const char* name : {"fonts/ui-regular.ttf", "fonts/ui-bold.ttf", "fonts/ui-cjk-names.ttc", "fonts/ui-arabic-names.ttf"})
    font_files_.push_back(platform::ReadAsset(name).value_or(std::string()));
  name_chars_.Add(platform::ReadAsset("fonts/ui-cjk-names.txt").value_or(std::string()));
  first_chars_.Add(platform::ReadAsset("fonts/ui-cjk-first.txt").value_or(std::string()));
}

bool Theme::Update(const ThemeOptions& options, GlyphSet& extra) {
  ReadShippedFonts();
  bool fonts_change = !built_ || options.pixel_ratio != options_.pixel_ratio || options.text_scale != options_.text_scale;
  if (NeedsCjkRebuild(extra)) fonts_change = true;
  const bool style_change = !built_ || !(options == options_);
  if (!fonts_change && !style_change) return false;
  options_ = options;
  built_ = true;
  BuildStyle();
  if (fonts_change) BuildFonts(extra);
  return fonts_change;
}

bool Theme::HasGlyph(ImFont* font, ImWchar c) const { return font && font->FindGlyphNoFallback(c) != nullptr; }

int Theme::CountReplacementGlyphs(const ImDrawData* draw_data) const {
  if (!draw_data) return 0;
  ImVector<ImVec2> corners;  // the top-left texture corner of each face's replacement glyph
  for (ImFont* font : {body, bold, heading, small}) {
    if (!font) continue;
    const ImFontGlyph* glyph = font->FindGlyphNoFallback(0xFFFD);
    if (glyph) corners.push_back(ImVec2(glyph->U0, glyph->V0));
  }
  int count = 0;
  for (int l = 0; l < draw_data->CmdListsCount; ++l) {
    const ImDrawList* list = draw_data->CmdLists[l];
    for (const ImDrawVert& v : list->VtxBuffer)
      for (const ImVec2& c : corners)
        if (v.uv.x == c.x && v.uv.y == c.y) ++count;
  }
  return count;
}

void Theme::BuildFonts(GlyphSet& extra) {
  ImGuiIO& io = ImGui::GetIO();
  io.Fonts->Clear();
  const float px = options_.pixel_ratio;
  const float text = options_.text_scale;

  auto add = [&](const std::string& file, float size, const ImWchar* ranges, bool merge, int face = 0) -> ImFont* {
    if (file.empty()) return merge ? nullptr : io.Fonts->AddFontDefault();
    ImFontConfig config;
    config.FontDataOwnedByAtlas = false;  // font_files_, first_, cjk_ and package_* keep the bytes
    config.MergeMode = merge;
    config.FontNo = face;
    config.OversampleH = 1;  // rasterized at device resolution already
    config.OversampleV = 1;
    config.PixelSnapH = true;
    return io.Fonts->AddFontFromMemoryTTF(const_cast<char*>(file.data()), static_cast<int>(file.size()),
                                          size * px, &config, ranges);
  };
  // Each face: Latin, then the CJK characters in use: the bold faces (bold
  // only) of the turf's own font, the large font, the first screens' font and
  // the names font, then the regular faces of the turf's font, the first
  // screens' font, the names font and the large font. A character is taken from the first that has it, so
  // bold CJK falls back to regular, never to a replacement glyph.
  cjk_in_atlas_ = !cjk_.file.empty();
  glyph_generation_ = extra.generation();
  const ImWchar* cjk_ranges = extra.empty() ? nullptr : extra.Ranges();
  auto face = [&](const std::string& file, float size, bool is_bold) {
    ImFont* font = add(file, size, kLatinRanges, false);
    static const ImWchar kArabicNameRanges[] = {0xFE8D, 0xFEF4, 0};  // presentation forms (Heard languages)
    add(font_files_[3], size * 1.25f, kArabicNameRanges, true);  // Arabic letters run small beside Latin
    if (!cjk_ranges) return font;
    if (is_bold) {
      add(package_bold_, size, cjk_ranges, true, 0);
      add(cjk_.file, size, cjk_ranges, true, 1);  // an empty file (not here) adds nothing
      add(first_.file, size, cjk_ranges, true, 1);
      add(font_files_[2], size, cjk_ranges, true, 1);
    }
    add(package_regular_, size, cjk_ranges, true, 0);
    add(first_.file, size, cjk_ranges, true, 0);
    add(font_files_[2], size, cjk_ranges, true, 0);
    add(cjk_.file, size, cjk_ranges, true, 0);
    return font;
  };
  body = face(font_files_[0], 17 * text, false);
  bold = face(font_files_[1], 17 * text, true);
  heading = face(font_files_[1], 26 * text, true);
  small = face(font_files_[0], 14 * text, false);
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
