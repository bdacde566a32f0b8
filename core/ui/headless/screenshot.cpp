#include "ui/headless/screenshot.h"

#include <algorithm>
#include <cmath>
#include <vector>

#include "imgui.h"
#include "stb_image_write.h"  // Debian's libstb-dev (implementation in libstb)

namespace puerta::test {
namespace {

struct Canvas {
  int w, h;
  std::vector<float> rgb;  // 3 floats per pixel, 0..1
};

struct Texture {
  const unsigned char* rgba = nullptr;
  int w = 0, h = 0;
  ImVec4 At(ImVec2 uv) const {
    const int x = std::clamp(static_cast<int>(uv.x * w), 0, w - 1);
    const int y = std::clamp(static_cast<int>(uv.y * h), 0, h - 1);
    const unsigned char* p = rgba + 4 * (y * w + x);
    return ImVec4(p[0] / 255.f, p[1] / 255.f, p[2] / 255.f, p[3] / 255.f);
  }
};

ImVec4 Color(ImU32 c) { return ImGui::ColorConvertU32ToFloat4(c); }

float Edge(ImVec2 a, ImVec2 b, ImVec2 p) { return (b.x - a.x) * (p.y - a.y) - (b.y - a.y) * (p.x - a.x); }

void FillTriangle(Canvas& canvas, const Texture& tex, const ImDrawVert* v[3], ImVec2 scale, const ImVec4& clip) {
  ImVec2 p[3];
  for (int i = 0; i < 3; ++i) p[i] = ImVec2(v[i]->pos.x * scale.x, v[i]->pos.y * scale.y);
  const float area = Edge(p[0], p[1], p[2]);
  if (std::fabs(area) < 1e-6f) return;
  const int x0 = std::max(static_cast<int>(std::floor(std::max(std::min({p[0].x, p[1].x, p[2].x}), clip.x))), 0);
  const int y0 = std::max(static_cast<int>(std::floor(std::max(std::min({p[0].y, p[1].y, p[2].y}), clip.y))), 0);
  const int x1 = std::min(static_cast<int>(std::ceil(std::min(std::max({p[0].x, p[1].x, p[2].x}), clip.z))), canvas.w);
  const int y1 = std::min(static_cast<int>(std::ceil(std::min(std::max({p[0].y, p[1].y, p[2].y}), clip.w))), canvas.h);
  const ImVec4 c[3] = {Color(v[0]->col), Color(v[1]->col), Color(v[2]->col)};
  for (int y = y0; y < y1; ++y) {
    for (int x = x0; x < x1; ++x) {
      const ImVec2 at(x + 0.5f, y + 0.5f);
      float w0 = Edge(p[1], p[2], at) / area, w1 = Edge(p[2], p[0], at) / area, w2 = Edge(p[0], p[1], at) / area;
      if (w0 < 0 || w1 < 0 || w2 < 0) continue;
      const ImVec2 uv(w0 * v[0]->uv.x + w1 * v[1]->uv.x + w2 * v[2]->uv.x,
                      w0 * v[0]->uv.y + w1 * v[1]->uv.y + w2 * v[2]->uv.y);
      const ImVec4 t = tex.At(uv);
      const float r = (w0 * c[0].x + w1 * c[1].x + w2 * c[2].x) * t.x;
      const float g = (w0 * c[0].y + w1 * c[1].y + w2 * c[2].y) * t.y;
      const float b = (w0 * c[0].z + w1 * c[1].z + w2 * c[2].z) * t.z;
      const float a = (w0 * c[0].w + w1 * c[1].w + w2 * c[2].w) * t.w;
      float* dst = &canvas.rgb[3 * (static_cast<std::size_t>(y) * canvas.w + x)];
      dst[0] = dst[0] * (1 - a) + r * a;
      dst[1] = dst[1] * (1 - a) + g * a;
      dst[2] = dst[2] * (1 - a) + b * a;
    }
  }
}

}  // namespace

bool WriteScreenshot(const ImDrawData* draw_data, const std::string& png_path, unsigned background_rgba) {
  const ImVec2 scale = draw_data->FramebufferScale;
  Canvas canvas{static_cast<int>(draw_data->DisplaySize.x * scale.x), static_cast<int>(draw_data->DisplaySize.y * scale.y), {}};
  const ImVec4 bg = Color(background_rgba);
  canvas.rgb.resize(static_cast<std::size_t>(canvas.w) * canvas.h * 3);
  for (std::size_t i = 0; i < canvas.rgb.size(); i += 3) {
    canvas.rgb[i] = bg.x;
    canvas.rgb[i + 1] = bg.y;
    canvas.rgb[i + 2] = bg.z;
  }
  Texture tex;
  unsigned char* pixels = nullptr;
  ImGui::GetIO().Fonts->GetTexDataAsRGBA32(&pixels, &tex.w, &tex.h);
  tex.rgba = pixels;
  const ImVec2 origin = draw_data->DisplayPos;
  for (int l = 0; l < draw_data->CmdListsCount; ++l) {
    const ImDrawList* list = draw_data->CmdLists[l];
    for (const ImDrawCmd& cmd : list->CmdBuffer) {
      if (cmd.UserCallback) continue;
      const ImVec4 clip((cmd.ClipRect.x - origin.x) * scale.x, (cmd.ClipRect.y - origin.y) * scale.y,
                        (cmd.ClipRect.z - origin.x) * scale.x, (cmd.ClipRect.w - origin.y) * scale.y);
      for (unsigned i = 0; i + 2 < cmd.ElemCount; i += 3) {
        const ImDrawVert* v[3];
        for (int k = 0; k < 3; ++k) v[k] = &list->VtxBuffer[cmd.VtxOffset + list->IdxBuffer[cmd.IdxOffset + i + k]];
        FillTriangle(canvas, tex, v, scale, clip);
      }
    }
  }
  std::vector<unsigned char> out(canvas.rgb.size());
  for (std::size_t i = 0; i < out.size(); ++i)
    out[i] = static_cast<unsigned char>(std::lround(std::clamp(canvas.rgb[i], 0.f, 1.f) * 255));
  return stbi_write_png(png_path.c_str(), canvas.w, canvas.h, 3, out.data(), canvas.w * 3) != 0;
}

}  // namespace puerta::test
