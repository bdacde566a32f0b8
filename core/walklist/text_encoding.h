// Turning the bytes of a voter file into UTF-8 text. Campaign exports arrive as
// UTF-8 (with or without a byte-order mark), UTF-16 (VAN exports are UTF-16,
// often tab-delimited, sometimes without a BOM) or Windows-1252 (spreadsheets
// saved on Windows). Lines may even mix UTF-8 and Windows-1252 when two files
// were pasted together; each byte that is not valid UTF-8 is then read as
// Windows-1252 and the note says which line first needed that.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace puerta::text {

struct Decoded {
  std::string utf8;
  std::string encoding;  // "UTF-8", "UTF-8 with BOM", "UTF-16LE", "UTF-16BE", "Windows-1252", ...
  std::string note;      // for the organizer when a conversion happened; empty otherwise
  // NUL bytes or other control characters (tab, LF, CR and form feed aside).
  // A few in the data rows are damage the importer reports row by row; in the
  // first line, or 8 and more than one byte in 256 of the file, they mean it
  // is not a text file at all (binary).
  bool binary = false;
  std::uint32_t control_bytes = 0;
  // Set by DecodeToUtf8View instead of utf8 when the bytes were already
  // UTF-8: the input itself, minus any BOM.
  std::optional<std::string_view> unchanged;
  std::string_view text() const { return unchanged ? *unchanged : std::string_view(utf8); }
};

Decoded DecodeToUtf8(std::string_view bytes);
// The same, but text() views bytes (which must outlive the result) rather than
// copying them when nothing needed converting: a large voter file is then not
// held twice.
Decoded DecodeToUtf8View(std::string_view bytes);

// True for the bytes `control_bytes` counts.
bool IsControlByte(unsigned char c);

}  // namespace puerta::text
