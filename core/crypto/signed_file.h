// Signed exports: every file a phone exports is signed with that phone's own
// Ed25519 key (libsodium's crypto_sign), made at the first open and kept
// sealed in its store (app/canvass_session.h). The organizer's public key is
// in every turf, so anyone holding a turf can seal a file the organizer will
// open; the signature tells the organizer which phone made it, and a file
// cannot claim another phone's attempts without that phone's secret key.
//
//   file      = "PSG1" ‖ public key (32) ‖ signature (64) ‖ payload
//   signature = crypto_sign_detached over "PSG1" ‖ public key ‖ payload
//   device id = the first 8 bytes of the public key, as 16 lowercase hex digits
//
// The envelope goes inside the sealing (export/result_files.h): sealed files
// are signed, then sealed. docs/export-formats.md describes it for other tools.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "util/status.h"

namespace puerta {

// A phone's signing key pair. The secret half is wiped from memory when
// dropped and never copied by accident.
class DeviceKey {
 public:
  static constexpr std::size_t kPublicSize = 32;
  static constexpr std::size_t kSecretSize = 64;  // libsodium's: seed ‖ public key
  static constexpr std::size_t kStoredSize = kSecretSize;

  DeviceKey();
  ~DeviceKey();
  DeviceKey(const DeviceKey&) = delete;
  DeviceKey& operator=(const DeviceKey&) = delete;
  DeviceKey(DeviceKey&& other) noexcept;
  DeviceKey& operator=(DeviceKey&& other) noexcept;

  static DeviceKey Generate();
  // The bytes kept in storage (the secret key, which holds the public one).
  std::string ToStored() const;
  // Nothing when the bytes are not a key this class stored (wrong length, or
  // a public half that does not belong to the secret half).
  static std::optional<DeviceKey> FromStored(std::string_view bytes);

  std::string public_key() const;  // 32 raw bytes
  std::string device_id() const;   // 16 hex digits
  // The signed envelope of `payload` (the file layout above).
  std::string Sign(std::string_view payload) const;

 private:
  std::array<std::uint8_t, kSecretSize> secret_{};
};

// 16 lowercase hex digits naming the device whose public key this is.
std::string DeviceIdOf(std::string_view public_key);

bool IsSignedFile(std::string_view bytes);

struct VerifiedFile {
  std::string payload;
  std::string public_key;  // 32 raw bytes
  std::string device_id;   // DeviceIdOf(public_key)
};

// The payload and who signed it, or nothing with a reason: not signed,
// truncated, or a signature that does not match (the payload or the key was
// changed after signing).
std::optional<VerifiedFile> VerifySignedFile(std::string_view file, Status& status);

}  // namespace puerta
