#include "export/xlsx/response_xlsx.h"

#include <unistd.h>
#include <xlsxwriter.h>

#include <charconv>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>

#include "export/csv_writer.h"
#include "export/response_table.h"

namespace puerta {
namespace {

// Excel holds at most 32,767 characters in a cell (libxlsxwriter refuses
// more); a longer note is cut there at a character boundary.
constexpr std::size_t kMaxCellChars = 32767;

std::string FitInCell(std::string text) {
  std::size_t chars = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if ((static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) continue;  // inside a character
    if (++chars > kMaxCellChars) {
      text.resize(i);
      break;
    }
  }
  return text;
}

std::optional<double> Number(const std::string& text) {
  double value = 0;
  const char* end = text.data() + text.size();
  const char* begin = text.data() + (text.starts_with('+') ? 1 : 0);
  const auto [ptr, ec] = std::from_chars(begin, end, value);
  if (ec != std::errc() || ptr != end) return std::nullopt;
  return value;
}

// Removes the temporary file however the export ends.
struct TempFile {
  std::string path;
  ~TempFile() {
    if (!path.empty()) std::filesystem::remove(path);
  }
};

lxw_error WriteTable(lxw_worksheet* sheet, const ResponseTable& table) {
  for (std::size_t c = 0; c < table.header.size(); ++c)
    if (lxw_error e = worksheet_write_string(sheet, 0, static_cast<lxw_col_t>(c), table.header[c].c_str(), nullptr))
      return e;
  for (std::size_t r = 0; r < table.rows.size(); ++r) {
    const auto row = static_cast<lxw_row_t>(r + 1);
    for (std::size_t c = 0; c < table.rows[r].size(); ++c) {
      const TableCell& cell = table.rows[r][c];
      if (cell.text.empty()) continue;
      const auto col = static_cast<lxw_col_t>(c);
      const std::optional<double> number = cell.number && IsPlainNumber(cell.text) ? Number(cell.text) : std::nullopt;
      const lxw_error e = number ? worksheet_write_number(sheet, row, col, *number, nullptr)
                                 : worksheet_write_string(sheet, row, col, FitInCell(CleanCellText(cell.text)).c_str(),
                                                          nullptr);
      if (e) return e;
    }
  }
  return LXW_NO_ERROR;
}

}  // namespace

std::optional<std::string> ExportResponseXlsx(std::span<const ContactAttempt> attempts, std::span<const Script> scripts,
                                              Status& status) {
  const ResponseTable table = BuildResponseTable(attempts, scripts);
  if (table.rows.size() >= LXW_ROW_MAX) {
    status = Status::Fail("too many attempts for one sheet (" + std::to_string(table.rows.size()) + ")");
    return std::nullopt;
  }
  std::error_code ec;
  const std::filesystem::path dir = std::filesystem::temp_directory_path(ec);
  std::string pattern = (ec ? std::filesystem::path("/tmp") : dir) / "puerta-export-XXXXXX.xlsx";
  const int fd = mkstemps(pattern.data(), 5);
  if (fd < 0) {
    status = Status::Fail("cannot make a temporary file for the workbook in " + dir.string());
    return std::nullopt;
  }
  close(fd);
  TempFile temp{pattern};

  lxw_workbook* book = workbook_new(temp.path.c_str());
  if (!book) {
    status = Status::Fail("libxlsxwriter could not start a workbook");
    return std::nullopt;
  }
  lxw_worksheet* sheet = workbook_add_worksheet(book, "responses");
  lxw_error e = sheet ? WriteTable(sheet, table) : LXW_ERROR_MEMORY_MALLOC_FAILED;
  if (sheet && !e) worksheet_freeze_panes(sheet, 1, 0);  // the header stays in view
  const lxw_error closed = workbook_close(book);  // writes the file, frees the workbook
  if (!e) e = closed;
  if (e) {
    status = Status::Fail(std::string("libxlsxwriter: ") + lxw_strerror(e));
    return std::nullopt;
  }
  std::ifstream in(temp.path, std::ios::binary);
  std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  if (!in.good() && !in.eof()) {
    status = Status::Fail("cannot read back the workbook from " + temp.path);
    return std::nullopt;
  }
  status = Status::Ok();
  return bytes;
}

}  // namespace puerta
