#include "app/app_state_store.h"

#include <sstream>

#include <cereal/archives/json.hpp>
#include <cereal/archives/portable_binary.hpp>

#include "storage/bounded_archive.h"
#include "storage/record.h"
#include "util/base64.h"

namespace puerta {

Status SaveAppState(KeyValueStore& store, const AppState& state) {
  std::ostringstream bytes;
  {
    cereal::PortableBinaryOutputArchive archive(bytes);
    archive(state);
  }
  return store.Put(kAppStateKey, Base64Encode(FrameRecord(bytes.str())));
}

Status LoadAppState(const KeyValueStore& store, AppState& state) {
  const auto text = store.Get(kAppStateKey);
  if (!text) return Status::Ok();
  const auto bytes = Base64Decode(*text);
  if (!bytes) return Status::Fail("saved settings are damaged (not base64)");
  OpenedRecord record;
  if (Status s = OpenRecord(*bytes, record); !s) return Status::Fail("saved settings: " + s.message());
  try {
    BoundedInputArchive archive(record.payload);  // sizes checked before allocating
    AppState loaded;
    archive(loaded);
    state = std::move(loaded);
  } catch (const std::exception& e) {
    return Status::Fail(std::string("saved settings cannot be read: ") + e.what());
  }
  return Status::Ok();
}

std::string AppStateToJson(const AppState& state) {
  std::ostringstream out;
  {
    cereal::JSONOutputArchive archive(out, cereal::JSONOutputArchive::Options::NoIndent());
    archive(cereal::make_nvp("app_state", state));
  }
  return out.str();
}

}  // namespace puerta
