#include "local_storage_store.h"

#include <emscripten.h>

#include <cstdlib>

namespace puerta {
namespace {

// Returns a malloc'ed UTF-8 copy of the value, or 0 when the key is absent.
EM_JS(char*, js_storage_get, (const char* key), {
  try {
    const v = window.localStorage.getItem(UTF8ToString(key));
    return v === null ? 0 : stringToNewUTF8(v);
  } catch (e) {
    return 0;
  }
});

// 0: written; otherwise a malloc'ed message naming the browser's refusal.
EM_JS(char*, js_storage_put, (const char* key, const char* value, int value_length), {
  try {
    window.localStorage.setItem(UTF8ToString(key), UTF8ToString(value, value_length));
    return 0;
  } catch (e) {
    const quota = e && (e.name === 'QuotaExceededError' || e.code === 22);
    return stringToNewUTF8(quota ? 'the browser storage is full (QuotaExceededError)' : String(e));
  }
});

EM_JS(void, js_storage_remove, (const char* key), {
  try { window.localStorage.removeItem(UTF8ToString(key)); } catch (e) {}
});

// Keys separated by '\n' (keys never hold a newline: they are ours).
EM_JS(char*, js_storage_keys, (), {
  try {
    const keys = [];
    for (let i = 0; i < window.localStorage.length; ++i) keys.push(window.localStorage.key(i));
    return stringToNewUTF8(keys.join('\n'));
  } catch (e) {
    return stringToNewUTF8("");
  }
});

std::string TakeString(char* p) {
  std::string s(p);
  std::free(p);
  return s;
}

}  // namespace

std::optional<std::string> LocalStorageStore::Get(std::string_view key) const {
  char* value = js_storage_get(std::string(key).c_str());
  if (!value) return std::nullopt;
  return TakeString(value);
}

Status LocalStorageStore::Put(std::string_view key, std::string_view value) {
  char* error = js_storage_put(std::string(key).c_str(), value.data(), static_cast<int>(value.size()));
  if (!error) return Status::Ok();
  return Status::Fail(TakeString(error));
}

Status LocalStorageStore::Remove(std::string_view key) {
  js_storage_remove(std::string(key).c_str());
  return Status::Ok();
}

std::vector<std::string> LocalStorageStore::Keys() const {
  std::vector<std::string> keys;
  const std::string all = TakeString(js_storage_keys());
  std::size_t start = 0;
  while (start < all.size()) {
    std::size_t end = all.find('\n', start);
    if (end == std::string::npos) end = all.size();
    keys.push_back(all.substr(start, end - start));
    start = end + 1;
  }
  return keys;
}

}  // namespace puerta
