#include "receipts/receipt_code.h"

#include <algorithm>
#include <array>
#include <vector>

namespace puerta {
namespace {

constexpr std::string_view kAlphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
constexpr std::size_t kDataSymbols = kReceiptSymbols - 2;

// GF(32) with the primitive polynomial x^5 + x^2 + 1: every nonzero element is
// a power of x, so the check weights below are all distinct and nonzero.
std::uint8_t Multiply(std::uint8_t a, std::uint8_t b) {
  std::uint8_t product = 0;
  for (int bit = 0; bit < 5; ++bit) {
    if (b & (1u << bit)) product ^= a;
    a = static_cast<std::uint8_t>(a << 1);
    if (a & 0x20) a ^= 0x25;
  }
  return product;
}

std::uint8_t Power(int exponent) {
  std::uint8_t value = 1;
  for (int i = 0; i < exponent % 31; ++i) value = Multiply(value, 2);
  return value;
}

// Two syndromes with weights x^(i+1) and x^(2(i+1)): a Vandermonde pair, so
// changing any one or two data symbols changes at least one check symbol,
// and changing one data symbol changes both (docs/receipts.md).
std::array<std::uint8_t, 2> CheckSymbols(const std::array<std::uint8_t, kDataSymbols>& data) {
  std::array<std::uint8_t, 2> check{0, 0};
  for (std::size_t i = 0; i < kDataSymbols; ++i) {
    const int position = static_cast<int>(i) + 1;
    check[0] ^= Multiply(Power(position), data[i]);
    check[1] ^= Multiply(Power(2 * position), data[i]);
  }
  return check;
}

// A typed character's value, or -1. Crockford's rules: case does not matter,
// I and L are 1, O is 0.
int SymbolValue(char c) {
  if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  if (c == 'I' || c == 'L') c = '1';
  if (c == 'O') c = '0';
  const std::size_t at = kAlphabet.find(c);
  return at == std::string_view::npos ? -1 : static_cast<int>(at);
}

int HexValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  return -1;
}

}  // namespace

std::string_view ReceiptAlphabet() { return kAlphabet; }

std::string EncodeReceiptCode(const ReceiptCode& code) {
  std::uint32_t device = 0;
  for (std::size_t i = 0; i < kDevicePrefixDigits && i < code.device_prefix.size(); ++i)
    device = device << 4 | static_cast<std::uint32_t>(std::max(0, HexValue(code.device_prefix[i])));
  // 50 data bits, most significant first: device (20), count (10), digest (20).
  const std::uint64_t bits = std::uint64_t{device & 0xFFFFF} << 30 |
                             std::uint64_t{code.count_mod % kReceiptCountModulo} << 20 | (code.digest & 0xFFFFF);
  std::array<std::uint8_t, kDataSymbols> data{};
  for (std::size_t i = 0; i < kDataSymbols; ++i) data[i] = static_cast<std::uint8_t>(bits >> (5 * (kDataSymbols - 1 - i)) & 31);
  const auto check = CheckSymbols(data);
  std::string out;
  for (std::size_t i = 0; i < kReceiptSymbols; ++i) {
    if (i > 0 && i % 4 == 0) out += '-';
    out += kAlphabet[i < kDataSymbols ? data[i] : check[i - kDataSymbols]];
  }
  return out;
}

std::optional<ReceiptCode> DecodeReceiptCode(std::string_view typed, ReceiptCodeError& error, std::string& detail) {
  error = ReceiptCodeError::kNone;
  detail.clear();
  std::vector<std::uint8_t> symbols;
  std::size_t position = 0;
  for (char c : typed) {
    ++position;
    if (c == '-' || c == ' ' || c == '\t') continue;
    const int value = SymbolValue(c);
    if (value < 0) {
      error = ReceiptCodeError::kBadCharacter;
      detail = "character " + std::to_string(position) + " is not one a receipt code uses (0-9 and A-Z without I, L, O, U)";
      return std::nullopt;
    }
    symbols.push_back(static_cast<std::uint8_t>(value));
  }
  if (symbols.empty()) {
    error = ReceiptCodeError::kEmpty;
    detail = "no receipt code was given";
    return std::nullopt;
  }
  if (symbols.size() != kReceiptSymbols) {
    error = ReceiptCodeError::kWrongLength;
    detail = "a receipt code has " + std::to_string(kReceiptSymbols) + " letters and digits; this has " +
             std::to_string(symbols.size());
    return std::nullopt;
  }
  std::array<std::uint8_t, kDataSymbols> data{};
  std::copy(symbols.begin(), symbols.begin() + kDataSymbols, data.begin());
  const auto check = CheckSymbols(data);
  if (check[0] != symbols[kDataSymbols] || check[1] != symbols[kDataSymbols + 1]) {
    error = ReceiptCodeError::kMistyped;
    detail = "the code's check symbols do not match: a letter or digit was mistyped";
    return std::nullopt;
  }
  std::uint64_t bits = 0;
  for (std::uint8_t s : data) bits = bits << 5 | s;
  ReceiptCode code;
  const std::uint32_t device = static_cast<std::uint32_t>(bits >> 30) & 0xFFFFF;
  static constexpr char kHex[] = "0123456789abcdef";
  for (int shift = 16; shift >= 0; shift -= 4) code.device_prefix += kHex[device >> shift & 0xF];
  code.count_mod = static_cast<std::uint32_t>(bits >> 20) & 0x3FF;
  code.digest = static_cast<std::uint32_t>(bits) & 0xFFFFF;
  return code;
}

}  // namespace puerta
