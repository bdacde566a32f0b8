// Standard base64 (RFC 4648, with padding). localStorage holds text only, so
// binary records are stored this way; decoding rejects anything malformed.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace puerta {

std::string Base64Encode(std::string_view bytes);
std::optional<std::string> Base64Decode(std::string_view text);

}  // namespace puerta
