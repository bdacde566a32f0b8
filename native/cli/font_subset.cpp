#include "native/cli/font_subset.h"

#include <hb-subset.h>

#include <filesystem>
#include <memory>
#include <set>

#include "i18n/ui_text.h"
#include "results/result_code.h"
#include "util/utf8.h"

namespace puerta::cli {
namespace {

// What ui/theme.cpp's Latin font covers beyond U+1100, and the Arabic
// presentation forms its language-name font draws: never cut here.
bool OtherFontDraws(char32_t c) {
  return (c >= 0x1EA0 && c <= 0x1EF9) || (c >= 0x2000 && c <= 0x206F) || (c >= 0x20AB && c <= 0x20AC) ||
         (c >= 0x2190 && c <= 0x2193) || (c >= 0xFE70 && c <= 0xFEFF) || c == 0xFFFD;
}

// The code points of valid UTF-8 (the package was read already: it is valid).
std::set<char32_t> CodePoints(std::string_view utf8) {
  std::set<char32_t> out;
  for (std::size_t i = 0; i < utf8.size();) {
    const auto b = static_cast<unsigned char>(utf8[i]);
    const int length = b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4;
    char32_t c = length == 1 ? b : b & (0x7F >> length);
    for (int k = 1; k < length && i + static_cast<std::size_t>(k) < utf8.size(); ++k)
      c = (c << 6) | (static_cast<unsigned char>(utf8[i + static_cast<std::size_t>(k)]) & 0x3F);
    out.insert(c);
    i += static_cast<std::size_t>(length);
  }
  return out;
}

struct BlobFree {
  void operator()(hb_blob_t* b) const { hb_blob_destroy(b); }
};
struct FaceFree {
  void operator()(hb_face_t* f) const { hb_face_destroy(f); }
};
struct InputFree {
  void operator()(hb_subset_input_t* i) const { hb_subset_input_destroy(i); }
};
struct SetFree {
  void operator()(hb_set_t* s) const { hb_set_destroy(s); }
};

// One face cut to `characters`: no hinting, subroutines flattened (what
// stb_truetype, ImGui's rasterizer, reads best), no layout tables (ImGui
// neither shapes nor kerns). `held` gets the characters the cut font maps.
std::optional<std::string> Cut(const char* path, const std::set<char32_t>& characters, std::set<char32_t>& held,
                               std::string& why) {
  if (!std::filesystem::exists(path)) {
    why = std::string(path) + " is missing (Debian's fonts-noto-cjk)";
    return std::nullopt;
  }
  std::unique_ptr<hb_blob_t, BlobFree> blob(hb_blob_create_from_file_or_fail(path));
  if (!blob) {
    why = std::string("cannot read ") + path;
    return std::nullopt;
  }
  std::unique_ptr<hb_face_t, FaceFree> face(hb_face_create(blob.get(), 2));
  std::unique_ptr<hb_subset_input_t, InputFree> input(hb_subset_input_create_or_fail());
  if (!input) {
    why = "out of memory";
    return std::nullopt;
  }
  hb_set_t* unicodes = hb_subset_input_unicode_set(input.get());
  for (char32_t c : characters) hb_set_add(unicodes, c);
  hb_set_t* drop = hb_subset_input_set(input.get(), HB_SUBSET_SETS_DROP_TABLE_TAG);
  for (hb_tag_t tag : {HB_TAG('G', 'S', 'U', 'B'), HB_TAG('G', 'P', 'O', 'S'), HB_TAG('G', 'D', 'E', 'F')})
    hb_set_add(drop, tag);
  hb_subset_input_set_flags(input.get(), HB_SUBSET_FLAGS_NO_HINTING | HB_SUBSET_FLAGS_DESUBROUTINIZE);
  std::unique_ptr<hb_face_t, FaceFree> subset(hb_subset_or_fail(face.get(), input.get()));
  if (!subset) {
    why = std::string("HarfBuzz could not cut ") + path;
    return std::nullopt;
  }
  std::unique_ptr<hb_set_t, SetFree> mapped(hb_set_create());
  hb_face_collect_unicodes(subset.get(), mapped.get());
  for (hb_codepoint_t c = HB_SET_VALUE_INVALID; hb_set_next(mapped.get(), &c);) held.insert(c);
  std::unique_ptr<hb_blob_t, BlobFree> out(hb_face_reference_blob(subset.get()));
  unsigned int size = 0;
  const char* data = hb_blob_get_data(out.get(), &size);
  return std::string(data, size);
}

}  // namespace

std::string CjkCharacters(std::string_view utf8) {
  std::string out;
  for (char32_t c : CodePoints(utf8))
    if (c >= 0x1100 && !OtherFontDraws(c)) AppendUtf8(out, c);
  return out;
}

std::string CjkCharactersOfTurf(const TurfPackage& turf) {
  std::string text = WriteTurfPackage(turf);  // names, addresses, scripts, result codes: all the phone shows
  std::set<std::string> languages;
  for (const Script& script : turf.scripts) languages.insert(script.languages.begin(), script.languages.end());
  for (const std::string& language : languages) {
    for (int t = 0; t < static_cast<int>(UiText::kCount_); ++t) text += Tr(static_cast<UiText>(t), language);
    for (int c = 0; c < static_cast<int>(ResultCode::kCount_); ++c)
      text += ResultCodeLabel(static_cast<ResultCode>(c), language);
  }
  return CjkCharacters(text);
}

std::optional<PackageFont> SubsetCjkFont(std::string_view characters, std::string& why, const char* regular_path,
                                         const char* bold_path) {
  PackageFont font;
  const std::set<char32_t> wanted = CodePoints(characters);
  if (wanted.empty()) return font;
  std::set<char32_t> held_regular, held_bold;
  std::optional<std::string> regular = Cut(regular_path, wanted, held_regular, why);
  if (!regular) return std::nullopt;
  std::optional<std::string> bold = Cut(bold_path, wanted, held_bold, why);
  if (!bold) return std::nullopt;
  font.regular = std::move(*regular);
  font.bold = std::move(*bold);
  for (char32_t c : held_regular) AppendUtf8(font.characters, c);
  return font;
}

}  // namespace puerta::cli
