#include "ui/widget_registry.h"

#include <algorithm>
#include <cstdio>

#include "imgui.h"
#include "imgui_internal.h"

namespace puerta {

void WidgetRegistry::Attach(ImGuiContext* ctx) {
  ctx->TestEngineHookItems = true;
  ctx->TestEngine = this;
}

void WidgetRegistry::BeginFrame() {
  added_.clear();
  building_.clear();
  texts_building_.clear();
  broken_building_.clear();
  building_input_ = "text";
}

void WidgetRegistry::EndFrame() {
  published_.swap(building_);
  texts_published_.swap(texts_building_);
  broken_published_.swap(broken_building_);
  active_input_ = building_input_;
}

void WidgetRegistry::DiscardFrame() {
  building_.clear();
  published_.clear();
  broken_building_.clear();
  broken_published_.clear();
  texts_building_.clear();
  texts_published_.clear();
  active_input_ = "text";
}

const WidgetRect* WidgetRegistry::Find(std::string_view label) const {
  for (const auto& w : published_)
    if (w.label == label || w.id == label) return &w;
  if (label.starts_with("##"))
    for (const auto& w : published_)
      if (w.id.ends_with(label)) return &w;
  return nullptr;
}

void WidgetRegistry::MarkLast(std::string kind, std::string_view label, std::string_view input) {
  if (building_.empty()) return;
  building_.back().kind = std::move(kind);
  building_.back().input = std::string(input);
  if (!label.empty()) building_.back().label = std::string(label);
}

void WidgetRegistry::RegisterLastItem(const std::string& label) {
  const ImGuiContext& g = *ImGui::GetCurrentContext();
  OnItemAdd(g.LastItemData.ID, g.LastItemData.Rect.Min.x, g.LastItemData.Rect.Min.y, g.LastItemData.Rect.Max.x,
            g.LastItemData.Rect.Max.y);
  OnItemInfo(g.LastItemData.ID, label.c_str());
}

WidgetRegistry* WidgetRegistry::Current() {
  ImGuiContext* ctx = ImGui::GetCurrentContext();
  return ctx ? static_cast<WidgetRegistry*>(ctx->TestEngine) : nullptr;
}

void WidgetRegistry::OnItemAdd(unsigned id, float x0, float y0, float x1, float y1) {
  const WidgetRect::Box full{x0, y0, x1, y1};
  // Only the part inside the window's clip rect can be tapped.
  const ImRect clip = ImGui::GetCurrentWindowRead()->ClipRect;
  x0 = std::max(x0, clip.Min.x);
  y0 = std::max(y0, clip.Min.y);
  x1 = std::min(x1, clip.Max.x);
  y1 = std::min(y1, clip.Max.y);
  if (x1 <= x0 || y1 <= y0) return;
  if (added_.size() > 4096) added_.erase(added_.begin(), added_.begin() + 2048);
  added_.push_back({id, x0, y0, x1, y1, full});
}

void WidgetRegistry::OnItemInfo(unsigned id, const char* label) {
  if (!label) return;
  for (auto it = added_.rbegin(); it != added_.rend(); ++it) {
    if (it->id != id) continue;
    std::string full = label;
    std::string visible = full.substr(0, full.find("##"));
    building_.push_back({visible, full, "", "", it->x0, it->y0, it->x1 - it->x0, it->y1 - it->y0, it->full});
    return;
  }
}

std::string WidgetRegistry::ToJson() const {
  auto escape = [](const std::string& s) {
    std::string out;
    for (unsigned char c : s) {
      if (c == '"' || c == '\\') {
        out += '\\';
        out += static_cast<char>(c);
      } else if (c < 0x20) {
        char buf[8];
        std::snprintf(buf, sizeof buf, "\\u%04x", c);
        out += buf;
      } else {
        out += static_cast<char>(c);
      }
    }
    return out;
  };
  std::string json = "[";
  char nums[128];
  for (std::size_t i = 0; i < published_.size(); ++i) {
    const auto& w = published_[i];
    std::snprintf(nums, sizeof nums, "\"x\":%.1f,\"y\":%.1f,\"w\":%.1f,\"h\":%.1f", w.x, w.y, w.w, w.h);
    json += (i ? ",{" : "{");
    json += "\"label\":\"" + escape(w.label) + "\",\"id\":\"" + escape(w.id) + "\",\"kind\":\"" + w.kind + "\",\"input\":\"" + w.input + "\"," + nums + "}";
  }
  return json + "]";
}

}  // namespace puerta

// --- Dear ImGui's test-engine hooks (declared in imgui_internal.h) -----------
void ImGuiTestEngineHook_ItemAdd(ImGuiContext* ctx, const ImRect& bb, ImGuiID id) {
  if (auto* r = static_cast<puerta::WidgetRegistry*>(ctx->TestEngine))
    r->OnItemAdd(id, bb.Min.x, bb.Min.y, bb.Max.x, bb.Max.y);
}
void ImGuiTestEngineHook_ItemInfo(ImGuiContext* ctx, ImGuiID id, const char* label, ImGuiItemStatusFlags) {
  if (auto* r = static_cast<puerta::WidgetRegistry*>(ctx->TestEngine)) r->OnItemInfo(id, label);
}
void ImGuiTestEngineHook_Log(ImGuiContext*, const char*, ...) {}
const char* ImGuiTestEngine_FindItemDebugLabel(ImGuiContext*, ImGuiID) { return nullptr; }
