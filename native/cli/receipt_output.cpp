#include "native/cli/receipt_output.h"

#include <filesystem>
#include <optional>

#include "native/cli/files.h"
#include "native/cli/qr_code.h"

namespace puerta::cli {

void PrintReceipts(const Receipts& receipts, std::ostream& out) {
  for (const DeviceReceipt& r : receipts.by_device)
    out << "device " << r.device << ": " << r.code << "  (" << r.attempts << " results, " << r.versions
        << " versions)\n";
}

bool WriteReceiptQrCodes(const Receipts& receipts, const std::string& folder, std::ostream& out, std::ostream& err) {
  std::error_code ec;
  std::filesystem::create_directories(folder, ec);
  if (ec) {
    err << "puerta: cannot make the folder " << folder << ": " << ec.message() << "\n";
    return false;
  }
  for (const DeviceReceipt& r : receipts.by_device) {
    for (const char* ending : {".png", ".svg"}) {
      const std::string path = (std::filesystem::path(folder) / (r.device + ending)).string();
      std::string why;
      const std::optional<std::string> image = QrImage(r.code, path, why);
      if (!image) {
        err << "puerta: " << path << ": " << why << "\n";
        return false;
      }
      if (!WriteOutputFile(path, *image, err)) return false;
      out << path << ": device " << r.device << "'s receipt as a QR code\n";
    }
  }
  return true;
}

}  // namespace puerta::cli
