// crypto/: the stored-record cipher, the PIN, sealed exports, signed exports.
#include <doctest/doctest.h>

#include "crypto/cipher.h"
#include "storage/pin_store.h"
#include "crypto/sealed_file.h"
#include "crypto/signed_file.h"
#include "storage/memory_store.h"
#include "util/base64.h"

using namespace puerta;

namespace {
// Cheap Argon2id settings: these tests check behaviour, not cost.
constexpr PinCost kFast{1, 64u << 10};

SecretKey KeyOf(unsigned char fill) {
  SecretKey k;
  for (std::size_t i = 0; i < SecretKey::kSize; ++i) k.data()[i] = static_cast<std::uint8_t>(fill + i);
  return k;
}
}  // namespace

TEST_CASE("a sealed record opens only with its key and under its own name") {
  REQUIRE(InitCrypto());
  const Cipher cipher(KeyOf(1));
  const std::string sealed = cipher.Seal("María Hernández, 101 Esperanza St", "puerta.attempts.j.0000000001");
  CHECK(sealed.find("Hern") == std::string::npos);
  CHECK(cipher.Open(sealed, "puerta.attempts.j.0000000001").value() == "María Hernández, 101 Esperanza St");
  CHECK_FALSE(cipher.Open(sealed, "puerta.attempts.j.0000000002").has_value());  // moved to another key
  CHECK_FALSE(Cipher(KeyOf(2)).Open(sealed, "puerta.attempts.j.0000000001").has_value());
  std::string tampered = sealed;
  tampered[30] ^= 1;
  CHECK_FALSE(cipher.Open(tampered, "puerta.attempts.j.0000000001").has_value());
  CHECK_FALSE(cipher.Open(sealed.substr(0, 20), "puerta.attempts.j.0000000001").has_value());
  CHECK(cipher.Seal("same", "k") != cipher.Seal("same", "k"));  // fresh nonce each time
}

TEST_CASE("PIN rules are explained") {
  CHECK_FALSE(CheckPinRules("1234").ok());  // 6 digits at least
  CHECK(CheckPinRules("123456").ok());
  CHECK(CheckPinRules("12").message() == "Use at least 6 digits.");
  CHECK(CheckPinRules("12ab56").message() == "Use digits only.");
}

TEST_CASE("the right PIN unlocks the same key; a wrong PIN is refused plainly") {
  MemoryStore store;
  const SecretKey device = KeyOf(40);
  Status status = Status::Ok();
  auto key = CreatePin(store, "482915", &device, status, kFast);
  REQUIRE(key.has_value());
  CHECK(HasPin(store));
  CHECK(PinIsDeviceBound(store));
  CHECK(store.Get(kPinLockKey)->find("482915") == std::string::npos);

  auto again = UnlockWithPin(store, "482915", &device, status);
  REQUIRE(again.has_value());
  const Cipher a(std::move(*key)), b(std::move(*again));
  CHECK(b.Open(a.Seal("x", "k"), "k").value() == "x");

  CHECK_FALSE(UnlockWithPin(store, "482916", &device, status).has_value());
  CHECK(status.message() == kWrongPinMessage);

  REQUIRE(store.Put(kPinLockKey, "garbage!").ok());
  CHECK_FALSE(UnlockWithPin(store, "482915", &device, status).has_value());
  CHECK(status.message().find("damaged") != std::string::npos);
}

TEST_CASE("a lock bound to the device: the right PIN with another device's secret is refused as such") {
  MemoryStore store;
  const SecretKey device = KeyOf(40), other = KeyOf(41);
  Status status = Status::Ok();
  auto key = CreatePin(store, "482915", &device, status, kFast);
  REQUIRE(key.has_value());
  const std::string lock = *store.Get(kPinLockKey);

  // A copy of the store on another device (or after its key was deleted).
  CHECK_FALSE(UnlockWithPin(store, "482915", &other, status).has_value());
  CHECK(status.message() == kOtherDeviceMessage);
  CHECK_FALSE(UnlockWithPin(store, "000000", &other, status).has_value());
  CHECK(status.message() == kOtherDeviceMessage);  // the same answer whatever the PIN: nothing to learn
  // A device that offers no secret at all.
  CHECK_FALSE(UnlockWithPin(store, "482915", nullptr, status).has_value());
  CHECK(status.message() == kNoDeviceSecretMessage);
  CHECK(*store.Get(kPinLockKey) == lock);  // refusals change nothing

  // The same PIN on the same device opens the same data key.
  auto again = UnlockWithPin(store, "482915", &device, status);
  REQUIRE(again.has_value());
  CHECK(Cipher(std::move(*again)).Open(Cipher(std::move(*key)).Seal("x", "k"), "k").value() == "x");

  // The lock does not hold the device secret.
  const std::string secret(reinterpret_cast<const char*>(device.data()), SecretKey::kSize);
  const auto raw = Base64Decode(lock);
  REQUIRE(raw.has_value());
  CHECK(raw->find(secret.substr(0, 8)) == std::string::npos);
}

TEST_CASE("a lock made where the device offers no secret is re-wrapped bound at the next unlock that has one") {
  MemoryStore store;
  const SecretKey device = KeyOf(40), other = KeyOf(41);
  Status status = Status::Ok();
  auto key = CreatePin(store, "482915", nullptr, status, kFast);
  REQUIRE(key.has_value());
  CHECK_FALSE(PinIsDeviceBound(store));
  REQUIRE(UnlockWithPin(store, "482915", nullptr, status).has_value());  // PIN only: opens anywhere
  CHECK_FALSE(PinIsDeviceBound(store));

  auto opened = UnlockWithPin(store, "482915", &device, status);
  REQUIRE(opened.has_value());
  CHECK(PinIsDeviceBound(store));
  const Cipher original(std::move(*key));
  CHECK(Cipher(std::move(*opened)).Open(original.Seal("x", "k"), "k").value() == "x");  // the same data key
  CHECK_FALSE(UnlockWithPin(store, "482915", &other, status).has_value());
  CHECK(status.message() == kOtherDeviceMessage);
  CHECK_FALSE(UnlockWithPin(store, "482915", nullptr, status).has_value());
}

TEST_CASE("sealed export: only the organizer's secret key opens it") {
  const OrganizerKeyPair organizer = NewOrganizerKeyPair();
  const OrganizerKeyPair stranger = NewOrganizerKeyPair();
  Status status = Status::Ok();
  const auto pk = ParseOrganizerPublicKey(organizer.public_text, status);
  REQUIRE(pk.has_value());
  const std::string csv = "attempt_id,voter_id,result\na1,PV-1001,Canvassed\n";
  const std::string sealed = SealFile(csv, *pk);
  CHECK(IsSealedFile(sealed));
  CHECK(sealed.find("PV-1001") == std::string::npos);

  CHECK(OpenSealedFile(sealed, organizer.secret_text, status).value() == csv);
  CHECK_FALSE(OpenSealedFile(sealed, stranger.secret_text, status).has_value());
  CHECK(status.message().find("different organizer key") != std::string::npos);
  CHECK_FALSE(OpenSealedFile(sealed.substr(0, 30), organizer.secret_text, status).has_value());
  CHECK_FALSE(OpenSealedFile(csv, organizer.secret_text, status).has_value());
  CHECK(status.message() == "this is not a sealed Puerta file");
  CHECK_FALSE(ParseOrganizerPublicKey("puerta-organizer-public-key:AAAA", status).has_value());
  CHECK_FALSE(ParseOrganizerPublicKey(organizer.secret_text, status).has_value());
}

TEST_CASE("signed export: verifies as signed, names its device, and refuses any change") {
  const DeviceKey key = DeviceKey::Generate();
  const std::string payload = "{\"format\":\"puerta-attempts\",\"format_version\":1}\nwhatever the phone wrote\n";
  const std::string file = key.Sign(payload);
  CHECK(IsSignedFile(file));
  CHECK(file.size() == 4 + 32 + 64 + payload.size());
  CHECK(key.device_id().size() == 16);
  CHECK(key.device_id() == DeviceIdOf(key.public_key()));

  Status status = Status::Ok();
  SUBCASE("good") {
    const auto verified = VerifySignedFile(file, status);
    REQUIRE(verified.has_value());
    CHECK(status.ok());
    CHECK(verified->payload == payload);
    CHECK(verified->public_key == key.public_key());
    CHECK(verified->device_id == key.device_id());
  }
  SUBCASE("tampered payload") {
    std::string changed = file;
    changed[changed.size() - 3] ^= 1;
    CHECK_FALSE(VerifySignedFile(changed, status).has_value());
    CHECK(status.message().find("signature does not match") != std::string::npos);
    CHECK_FALSE(VerifySignedFile(file + "x", status).has_value());
  }
  SUBCASE("tampered key: another phone's key put in front of the same signature") {
    const DeviceKey other = DeviceKey::Generate();
    std::string changed = file;
    changed.replace(4, 32, other.public_key());
    CHECK_FALSE(VerifySignedFile(changed, status).has_value());
    CHECK(status.message().find("signature does not match") != std::string::npos);
    // A whole file re-signed by the other phone verifies, but as the other phone.
    const auto resigned = VerifySignedFile(other.Sign(payload), status);
    REQUIRE(resigned.has_value());
    CHECK(resigned->device_id == other.device_id());
    CHECK(resigned->device_id != key.device_id());
  }
  SUBCASE("truncated") {
    for (std::size_t cut : {std::size_t{0}, std::size_t{3}, std::size_t{4}, std::size_t{50}, std::size_t{99}}) {
      CHECK_FALSE(VerifySignedFile(std::string_view(file).substr(0, cut), status).has_value());
    }
    CHECK_FALSE(VerifySignedFile(std::string_view(file).substr(0, 99), status).has_value());
    CHECK(status.message().find("truncated") != std::string::npos);
    CHECK_FALSE(VerifySignedFile(std::string_view(file).substr(0, file.size() - 1), status).has_value());
    CHECK(status.message().find("signature does not match") != std::string::npos);
  }
  SUBCASE("not signed") {
    CHECK_FALSE(VerifySignedFile(payload, status).has_value());
    CHECK(status.message().find("not signed") != std::string::npos);
  }
}

TEST_CASE("a device key comes back from its stored bytes, and damaged bytes are refused") {
  const DeviceKey key = DeviceKey::Generate();
  const auto again = DeviceKey::FromStored(key.ToStored());
  REQUIRE(again.has_value());
  CHECK(again->device_id() == key.device_id());
  CHECK(again->Sign("x") == key.Sign("x"));  // Ed25519 signatures are deterministic
  CHECK_FALSE(DeviceKey::FromStored(key.ToStored().substr(1)).has_value());
  std::string mixed = key.ToStored();
  mixed.replace(32, 32, DeviceKey::Generate().public_key());  // someone else's public half
  CHECK_FALSE(DeviceKey::FromStored(mixed).has_value());
  CHECK(DeviceKey::Generate().device_id() != key.device_id());
}
