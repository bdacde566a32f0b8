// Phone numbers to E.164 (core/texting/phone_number.h), as voter files write
// them in the countries Puerta's communities call.
#include <doctest/doctest.h>

#include <string>

#include "texting/phone_number.h"

using namespace puerta::texting;

namespace {

std::string E164(std::string_view raw, std::string_view country) {
  const PhoneNumber number = NormalizePhone(raw, country);
  INFO(raw, " (", country, "): ", DescribePhoneProblem(number.problem));
  CHECK(number.ok());
  return number.e164;
}

PhoneProblem Problem(std::string_view raw, std::string_view country) {
  const PhoneNumber number = NormalizePhone(raw, country);
  CHECK(number.e164.empty() == !number.ok());
  return number.problem;
}

}  // namespace

TEST_CASE("Phone: US and Canadian numbers in the ways lists write them") {
  for (const char* raw : {"(555) 234-5678", "555-234-5678", "555.234.5678", "1-555-234-5678", "+1 555 234 5678",
                          "5552345678", "011 1 555 234 5678", "555\xC2\xA0" "234\xC2\xA0" "5678"}) {
    CHECK(E164(raw, "US") == "+15552345678");
  }
  CHECK(E164("(416) 555-0199", "CA") == "+14165550199");
}

TEST_CASE("Phone: NANP area codes and exchanges cannot start with 0 or 1") {
  CHECK(Problem("055-234-5678", "US") == PhoneProblem::kBadAreaCode);
  CHECK(Problem("155-234-5678", "US") == PhoneProblem::kBadAreaCode);
  CHECK(Problem("555-134-5678", "US") == PhoneProblem::kBadExchange);
  CHECK(Problem("555-034-5678", "US") == PhoneProblem::kBadExchange);
  CHECK(Problem("234-5678", "US") == PhoneProblem::kTooShort);
  CHECK(Problem("555-234-56789", "US") == PhoneProblem::kTooLong);
}

TEST_CASE("Phone: extensions are split off, whatever their mark") {
  for (const char* raw : {"555-234-5678 x123", "555-234-5678x123", "555-234-5678 ext. 123", "555-234-5678 EXT 123",
                          "555-234-5678 extension: 123", "555-234-5678 #123"}) {
    INFO(raw);
    const PhoneNumber number = NormalizePhone(raw, "US");
    CHECK(number.ok());
    CHECK(number.e164 == "+15552345678");
    CHECK(number.extension == "123");
  }
  CHECK(NormalizePhone("555-234-5678", "US").extension.empty());
  CHECK(Problem("555-234-5678 x", "US") == PhoneProblem::kUnexpectedCharacter);
  CHECK(Problem("555-234-5678 x12b", "US") == PhoneProblem::kUnexpectedCharacter);
}

TEST_CASE("Phone: letters, empty text and bad country codes are refused with a reason") {
  CHECK(Problem("555-CALL-NOW", "US") == PhoneProblem::kUnexpectedCharacter);
  CHECK(Problem("", "US") == PhoneProblem::kEmpty);
  CHECK(Problem(" - ", "US") == PhoneProblem::kEmpty);
  CHECK(Problem("+", "US") == PhoneProblem::kBadCountryCode);
  CHECK(Problem("+0 123 4567", "US") == PhoneProblem::kBadCountryCode);
  CHECK(Problem("55+5", "US") == PhoneProblem::kUnexpectedCharacter);
  CHECK(Problem("5552345678", "FR") == PhoneProblem::kUnknownCountry);
  CHECK(Problem("5552345678", "") == PhoneProblem::kUnknownCountry);
  CHECK_FALSE(DescribePhoneProblem(PhoneProblem::kBadAreaCode).empty());
}

TEST_CASE("Phone: Mexico, including the prefixes of the old numbering plan") {
  for (const char* raw : {"55 1234 5678", "044 55 1234 5678", "045 55 1234 5678", "01 55 1234 5678",
                          "+52 55 1234 5678", "+52 1 55 1234 5678", "00 52 55 1234 5678"}) {
    CHECK(E164(raw, "mx") == "+525512345678");
  }
  CHECK(Problem("55 1234 567", "MX") == PhoneProblem::kTooShort);
  CHECK(CallingCode("mx") == "52");
  CHECK(CallingCode("FR").empty());
}

TEST_CASE("Phone: Guatemala, El Salvador and Honduras have eight-digit numbers") {
  CHECK(E164("5123 4567", "GT") == "+50251234567");
  CHECK(E164("+502 5123-4567", "US") == "+50251234567");
  CHECK(E164("7123-4567", "SV") == "+50371234567");
  CHECK(E164("9123-4567", "HN") == "+50491234567");
  CHECK(Problem("5123 456", "GT") == PhoneProblem::kTooShort);
  CHECK(Problem("+504 9123 45678", "US") == PhoneProblem::kTooLong);
}

TEST_CASE("Phone: China, Vietnam, Korea and the Philippines drop the trunk 0") {
  CHECK(E164("138 0013 8000", "CN") == "+8613800138000");
  CHECK(E164("010 1234 5678", "CN") == "+861012345678");
  CHECK(E164("+86 138 0013 8000", "US") == "+8613800138000");
  CHECK(E164("091 234 56 78", "VN") == "+84912345678");
  CHECK(E164("+84 (0)91 234 5678", "US") == "+84912345678");
  CHECK(E164("010-1234-5678", "KR") == "+821012345678");
  CHECK(E164("02-123-4567", "KR") == "+8221234567");
  CHECK(E164("0917 123 4567", "PH") == "+639171234567");
  CHECK(E164("+63 917 123 4567", "US") == "+639171234567");
  CHECK(Problem("0917 123 45678", "PH") == PhoneProblem::kTooLong);
  CHECK(Problem("091 234", "VN") == PhoneProblem::kTooShort);
}

TEST_CASE("Phone: other countries' international numbers are kept within E.164's length") {
  CHECK(E164("+44 20 7946 0958", "US") == "+442079460958");
  CHECK(E164("011 44 20 7946 0958", "US") == "+442079460958");
  CHECK(E164("00 44 20 7946 0958", "MX") == "+442079460958");
  CHECK(E164("+33 1 23 45 67 89", "FR") == "+33123456789");
  CHECK(Problem("+999 1234 5678 9012 345", "US") == PhoneProblem::kTooLong);
  CHECK(Problem("+44 123", "US") == PhoneProblem::kTooShort);
}
