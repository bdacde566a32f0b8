// The platform seam: everything the shared screens need that differs between
// the desktop app, the browser and the headless tests. Exactly one
// implementation is linked, chosen by CMake:
//   native/platform_desktop.cpp   files under $XDG_DATA_HOME, assets beside the binary
//   wasm/platform_browser.cpp     localStorage, preloaded assets, JS bridges
//   tests/ui/platform_headless.cpp  memory store, assets from the source tree
// Callers never need an #ifdef.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "crypto/secret_key.h"
#include "export/result_files.h"
#include "storage/key_value_store.h"

namespace puerta::platform {

// The store that outlives the page or the process.
std::unique_ptr<KeyValueStore> OpenStateStore();

// A file shipped with the app, e.g. "sample/walk-list.csv" or "fonts/ui-latin.ttf".
std::optional<std::string> ReadAsset(std::string_view name);

// What the field being typed into takes, so the phone raises the right
// keyboard: digits only for a PIN (and nothing remembered or suggested).
enum class TextInputKind { kText, kNumber, kPin };
inline std::string_view TextInputKindName(TextInputKind kind) {
  return kind == TextInputKind::kPin ? "pin" : kind == TextInputKind::kNumber ? "number" : "text";
}

// Raise (or lower) the phone's on-screen keyboard, of this kind.
void SetTextInputActive(bool active, TextInputKind kind = TextInputKind::kText);

// Where each labelled widget was drawn this frame, as JSON, for test drivers.
void PublishWidgets(const std::string& json);

std::int64_t NowUnixSeconds();

// --- added for the canvasser's screens ---------------------------------------
// Results of the asynchronous ones come back through the App methods named.

// Fetch an asset that is not on the device yet (the CJK font, loaded only when
// Chinese or Korean text appears). Browser: fetched beside the app, kept by the
// service worker, then App::OnAssetReady(name), or App::OnAssetUnavailable(name)
// when it cannot be had (offline, never kept). Elsewhere assets are always
// there and this does nothing.
void RequestAsset(std::string_view name);

// Hand a file to the canvasser: the phone's share sheet (Web Share API with a
// file: WhatsApp, Signal, email) where the browser can, a download otherwise;
// the desktop writes it into $XDG_DATA_HOME/puerta/exports. Says what became
// of the file; the App words it in the canvasser's language.
struct ShareOutcome {
  enum class How { kShared, kDownloaded, kSavedTo, kFailed };
  How how = How::kShared;
  std::string where;  // the file's name, the path it was saved to, or why it failed
};
ShareOutcome ShareFile(std::string_view file_name, std::string_view mime_type, std::string_view bytes);

// Let the canvasser pick a turf package file (browser: the file picker; the
// desktop: nothing, packages come from the command line). The bytes arrive
// through App::OpenTurfBytes.
void PickTurfFile();

// How many screens deep the canvasser is, so the browser's back button goes
// back one screen (history entries) instead of leaving the app. The browser
// calls App::OnBrowserBack() when its back button is used.
void SetNavigationDepth(int depth);

// Start or stop following the phone's location (only once the canvasser asks
// for it on the map). Fixes arrive through App::OnLocation / OnLocationError.
void WatchLocation(bool on);

// One location reading, for the attempts about to be recorded at a door (the
// organizer's quality checks): only when the canvasser already allowed
// location (never a permission prompt at the door), never a watch. The
// reading arrives through App::OnLocation.
void ReadLocationOnce();

// --- added for privacy and durability on a shared or borrowed phone ----------

// How the device keeps the canvasser's work, for the start and settings
// screens. The browser answers from what it knows of the page (secure context,
// iOS Safari outside the Home Screen, navigator.storage.persist()); the
// desktop and the headless tests keep files or memory and report the defaults.
struct DeviceStorage {
  enum class Kept {
    kNotApplicable,   // not a browser: nothing to say (no line in Settings)
    kUnknown,         // a browser that has not answered yet
    kPersistent,      // the browser promised not to clear it (storage.persist() granted)
    kBestEffort,      // the browser may clear it when space runs low
  };
  Kept kept = Kept::kNotApplicable;
  // False when the app cannot work without a network here (a page served
  // over plain http from a laptop's LAN address has no service worker).
  bool works_offline = true;
  // True in iOS Safari outside Home Screen mode, where Safari deletes a
  // site's storage after 7 days without a visit.
  bool suggest_home_screen = false;
};
DeviceStorage GetDeviceStorage();

// Erase everything this platform keeps besides the state store, which
// CanvassSession::Wipe empties itself. Browser: every localStorage key but the
// interface preferences, sessionStorage, every Cache Storage entry that is not
// the app itself, every IndexedDB database (asynchronously; nothing to wait
// for). Desktop and headless: nothing (the desktop leaves files it exported,
// as a phone keeps its downloads).
void EraseLocalData();

// --- added for the PIN: a secret that never leaves the device ----------------

// 32 bytes the PIN's lock is bound to (crypto/pin.h), so a copy of the state
// store alone cannot test a PIN guess. Browser: a non-extractable WebCrypto
// HMAC key kept in IndexedDB ("puerta-device") signs a fixed label, read once
// before the app starts (js/bridge.js); nothing (PIN only) where WebCrypto or
// IndexedDB is missing (not a secure context). Desktop: a 0600 key file
// outside the data folder (storage/device_secret_file.h), made on first need.
// In both, EraseLocalData deletes it and a new, unrelated one follows.
// Headless: a fixed secret tests can change (headless::device_secret_seed).
std::optional<SecretKey> DeviceSecret();

// --- added so the first screen speaks the phone's language -------------------

// The languages the phone's owner reads, most preferred first, as BCP 47 tags
// ("ko-KR", "en"). Browser: navigator.languages; desktop: $LANGUAGE, $LC_ALL,
// $LC_MESSAGES, $LANG; headless: what the test set. The App picks the first
// one it speaks until the canvasser chooses a language (PickUiLanguage).
std::vector<std::string> PreferredLanguages();

// --- added so the desktop offers the .xlsx the CLI writes ---------------------

// The .xlsx writer (libxlsxwriter), where the app links it: the desktop. The
// browser has none (nullptr), and Send results then offers no workbook.
// Headless: what the test set (headless::writes_workbooks).
WorkbookWriter Workbooks();

// --- added for phone banking: the phone's own dialer ---------------------------

// Hands a tel: link ("tel:+14085550101", texting/message_links.h) to the
// phone's dialer; the call is the canvasser's own, and nothing of it passes
// through Puerta or any server. Any other scheme is ignored, so no voter's
// number can end up in an address that reaches a server. Browser: the page
// navigates to the link (the dialer opens, the page stays). Desktop: nothing
// (a laptop at a training has no dialer). Headless: kept for tests.
void OpenDialer(std::string_view tel_link);

}  // namespace puerta::platform
