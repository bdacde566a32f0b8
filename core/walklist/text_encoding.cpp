#include "walklist/text_encoding.h"

#include <algorithm>
#include <array>
#include <cstring>

#include "util/utf8.h"

namespace puerta::text {
namespace {

// Windows-1252 bytes 0x80..0x9F; 0 marks the five bytes the code page leaves
// undefined (read as U+FFFD). 0xA0..0xFF equal their Latin-1 code points.
constexpr std::array<std::uint16_t, 32> kCp1252High = {
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0,      0x017D, 0,      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};

std::uint32_t Cp1252(unsigned char b) {
  if (b < 0x80 || b >= 0xA0) return b;
  const std::uint16_t cp = kCp1252High[b - 0x80];
  return cp ? cp : 0xFFFD;
}

// Length of the valid UTF-8 sequence at s[i], or 0 when it is not one.
std::size_t Utf8SequenceLength(std::string_view s, std::size_t i) {
  const auto b = [&](std::size_t k) { return static_cast<unsigned char>(s[i + k]); };
  const unsigned char c = b(0);
  if (c < 0x80) return 1;
  std::size_t n = 0;
  std::uint32_t cp = 0;
  if (c >= 0xC2 && c <= 0xDF) n = 2, cp = c & 0x1F;
  else if (c >= 0xE0 && c <= 0xEF) n = 3, cp = c & 0x0F;
  else if (c >= 0xF0 && c <= 0xF4) n = 4, cp = c & 0x07;
  else return 0;
  if (i + n > s.size()) return 0;
  for (std::size_t k = 1; k < n; ++k) {
    if ((b(k) & 0xC0) != 0x80) return 0;
    cp = (cp << 6) | (b(k) & 0x3F);
  }
  // Overlong forms, surrogates and code points past U+10FFFF are not UTF-8.
  if ((n == 3 && cp < 0x800) || (n == 4 && (cp < 0x10000 || cp > 0x10FFFF)) || (cp >= 0xD800 && cp <= 0xDFFF))
    return 0;
  return n;
}

// Counts a control byte at `offset` of the decoded text.
void Control(Decoded& d, std::size_t offset, std::size_t& first) {
  if (d.control_bytes++ == 0) first = offset;
}

// Whether the control bytes seen make the text binary (see text_encoding.h).
void Classify(Decoded& d, std::size_t first_control) {
  if (!d.control_bytes) return;
  const std::string_view text = d.text();
  const bool in_first_line = text.substr(0, first_control).find_first_of("\r\n") == std::string_view::npos;
  d.binary = in_first_line || (d.control_bytes >= 8 && std::uint64_t{d.control_bytes} * 256 > text.size());
}

// True when all 8 bytes at p are printable ASCII (0x20..0x7F): nothing to
// check one byte at a time. Most of a voter file is, and testing 8 bytes at
// once makes reading it several times faster.
bool PlainAscii8(const char* p) {
  std::uint64_t x;
  std::memcpy(&x, p, 8);
  constexpr std::uint64_t kOnes = 0x0101010101010101ull, kHigh = 0x8080808080808080ull;
  // (x - 0x20 in each byte) & ~x has a byte's high bit set where that byte is
  // below 0x20 (the usual "has a byte less than n" test); x itself has it
  // where the byte is 0x80 or more.
  return ((x | ((x - 0x20 * kOnes) & ~x)) & kHigh) == 0;
}

Decoded DecodeUtf16(std::string_view bytes, bool little_endian, std::string encoding) {
  Decoded d;
  d.encoding = std::move(encoding);
  d.utf8.reserve(bytes.size() / 2 + bytes.size() / 8);
  std::uint32_t bad = 0;
  std::size_t first_control = 0;
  const std::size_t units = bytes.size() / 2;
  auto unit = [&](std::size_t k) -> std::uint32_t {
    const auto lo = static_cast<unsigned char>(bytes[2 * k + (little_endian ? 0 : 1)]);
    const auto hi = static_cast<unsigned char>(bytes[2 * k + (little_endian ? 1 : 0)]);
    return static_cast<std::uint32_t>(hi) << 8 | lo;
  };
  for (std::size_t k = 0; k < units; ++k) {
    std::uint32_t cp = unit(k);
    if (cp >= 0xD800 && cp <= 0xDBFF && k + 1 < units && unit(k + 1) >= 0xDC00 && unit(k + 1) <= 0xDFFF) {
      cp = 0x10000 + ((cp - 0xD800) << 10) + (unit(k + 1) - 0xDC00);
      ++k;
    } else if (cp >= 0xD800 && cp <= 0xDFFF) {
      cp = 0xFFFD;
      ++bad;
    }
    if (cp < 0x80 && IsControlByte(static_cast<unsigned char>(cp))) Control(d, d.utf8.size(), first_control);
    AppendUtf8(d.utf8, cp);
  }
  if (bytes.size() % 2) d.note = "the UTF-16 file ends in half a character (truncated?)";
  if (bad) d.note = std::to_string(bad) + " broken UTF-16 character(s) replaced by U+FFFD";
  Classify(d, first_control);
  return d;
}

// UTF-16 without a BOM: ASCII text then has a NUL in every other byte.
int GuessUtf16WithoutBom(std::string_view bytes) {
  const std::size_t n = std::min<std::size_t>(bytes.size() & ~std::size_t{1}, 4096);
  if (n < 4) return 0;
  std::size_t even_nuls = 0, odd_nuls = 0;
  for (std::size_t i = 0; i < n; ++i)
    if (bytes[i] == '\0') (i % 2 ? odd_nuls : even_nuls)++;
  const std::size_t half = n / 2;
  if (odd_nuls * 10 >= half * 7 && even_nuls * 10 < half) return +1;  // little-endian
  if (even_nuls * 10 >= half * 7 && odd_nuls * 10 < half) return -1;  // big-endian
  return 0;
}

}  // namespace

bool IsControlByte(unsigned char c) {
  // Tab, LF, CR and form feed appear in real exports; other C0 controls do not.
  return c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f';
}

Decoded DecodeToUtf8(std::string_view bytes) {
  Decoded d = DecodeToUtf8View(bytes);
  if (d.unchanged) d.utf8.assign(*d.unchanged);
  d.unchanged.reset();
  return d;
}

Decoded DecodeToUtf8View(std::string_view bytes) {
  if (bytes.starts_with("\xFF\xFE")) return DecodeUtf16(bytes.substr(2), true, "UTF-16LE");
  if (bytes.starts_with("\xFE\xFF")) return DecodeUtf16(bytes.substr(2), false, "UTF-16BE");
  if (const int guess = GuessUtf16WithoutBom(bytes))
    return DecodeUtf16(bytes, guess > 0, guess > 0 ? "UTF-16LE (no BOM)" : "UTF-16BE (no BOM)");

  Decoded d;
  d.encoding = "UTF-8";
  if (bytes.starts_with("\xEF\xBB\xBF")) {
    bytes.remove_prefix(3);
    d.encoding = "UTF-8 with BOM";
  }
  // Fast path: most files are valid UTF-8 and are copied as they are.
  std::size_t i = 0, first_control = 0;
  std::uint32_t multibyte = 0;
  while (i < bytes.size()) {
    if (i + 8 <= bytes.size() && PlainAscii8(bytes.data() + i)) {
      i += 8;
      continue;
    }
    const auto c = static_cast<unsigned char>(bytes[i]);
    if (c < 0x80) {
      if (IsControlByte(c)) Control(d, i, first_control);
      ++i;
      continue;
    }
    const std::size_t n = Utf8SequenceLength(bytes, i);
    if (!n) break;
    ++multibyte;
    i += n;
  }
  if (i == bytes.size()) {
    d.unchanged = bytes;
    Classify(d, first_control);
    return d;
  }

  // Slow path: keep valid UTF-8 sequences, read every other byte as Windows-1252.
  std::uint32_t first_line = 1;
  for (std::size_t k = 0; k < i; ++k) first_line += bytes[k] == '\n';
  d.utf8.reserve(bytes.size() + bytes.size() / 4);
  d.utf8.assign(bytes.substr(0, i));
  std::uint32_t converted = 0;
  while (i < bytes.size()) {
    const auto c = static_cast<unsigned char>(bytes[i]);
    const std::size_t n = c < 0x80 ? 1 : Utf8SequenceLength(bytes, i);
    if (n == 1 && IsControlByte(c)) Control(d, d.utf8.size(), first_control);
    if (n) {
      multibyte += n > 1;
      d.utf8.append(bytes.substr(i, n));
      i += n;
    } else {
      AppendUtf8(d.utf8, Cp1252(c));
      ++converted;
      ++i;
    }
  }
  if (multibyte) {
    d.encoding = "mixed UTF-8 and Windows-1252";
    d.note = "the file mixes UTF-8 and Windows-1252; " + std::to_string(converted) +
             " byte(s) from line " + std::to_string(first_line) + " on were read as Windows-1252";
  } else {
    d.encoding = "Windows-1252";
    d.note = "the file is Windows-1252, not UTF-8; it was converted (first non-UTF-8 byte on line " +
             std::to_string(first_line) + ")";
  }
  Classify(d, first_control);
  return d;
}

}  // namespace puerta::text
