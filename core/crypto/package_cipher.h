// The turf package as it travels: encrypted with a fresh random key per
// package, the key carried in the link's fragment (#k=...), which browsers
// never send to a server. The web host, its logs, a proxy and any cache see
// only these opaque bytes (docs/turf-format.md, "The encrypted envelope").
//
//   offset  size  what
//   0       4     "PTK2": magic "PTK" and the envelope version ('2'; '1' still opens)
//   4       16    key check: BLAKE2b-128 keyed with the package key over
//                 "puerta-turf-key-check" (tells a wrong key from a damaged file)
//   20      8     length of what follows the header (ciphertext ‖ tag), little-endian
//   28      24    XChaCha20-Poly1305 nonce
//   52      n     ciphertext ‖ 16-byte tag; the 52 header bytes are the
//                 associated data, so none can be changed either
//
// What is encrypted: version 2, the JSON's length (8 bytes, little-endian)
// then the JSON as a zlib stream (util/deflate.h): ciphertext does not
// compress, so a version 1 package (the JSON itself encrypted) travelled at
// about 4 times its gzip size. Version 1 packages still open.
//
// The key in a link: 32 bytes, base64url without padding (43 characters).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace puerta {

inline constexpr std::string_view kPackageMagic = "PTK";
inline constexpr char kPackageEnvelopeVersion = '2';  // what EncryptPackage writes, and the newest read
inline constexpr char kOldestPackageEnvelopeVersion = '1';
inline constexpr std::size_t kPackageHeaderBytes = 52;
// The most JSON a package may inflate to: the turf reader's own limit
// (turf/turf_package.h, kMaxTurfPackageBytes), checked before inflating.
inline constexpr std::uint64_t kMaxPackageJsonBytes = 32u * 1024 * 1024;

// Why an encrypted package did not open. Each is its own message to the
// canvasser (i18n/ui_text.h, kTurfKeyMissing...): what to do differs.
enum class PackageError {
  kNone,
  kMissingKey,   // the link had no #k=... (or the file was opened without its link)
  kWrongKey,     // a key, but not this file's (or not a key at all: a link cut short)
  kCutShort,     // fewer bytes than the header promises: an incomplete download
  kDamaged,      // the right key, but the bytes were changed after packaging
  kNewerFormat,  // an envelope version this app does not know yet
};

struct EncryptedPackage {
  std::string bytes;     // what goes on the web server
  std::string key_text;  // what goes in the link, after #k=
};

// Compresses the package JSON and encrypts it under a fresh random key (the
// newest envelope version).
EncryptedPackage EncryptPackage(std::string_view json);

// An envelope of `version` around `body` exactly as given, under a fresh key:
// EncryptPackage's last step. Tests make older packages (version '1', the
// JSON itself as body) and damaged bodies with it.
EncryptedPackage SealPackageEnvelope(char version, std::string_view body);

// True when the bytes begin like an envelope (any version): a plain package
// is JSON and begins with '{' or blank space.
bool IsEncryptedPackage(std::string_view bytes);

// Whether `key_text` is this package's key, from its header alone: the
// version, the key check and the length are checked and nothing is decrypted
// (`puerta publish` checks each link it prints without ever holding the turf
// in the clear). kNone when the key fits; a damaged body is only found by
// DecryptPackage.
PackageError CheckPackageKey(std::string_view bytes, std::string_view key_text, std::string* why = nullptr);

// The package JSON, or nothing with the reason set. `why` gets a short
// English explanation for logs and the command line.
std::optional<std::string> DecryptPackage(std::string_view bytes, std::string_view key_text, PackageError& error,
                                          std::string* why = nullptr);

}  // namespace puerta
