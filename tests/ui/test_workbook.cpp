// Send results on the desktop also offers the typed .xlsx workbook that
// `puerta export --format xlsx` writes (export/xlsx/response_xlsx.h); the
// browser, which has no libxlsxwriter, offers no such button.
#include <doctest/doctest.h>
#include <zlib.h>

#include <cstdint>
#include <optional>
#include <string>

#include "crypto/sealed_file.h"
#include "export/result_files.h"
#include "export/xlsx/response_xlsx.h"
#include "i18n/ui_text.h"
#include "ui/headless/platform_headless.h"
#include "ui/headless/ui_harness.h"
#include "sample_turf_steps.h"

using namespace puerta;
using puerta::test::OpenSampleWithPin;
using puerta::test::UiHarness;

namespace {

std::uint32_t Le(const std::string& b, std::size_t at, int bytes) {
  std::uint32_t v = 0;
  for (int i = bytes - 1; i >= 0; --i) v = (v << 8) | static_cast<unsigned char>(b[at + i]);
  return v;
}

// One member of a zip file (an .xlsx is one), inflated; nothing when absent
// or unreadable. Read through the central directory, as unzip does.
std::optional<std::string> ZipMember(const std::string& zip, const std::string& name) {
  const std::size_t end = zip.rfind(std::string("PK\x05\x06", 4));
  if (end == std::string::npos || end + 22 > zip.size()) return std::nullopt;
  std::size_t at = Le(zip, end + 16, 4);
  for (std::uint32_t n = Le(zip, end + 10, 2); n > 0 && at + 46 <= zip.size(); --n) {
    const std::uint32_t method = Le(zip, at + 10, 2), packed = Le(zip, at + 20, 4), size = Le(zip, at + 24, 4);
    const std::uint32_t name_len = Le(zip, at + 28, 2), extra = Le(zip, at + 30, 2), comment = Le(zip, at + 32, 2);
    const std::uint32_t local = Le(zip, at + 42, 4);
    if (zip.compare(at + 46, name_len, name) == 0 && name_len == name.size()) {
      const std::size_t data = local + 30 + Le(zip, local + 26, 2) + Le(zip, local + 28, 2);
      if (data + packed > zip.size()) return std::nullopt;
      if (method == 0) return zip.substr(data, packed);
      std::string out(size, '\0');
      z_stream z{};
      if (inflateInit2(&z, -MAX_WBITS) != Z_OK) return std::nullopt;
      z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(zip.data() + data));
      z.avail_in = packed;
      z.next_out = reinterpret_cast<Bytef*>(out.data());
      z.avail_out = size;
      const int r = inflate(&z, Z_FINISH);
      inflateEnd(&z);
      if (r != Z_STREAM_END) return std::nullopt;
      return out;
    }
    at += 46 + name_len + extra + comment;
  }
  return std::nullopt;
}

// Not home at the first door: the results sent hold its people.
void RecordOneDoor(UiHarness& ui) {
  REQUIRE(ui.Tap("##next-door"));
  REQUIRE(ui.Tap("##result-not_home"));
  ui.app().Back();
  ui.Frame(3);
}

struct WritesWorkbooks {
  explicit WritesWorkbooks(bool on) { headless::writes_workbooks = on; }
  ~WritesWorkbooks() { headless::writes_workbooks = false; }
};

}  // namespace

TEST_CASE("on the desktop, Send results also writes the .xlsx workbook, in the canvasser's language") {
  WritesWorkbooks desktop(true);
  UiHarness ui;
  ui.app().SetInterfaceLanguage("vi");
  OpenSampleWithPin(ui);
  RecordOneDoor(ui);
  REQUIRE(ui.Tap("##export"));
  const WidgetRect* csv = ui.Find("##share-csv");
  const WidgetRect* xlsx = ui.Find("##share-xlsx");
  REQUIRE(csv);
  REQUIRE(xlsx);
  CHECK(xlsx->label == "Bảng tính (Excel, .xlsx)");
  CHECK(xlsx->y > csv->y);  // among the files sent only when the organizer asks
  headless::shared_files.clear();
  REQUIRE(ui.Tap("##share-xlsx"));
  CHECK(ui.app().banner().empty());
  REQUIRE(headless::shared_files.size() == 1);
  const auto& [name, bytes] = headless::shared_files[0];
  CHECK(name.starts_with("puerta-sample-esperanza-oak-"));
  CHECK(name.ends_with(".xlsx"));
  // A workbook (a zip with a worksheet), unsigned and unsealed like the CSV
  // of a turf without an organizer key: a spreadsheet opens it as it is.
  REQUIRE(bytes.starts_with(std::string("PK\x03\x04", 4)));
  const std::optional<std::string> sheet = ZipMember(bytes, "xl/worksheets/sheet1.xml");
  const std::optional<std::string> strings = ZipMember(bytes, "xl/sharedStrings.xml");
  REQUIRE(sheet);
  REQUIRE(strings);
  // The door recorded is in it, as text cells: who was not home, where, and the result.
  const std::vector<ContactAttempt> current = ui.app().session().Current();
  REQUIRE_FALSE(current.empty());
  const ContactAttempt& recorded = current.front();
  CHECK(strings->find("<t>" + recorded.voter_name + "</t>") != std::string::npos);
  CHECK(strings->find("<t>" + recorded.household_id + "</t>") != std::string::npos);
  CHECK(strings->find("<t>not_home</t>") != std::string::npos);
  CHECK(sheet->find("<f>") == std::string::npos);  // no cell is a formula
  // The notice says where it went, in Vietnamese.
  CHECK(ui.app().notice().find("Đã") != std::string::npos);
}

TEST_CASE("in the browser (no .xlsx writer), Send results offers no workbook") {
  WritesWorkbooks browser(false);
  UiHarness ui;
  OpenSampleWithPin(ui);
  RecordOneDoor(ui);
  REQUIRE(ui.Tap("##export"));
  CHECK(ui.Shows("##share-csv"));
  CHECK_FALSE(ui.Shows("##share-xlsx"));
  // Asked for anyway, it says so and hands over nothing.
  headless::shared_files.clear();
  ui.app().Share("xlsx");
  CHECK(headless::shared_files.empty());
  CHECK(ui.app().banner() == Tr(UiText::kFileNotSaved, "en"));
}

TEST_CASE("a workbook for a turf with an organizer key is signed, then sealed, and opens to the .xlsx") {
  WritesWorkbooks desktop(true);
  UiHarness ui;
  OpenSampleWithPin(ui);
  RecordOneDoor(ui);
  TurfPackage turf = *ui.app().session().turf();
  const OrganizerKeyPair organizer = NewOrganizerKeyPair();
  turf.organizer_public_key = organizer.public_text;
  const DeviceKey* phone = ui.app().session().device_key();
  REQUIRE(phone);
  const std::vector<ContactAttempt> current = ui.app().session().Current();
  ResultFiles files;
  REQUIRE(BuildResultFiles(ResultFormat::kWorkbook, turf, current, current, headless::now_unix, *phone, files,
                           &ExportResponseXlsx)
              .ok());
  REQUIRE(files.files.size() == 1);
  CHECK(files.sealed);
  CHECK(files.files[0].name.ends_with(".xlsx.sealed"));
  Status status = Status::Ok();
  const std::optional<std::string> opened = OpenSealedFile(files.files[0].bytes, organizer.secret_text, status);
  REQUIRE_MESSAGE(opened, status.message());
  const std::optional<CheckedExport> checked = CheckSignedExport(*opened, status);
  REQUIRE_MESSAGE(checked, status.message());
  CHECK(checked->device_id == phone->device_id());
  CHECK(checked->payload.starts_with(std::string("PK\x03\x04", 4)));
  CHECK(ZipMember(checked->payload, "xl/worksheets/sheet1.xml"));
  // Without a writer (the browser), nothing is made.
  CHECK_FALSE(BuildResultFiles(ResultFormat::kWorkbook, turf, current, current, headless::now_unix, *phone, files).ok());
}
