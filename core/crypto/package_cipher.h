// The turf package as it travels: encrypted with a fresh random key per
// package, the key carried in the link's fragment (#k=...), which browsers
// never send to a server. The web host, its logs, a proxy and any cache see
// only these opaque bytes (docs/turf-format.md, "The encrypted envelope").
//
//   offset  size  what
//   0       4     "PTK1": magic "PTK" and the envelope version ('1')
//   4       16    key check: BLAKE2b-128 keyed with the package key over
//                 "puerta-turf-key-check" (tells a wrong key from a damaged file)
//   20      8     length of what follows the header (ciphertext ‖ tag), little-endian
//   28      24    XChaCha20-Poly1305 nonce
//   52      n     ciphertext of the package JSON ‖ 16-byte tag; the 52 header
//                 bytes are the associated data, so none can be changed either
//
// The key in a link: 32 bytes, base64url without padding (43 characters).
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace puerta {

inline constexpr std::string_view kPackageMagic = "PTK";
inline constexpr char kPackageEnvelopeVersion = '1';
inline constexpr std::size_t kPackageHeaderBytes = 52;

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

// Encrypts the package JSON under a fresh random key.
EncryptedPackage EncryptPackage(std::string_view json);

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
