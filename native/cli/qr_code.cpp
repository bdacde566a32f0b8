#include "native/cli/qr_code.h"

#include <png.h>
#include <qrencode.h>

#include <algorithm>
#include <cctype>
#include <memory>
#include <vector>

namespace puerta::cli {
namespace {

constexpr int kQuiet = 4;   // modules of white around the code (ISO/IEC 18004)
constexpr int kScale = 8;   // pixels a module in the PNG: about 4 cm wide printed at 150 dpi

std::string Lower(std::string_view s) {
  std::string out(s);
  std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return std::tolower(c); });
  return out;
}

using Code = std::unique_ptr<QRcode, decltype(&QRcode_free)>;

// Medium error correction (15%): survives a crease or a smudge on paper.
Code Encode(std::string_view text) {
  const std::string copy(text);
  return Code(QRcode_encodeString(copy.c_str(), 0, QR_ECLEVEL_M, QR_MODE_8, 1), &QRcode_free);
}

bool Dark(const QRcode& code, int x, int y) { return code.data[y * code.width + x] & 1; }

std::string Svg(const QRcode& code) {
  const int size = code.width + 2 * kQuiet;
  std::string path;
  for (int y = 0; y < code.width; ++y)
    for (int x = 0; x < code.width; ++x)
      if (Dark(code, x, y)) path += "M" + std::to_string(x + kQuiet) + " " + std::to_string(y + kQuiet) + "h1v1h-1z";
  const std::string n = std::to_string(size);
  return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + n + " " + n +
         "\" width=\"" + std::to_string(size * kScale) + "\" height=\"" + std::to_string(size * kScale) +
         "\" shape-rendering=\"crispEdges\">\n<rect width=\"" + n + "\" height=\"" + n + "\" fill=\"#fff\"/>\n<path d=\"" +
         path + "\" fill=\"#000\"/>\n</svg>\n";
}

void AppendPng(png_structp png, png_bytep data, png_size_t size) {
  static_cast<std::string*>(png_get_io_ptr(png))->append(reinterpret_cast<const char*>(data), size);
}

std::optional<std::string> Png(const QRcode& code, std::string& why) {
  const int size = (code.width + 2 * kQuiet) * kScale;
  png_structp png = png_create_write_struct(PNG_LIBPNG_VER_STRING, nullptr, nullptr, nullptr);
  png_infop info = png ? png_create_info_struct(png) : nullptr;
  if (!png || !info) {
    png_destroy_write_struct(&png, nullptr);
    why = "libpng could not start";
    return std::nullopt;
  }
  std::string out;
  std::vector<png_byte> row(static_cast<std::size_t>(size));
  if (setjmp(png_jmpbuf(png))) {
    png_destroy_write_struct(&png, &info);
    why = "libpng could not write the image";
    return std::nullopt;
  }
  png_set_write_fn(png, &out, AppendPng, nullptr);
  png_set_IHDR(png, info, size, size, 8, PNG_COLOR_TYPE_GRAY, PNG_INTERLACE_NONE, PNG_COMPRESSION_TYPE_DEFAULT,
               PNG_FILTER_TYPE_DEFAULT);
  png_write_info(png, info);
  for (int py = 0; py < size; ++py) {
    const int y = py / kScale - kQuiet;
    for (int px = 0; px < size; ++px) {
      const int x = px / kScale - kQuiet;
      const bool inside = x >= 0 && y >= 0 && x < code.width && y < code.width;
      row[static_cast<std::size_t>(px)] = inside && Dark(code, x, y) ? 0 : 255;
    }
    png_write_row(png, row.data());
  }
  png_write_end(png, nullptr);
  png_destroy_write_struct(&png, &info);
  return out;
}

}  // namespace

bool IsQrImagePath(std::string_view path) {
  const std::string lower = Lower(path);
  return lower.ends_with(".png") || lower.ends_with(".svg");
}

std::optional<print::QrModules> QrModulesOf(std::string_view text) {
  const Code code = Encode(text);
  if (!code) return std::nullopt;
  print::QrModules modules{code->width, std::vector<bool>(static_cast<std::size_t>(code->width * code->width))};
  for (int y = 0; y < code->width; ++y)
    for (int x = 0; x < code->width; ++x) modules.dark[static_cast<std::size_t>(y * code->width + x)] = Dark(*code, x, y);
  return modules;
}

std::optional<std::string> QrImage(std::string_view text, std::string_view path, std::string& why) {
  const Code code = Encode(text);
  if (!code) {
    why = "the link is too long for a QR code";
    return std::nullopt;
  }
  if (Lower(path).ends_with(".svg")) return Svg(*code);
  return Png(*code, why);
}

}  // namespace puerta::cli
