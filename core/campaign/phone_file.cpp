#include "campaign/phone_file.h"

#include "crypto/sealed_file.h"
#include "crypto/signed_file.h"
#include "export/result_files.h"

namespace puerta::campaign {

std::optional<PhoneFile> ReadPhoneFile(std::string_view bytes, std::span<const std::string> secret_keys,
                                       Status& status) {
  PhoneFile file;
  std::string inside;
  if (IsSealedFile(bytes)) {
    if (secret_keys.empty()) {
      status = Status::Fail("sealed: give the organizer's secret key with --key SECRET");
      return std::nullopt;
    }
    std::string last_reason;
    for (const std::string& key : secret_keys) {
      Status tried = Status::Ok();
      if (std::optional<std::string> opened = OpenSealedFile(bytes, key, tried)) {
        inside = std::move(*opened);
        break;
      }
      last_reason = tried.message();
    }
    if (inside.empty()) {
      status = Status::Fail(secret_keys.size() == 1
                                ? last_reason
                                : "none of the " + std::to_string(secret_keys.size()) +
                                      " secret keys given opens it (the last said: " + last_reason + ")");
      return std::nullopt;
    }
    file.how_read = "sealed";
  } else {
    inside = std::string(bytes);
  }
  if (IsSignedFile(inside)) {
    std::optional<CheckedExport> checked = CheckSignedExport(inside, status);
    if (!checked) return std::nullopt;
    if (!checked->attempts_file) {
      status = Status::Fail("a spreadsheet or VAN file, not the lossless results file (JSON lines) that collect reads");
      return std::nullopt;
    }
    file.payload = std::move(checked->payload);
    file.device_id = std::move(checked->device_id);
    if (file.how_read.empty()) file.how_read = "signed";
  } else if (file.how_read == "sealed") {
    status = Status::Fail("not signed by a phone: phones sign every export, and anyone holding the turf can seal a "
                          "file; open it with `puerta open --unsigned` if it is from a Puerta before signing");
    return std::nullopt;
  } else {
    file.payload = std::move(inside);
    file.how_read = "plain";
  }
  status = Status::Ok();
  return file;
}

}  // namespace puerta::campaign
