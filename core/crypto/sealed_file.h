// Sealed exports: a response file encrypted to the organizer's public key
// (libsodium's crypto_box_seal: X25519 + XSalsa20-Poly1305 with a throwaway
// sender key), so a file forwarded through a messaging app or left in a
// downloads folder is unreadable to anyone but the organizer.
//
//   file   = "PUERTA-SEALED-1\n" ‖ crypto_box_seal(contents)
//   keys   = one line of text each:
//            public:  "puerta-organizer-public-key:" base64(32 bytes)
//            secret:  "puerta-organizer-secret-key:" base64(public 32 ‖ secret 32)
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "util/status.h"

namespace puerta {

struct OrganizerKeyPair {
  std::string public_text;  // give this to canvassers (it goes into turf packages)
  std::string secret_text;  // keep this: it opens the files
};

OrganizerKeyPair NewOrganizerKeyPair();

// Checks and decodes a public-key line; nothing, with the reason, when malformed.
std::optional<std::string> ParseOrganizerPublicKey(std::string_view text, Status& status);

bool IsSealedFile(std::string_view bytes);

std::string SealFile(std::string_view contents, const std::string& public_key_bytes);

// The contents, or nothing with a reason: not sealed, damaged, or sealed to another key.
std::optional<std::string> OpenSealedFile(std::string_view file, std::string_view secret_key_text, Status& status);

}  // namespace puerta
