// SecretKey: 32 bytes that unlock a canvasser's stored data. Wiped from memory
// when dropped, never copied by accident, never serialized.
#pragma once

#include <array>
#include <cstdint>

namespace puerta {

class SecretKey {
 public:
  static constexpr std::size_t kSize = 32;
  SecretKey();
  ~SecretKey();
  SecretKey(const SecretKey&) = delete;
  SecretKey& operator=(const SecretKey&) = delete;
  SecretKey(SecretKey&& other) noexcept;
  SecretKey& operator=(SecretKey&& other) noexcept;

  // An explicit copy, for the rare place that must keep the key twice.
  SecretKey Clone() const {
    SecretKey copy;
    copy.bytes_ = bytes_;
    return copy;
  }

  std::uint8_t* data() { return bytes_.data(); }
  const std::uint8_t* data() const { return bytes_.data(); }

 private:
  std::array<std::uint8_t, kSize> bytes_{};
};

// Starts libsodium once; false when the platform has no usable randomness.
bool InitCrypto();

}  // namespace puerta
