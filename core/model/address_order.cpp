#include "model/address_order.h"

#include <cctype>

namespace puerta {

std::string TownKey(std::string_view zip, std::string_view city) {
  std::size_t digits = 0;
  while (digits < zip.size() && std::isdigit(static_cast<unsigned char>(zip[digits]))) ++digits;
  if (digits >= 5) return std::string(zip.substr(0, 5));
  if (!zip.empty()) return std::string(zip);
  std::string key;
  for (char c : city) key += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return key;
}

std::string StreetKey(const Address& a) { return a.street + "|" + TownKey(a.zip, a.city); }

namespace address {

std::uint32_t HouseNumberValue(std::string_view house_number) {
  std::uint32_t value = 0;
  for (char c : house_number) {
    if (!std::isdigit(static_cast<unsigned char>(c))) break;
    if (value > 100'000'000) break;  // no house is numbered past this; avoids overflow
    value = value * 10 + static_cast<std::uint32_t>(c - '0');
  }
  return value;
}

bool NaturalLess(std::string_view a, std::string_view b) {
  std::size_t i = 0, j = 0;
  while (i < a.size() && j < b.size()) {
    const bool da = std::isdigit(static_cast<unsigned char>(a[i])), db = std::isdigit(static_cast<unsigned char>(b[j]));
    if (da && db) {
      std::size_t ei = i, ej = j;
      while (ei < a.size() && std::isdigit(static_cast<unsigned char>(a[ei]))) ++ei;
      while (ej < b.size() && std::isdigit(static_cast<unsigned char>(b[ej]))) ++ej;
      std::string_view na = a.substr(i, ei - i), nb = b.substr(j, ej - j);
      while (na.size() > 1 && na[0] == '0') na.remove_prefix(1);
      while (nb.size() > 1 && nb[0] == '0') nb.remove_prefix(1);
      if (na.size() != nb.size()) return na.size() < nb.size();
      if (na != nb) return na < nb;
      i = ei, j = ej;
    } else {
      if (a[i] != b[j]) return a[i] < b[j];
      ++i, ++j;
    }
  }
  return a.size() - i < b.size() - j;
}

}  // namespace address
}  // namespace puerta
