// WidgetRegistry: where each labelled widget was drawn in the last frame,
// collected through Dear ImGui's test-engine item hooks. Tests (the headless
// harness and the browser driver) look widgets up by their visible label
// instead of hard-coding pixel positions.
#pragma once

#include <string>
#include <string_view>
#include <vector>

struct ImGuiContext;

namespace puerta {

struct WidgetRect {
  std::string label;   // visible text: "Start" (a "##id" suffix is removed)
  std::string id;      // full label as given to ImGui, "##id" included
  std::string kind;    // "text" for a text field (the keyboard bridge focuses on those), else empty
  std::string input;   // a text field's keyboard: "text", "number" or "pin" (platform::TextInputKindName)
  float x = 0, y = 0, w = 0, h = 0;  // visible part, in logical (CSS) pixels
  struct Box {
    float x0 = 0, y0 = 0, x1 = 0, y1 = 0;
  } full;                             // the whole item, clipped or not (layout tests: nothing overflows)
};

class WidgetRegistry {
 public:
  // Turns the hooks on for `ctx` and routes them to this registry.
  void Attach(ImGuiContext* ctx);
  void BeginFrame();  // call after ImGui::NewFrame()
  void EndFrame();    // call after ImGui::Render(): the frame's widgets become current
  void DiscardFrame();  // instead of EndFrame() for a frame not shown: no widget is current

  const std::vector<WidgetRect>& widgets() const { return published_; }
  // By visible label, by full id, or by the "##suffix" of the id.
  const WidgetRect* Find(std::string_view label) const;
  // Marks the widget registered last as being of this kind ("text"), with the
  // visible label drawn beside it (a text field's own ImGui label is hidden).
  void MarkLast(std::string kind, std::string_view label, std::string_view input = {});
  // Registers the last ImGui item under `label` (for widgets ImGui does not
  // report itself, such as invisible buttons over a drawn card).
  void RegisterLastItem(const std::string& label);
  // Text drawn this frame that is not a widget's label (headings, paragraphs,
  // chips), for tests that read the whole screen (e.g. no English in zh).
  void NoteText(std::string_view text) { texts_building_.emplace_back(text); }
  const std::vector<std::string>& texts() const { return texts_published_; }
  // A wrapped text had to cut a word (it did not fit its line): layout tests
  // fail on any. Published with the frame's widgets.
  void NoteBrokenWord(std::string_view text) { broken_building_.emplace_back(text); }
  const std::vector<std::string>& broken_words() const { return broken_published_; }
  // The registry of the current ImGui context (for widgets that mark themselves).
  static WidgetRegistry* Current();
  std::string ToJson() const;
  // The keyboard the text field with the focus wants ("text" when none has it);
  // set by the field while it draws, read after the frame.
  void SetActiveInput(std::string_view input) { building_input_ = std::string(input); }
  const std::string& active_input() const { return active_input_; }

  // Called by the hooks.
  void OnItemAdd(unsigned id, float x0, float y0, float x1, float y1);
  void OnItemInfo(unsigned id, const char* label);

 private:
  struct Pending {
    unsigned id;
    float x0, y0, x1, y1;
    WidgetRect::Box full;
  };
  std::vector<std::string> broken_building_, broken_published_;
  std::vector<Pending> added_;
  std::vector<WidgetRect> building_;
  std::vector<WidgetRect> published_;
  std::vector<std::string> texts_building_, texts_published_;
  std::string building_input_ = "text", active_input_ = "text";
};

}  // namespace puerta
