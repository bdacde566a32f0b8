// Saving and loading AppState: cereal's portable binary (same bytes on x86-64
// and wasm32), framed as a record (storage/record.h), base64 text in the store.
#pragma once

#include <string>

#include "app/app_state.h"
#include "storage/key_value_store.h"

namespace puerta {

inline constexpr std::string_view kAppStateKey = "puerta.app_state";

Status SaveAppState(KeyValueStore& store, const AppState& state);

// Missing state is not an error: `state` keeps its defaults. Damaged state is
// reported, and `state` keeps its defaults too.
Status LoadAppState(const KeyValueStore& store, AppState& state);

// The stored state as JSON, for debugging and for browser tests.
std::string AppStateToJson(const AppState& state);

}  // namespace puerta
