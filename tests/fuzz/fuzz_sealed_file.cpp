// libFuzzer target: sealed files and organizer keys (crypto/sealed_file.h) on
// arbitrary bytes: as a sealed file opened with a real secret key, as a
// public-key line, as a secret-key line, and as the phone's signed file inside
// (crypto/signed_file.h). Checks: refusals say why; only a
// file sealed to the key opens; anything sealed opens back to itself.
// Seeds: tests/data/sealed.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string_view>

#include "crypto/sealed_file.h"
#include "crypto/signed_file.h"
#include "export/result_files.h"

namespace {
[[noreturn]] void Fail(const char* what) {
  std::fprintf(stderr, "fuzz_sealed_file: %s\n", what);
  std::abort();
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const puerta::OrganizerKeyPair keys = puerta::NewOrganizerKeyPair();
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  puerta::Status status = puerta::Status::Ok();

  const auto opened = puerta::OpenSealedFile(bytes, keys.secret_text, status);
  if (!opened && status.message().empty()) Fail("a sealed file was refused without a reason");
  if (opened && !puerta::IsSealedFile(bytes)) Fail("opened something that is not a sealed file");

  // The bytes as a key line: a public key, and a secret key opening a real file.
  const auto public_key = puerta::ParseOrganizerPublicKey(bytes, status);
  if (!public_key && status.message().empty()) Fail("a public key was refused without a reason");
  if (public_key && public_key->size() != 32) Fail("a public key that is not 32 bytes");
  const auto pub = puerta::ParseOrganizerPublicKey(keys.public_text, status);
  const std::string sealed = puerta::SealFile(bytes, *pub);
  const auto with_other_key = puerta::OpenSealedFile(sealed, bytes, status);
  if (with_other_key && *with_other_key != bytes) Fail("a wrong key opened a file to something else");

  const auto round_trip = puerta::OpenSealedFile(sealed, keys.secret_text, status);
  if (!round_trip || *round_trip != bytes) Fail("a sealed file does not open back to what was sealed");

  // The bytes as what is inside the sealing: a phone's signed file
  // (crypto/signed_file.h, export/result_files.h), and as a payload signed.
  const auto verified = puerta::VerifySignedFile(bytes, status);
  if (!verified && status.message().empty()) Fail("a signed file was refused without a reason");
  if (verified && !puerta::IsSignedFile(bytes)) Fail("verified something that is not a signed file");
  if (!puerta::CheckSignedExport(bytes, status) && status.message().empty()) Fail("an export was refused without a reason");
  static const puerta::DeviceKey phone = puerta::DeviceKey::Generate();
  const auto signed_back = puerta::VerifySignedFile(phone.Sign(bytes), status);
  if (!signed_back || signed_back->payload != bytes || signed_back->device_id != phone.device_id())
    Fail("a signed file does not verify back to what was signed, by whom");
  return 0;
}
