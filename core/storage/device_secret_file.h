// The desktop's device secret (crypto/pin.h binds the PIN's lock to it): 32
// random bytes in a file only its user can read (mode 0600, folder 0700),
// kept outside the data folder, so a copy of the data folder alone cannot
// test a PIN guess. Made atomically the first time it is needed (two
// processes racing both end up with the same one: the file is linked into
// place only when none is there).
//
//   file = "PDS1" ‖ 32 bytes
//
// A file that is there but cannot be read, or is damaged, is never replaced:
// the store it guards would be lost for good. The caller goes without it and
// says so.
#pragma once

#include <filesystem>
#include <optional>
#include <string>

#include "crypto/secret_key.h"
#include "util/status.h"

namespace puerta {

// $XDG_CONFIG_HOME/puerta/device.key, else ~/.config/puerta/device.key.
std::filesystem::path DefaultDeviceSecretPath();

// The secret in `file`, made first if there is no such file; nothing (and
// `problem`) when it cannot be read or made.
std::optional<SecretKey> LoadOrCreateDeviceSecret(const std::filesystem::path& file, std::string& problem);

// Deletes the file ("Erase this computer's copy"); Ok when there was none.
Status RemoveDeviceSecret(const std::filesystem::path& file);

}  // namespace puerta
