// FileStore: a KeyValueStore in a folder, one file a key (the desktop app keeps
// its state under $XDG_DATA_HOME/puerta). Writes are atomic: a temporary file is
// written, fsync'ed and renamed over the old one, so a crash or a full disk
// leaves either the old value or the new one, never half of each.
#pragma once

#include <filesystem>

#include "storage/key_value_store.h"

namespace puerta {

class FileStore final : public KeyValueStore {
 public:
  explicit FileStore(std::filesystem::path folder);

  std::optional<std::string> Get(std::string_view key) const override;
  Status Put(std::string_view key, std::string_view value) override;
  Status Remove(std::string_view key) override;
  std::vector<std::string> Keys() const override;

  const std::filesystem::path& folder() const { return folder_; }

  // $XDG_DATA_HOME/puerta, or ~/.local/share/puerta.
  static std::filesystem::path DefaultFolder();

 private:
  std::filesystem::path PathFor(std::string_view key) const;
  std::filesystem::path folder_;
};

}  // namespace puerta
