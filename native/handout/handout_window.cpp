// `puerta handout`: the "Hand out a turf" view (handout_view.h) in a
// desktop window (native/desktop_window.h): a mouse, a keyboard, Ctrl+V to
// paste the link.
#include "native/handout/handout_window.h"

#include "i18n/ui_text.h"
#include "native/desktop_window.h"
#include "native/handout/handout_view.h"
#include "ui/platform.h"

namespace puerta::handout {
namespace {

class HandoutWindowView : public DesktopView {
 public:
  explicit HandoutWindowView(HandoutView& view) : view_(view) {}
  void Draw(const Theme& theme) override { view_.Draw(theme); }
  void NeedGlyphs(GlyphSet& glyphs) const override { view_.NeedGlyphs(glyphs); }

 private:
  HandoutView& view_;
};

}  // namespace

int RunHandoutWindow(const cli::HandoutRequest& request) {
  const std::string language(PickUiLanguage(platform::PreferredLanguages()));
  std::optional<TurfFile> turf;
  if (!request.turf_name.empty()) turf = TurfFile{request.turf_name, request.turf_bytes, request.turf_path};
  HandoutView view(language, request.link, std::move(turf));
  HandoutWindowView window(view);
  const std::string title = "Puerta · " + std::string(Tr(UiText::kHandOutTitle, language));
  return RunDesktopWindow({title, 560, 860}, window);
}

}  // namespace puerta::handout
