// BoundedInputArchive: reads what cereal's PortableBinaryOutputArchive wrote,
// byte for byte the same format, from bytes held in memory, and refuses any
// count or length larger than the bytes left to read.
//
// Why: cereal's own PortableBinaryInputArchive trusts the sizes it reads. A
// vector or string size is a 64-bit number in the data, and the containers
// are resized to it before a single element is read, so a crafted 30-byte
// record claiming 10^8 attempts made loading allocate gigabytes (found
// 2026-05, issue "Hold up under misuse and attack"). Here every size tag is
// checked first: each element of a container, and each byte of a string,
// takes at least one byte of input, so no size can exceed what is left. A
// reader then allocates at most (bytes left) x (size of one element).
//
// Use it for everything read back from storage; it throws cereal::Exception
// (like cereal's archives) on a short read or an impossible size.
#pragma once

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <cereal/archives/portable_binary.hpp>
#include <cereal/cereal.hpp>

// The class lives in namespace cereal, as cereal's own archives do: cereal
// finds the load functions for std::string, std::vector, enums ... by
// argument-dependent lookup through the archive's namespace.
namespace cereal {

class PuertaBoundedInputArchive : public InputArchive<PuertaBoundedInputArchive, AllowEmptyClassElision> {
 public:
  explicit PuertaBoundedInputArchive(std::string_view bytes)
      : InputArchive<PuertaBoundedInputArchive, AllowEmptyClassElision>(this), bytes_(bytes) {
    std::uint8_t stream_little_endian = 1;
    (*this)(stream_little_endian);  // written first by PortableBinaryOutputArchive
    swap_ = stream_little_endian != portable_binary_detail::is_little_endian();
  }

  template <std::size_t DataSize>
  void LoadBinary(void* data, std::size_t size) {
    if (size > Remaining())
      throw Exception("truncated: " + std::to_string(size) + " bytes wanted, " + std::to_string(Remaining()) +
                              " left");
    std::memcpy(data, bytes_.data() + at_, size);
    at_ += size;
    if (swap_ && DataSize > 1) {
      auto* p = static_cast<std::uint8_t*>(data);
      for (std::size_t i = 0; i < size; i += DataSize) portable_binary_detail::swap_bytes<DataSize>(p + i);
    }
  }

  std::size_t Remaining() const { return bytes_.size() - at_; }
  bool AtEnd() const { return at_ == bytes_.size(); }

 private:
  std::string_view bytes_;
  std::size_t at_ = 0;
  bool swap_ = false;
};

}  // namespace cereal

namespace puerta {

using BoundedInputArchive = cereal::PuertaBoundedInputArchive;

// Reads one value from bytes written by a PortableBinaryOutputArchive; false
// (value unspecified) when they are short, damaged or claim impossible sizes.
template <class T>
bool ReadBounded(std::string_view bytes, T& value) {
  try {
    BoundedInputArchive archive(bytes);
    archive(value);
    return true;
  } catch (const std::exception&) {  // cereal::Exception, or std::bad_alloc in a pathological case
    return false;
  }
}

}  // namespace puerta

namespace cereal {

template <class T>
inline std::enable_if_t<std::is_arithmetic_v<T>> CEREAL_LOAD_FUNCTION_NAME(puerta::BoundedInputArchive& ar, T& t) {
  static_assert(!std::is_floating_point_v<T> || std::numeric_limits<T>::is_iec559, "IEEE 754 floating point only");
  ar.template LoadBinary<sizeof(T)>(std::addressof(t), sizeof(t));
}

template <class T>
inline void CEREAL_LOAD_FUNCTION_NAME(puerta::BoundedInputArchive& ar, NameValuePair<T>& t) {
  ar(t.value);
}

// The check this archive exists for: no element count or length beyond the
// bytes left (every element, every character, takes at least one byte).
template <class T>
inline void CEREAL_LOAD_FUNCTION_NAME(puerta::BoundedInputArchive& ar, SizeTag<T>& t) {
  ar(t.size);
  if (static_cast<std::uint64_t>(t.size) > ar.Remaining())
    throw Exception("a stored size (" + std::to_string(static_cast<std::uint64_t>(t.size)) + ") exceeds the " +
                    std::to_string(ar.Remaining()) + " bytes left: damaged or forged data");
}

// Vectors of anything but plain numbers grow as elements are actually read,
// instead of cereal's resize to the stored count first: memory then follows
// the bytes read, not the count claimed (a 1 MB snapshot claiming a million
// attempts would otherwise allocate half a gigabyte before failing).
template <class T, class A>
inline std::enable_if_t<!std::is_arithmetic_v<T>> CEREAL_LOAD_FUNCTION_NAME(puerta::BoundedInputArchive& ar,
                                                                             std::vector<T, A>& vector) {
  size_type size = 0;
  ar(make_size_tag(size));
  vector.clear();
  for (size_type i = 0; i < size; ++i) {
    T element{};
    ar(element);
    vector.push_back(std::move(element));
  }
}

template <class T>
inline void CEREAL_LOAD_FUNCTION_NAME(puerta::BoundedInputArchive& ar, BinaryData<T>& bd) {
  using TT = std::remove_pointer_t<T>;
  ar.template LoadBinary<sizeof(TT)>(bd.data, static_cast<std::size_t>(bd.size));
}

namespace traits::detail {
// Which output archive wrote what this one reads: cereal pairs them to find
// save_minimal's type for load_minimal (enums are stored that way).
template <>
struct get_output_from_input<puerta::BoundedInputArchive> {
  using type = PortableBinaryOutputArchive;
};
}  // namespace traits::detail

}  // namespace cereal

CEREAL_REGISTER_ARCHIVE(cereal::PuertaBoundedInputArchive)
