// A receipt code: what an organizer reads out, types or shows as a QR code to
// tell ONE phone which of its attempt versions arrived (docs/receipts.md).
//
//   7K2Q-9F3A-XW4M   12 Crockford base32 symbols (5 bits each), hyphens optional
//   symbols 1-4   the device: the first 5 hex digits (20 bits) of its id
//   symbols 5-6   how many versions arrived, modulo 1024 (10 bits)
//   symbols 7-10  a digest of the set of versions that arrived (20 bits, receipt_digest.h)
//   symbols 11-12 two check symbols over GF(32): every code with one or two
//                 symbols changed is refused as mistyped, never read as another code
//
// Typing is forgiving where Crockford's alphabet is: lower case, I and L for 1,
// O for 0, spaces and hyphens anywhere.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace puerta {

struct ReceiptCode {
  std::string device_prefix;    // 5 lowercase hex digits: the start of a device id
  std::uint32_t count_mod = 0;  // versions received, modulo kReceiptCountModulo
  std::uint32_t digest = 0;     // ReceiptDigest of those versions (20 bits)

  friend bool operator==(const ReceiptCode&, const ReceiptCode&) = default;
};

inline constexpr std::uint32_t kReceiptCountModulo = 1024;
inline constexpr std::size_t kReceiptSymbols = 12;
inline constexpr std::size_t kDevicePrefixDigits = 5;

// "7K2Q-9F3A-XW4M". The prefix must be 5 hex digits (the caller takes them from a device id).
std::string EncodeReceiptCode(const ReceiptCode& code);

enum class ReceiptCodeError {
  kNone,
  kEmpty,          // nothing typed
  kBadCharacter,   // a character no receipt has (U, punctuation, a letter of another script)
  kWrongLength,    // too few or too many symbols
  kMistyped,       // the check symbols disagree: a symbol was typed wrong
};

// The code typed, or nothing with `error` saying why and `detail` saying it in
// English for the organizer's tools ("symbol 7 ...").
std::optional<ReceiptCode> DecodeReceiptCode(std::string_view typed, ReceiptCodeError& error, std::string& detail);

// The 32 symbols, in value order: "0123456789ABCDEFGHJKMNPQRSTVWXYZ".
std::string_view ReceiptAlphabet();

}  // namespace puerta
