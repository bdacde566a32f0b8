// The phone web app's entry point. The browser calls Tick() once per
// animation frame (emscripten_set_main_loop_arg, no Asyncify); when nothing
// changed it returns at once without NewFrame or Render, so an idle page
// draws nothing. main() returns into the browser's event loop and never comes
// back: the app lives as long as the page.
//
// Exports: the answers of js/bridge.js, which the app needs, and with
// PUERTA_TEST_HOOKS (the test build, build/wasm/web-test) the functions
// browser tests and benchmarks read the app's insides with. The production
// build (build/wasm/web) has none of those: nothing a page script could call
// reads the decrypted session. tests/e2e/production.test.js checks.
#include <emscripten.h>
#include <emscripten/html5.h>

#include <iterator>
#include <string>

#include "i18n/ui_text.h"
#include "imgui.h"
#include "app/app_state_store.h"
#include "local_storage_store.h"
#include "ui/sdl/sdl_frontend.h"

namespace {

puerta::SdlFrontend* g_frontend = nullptr;

EM_JS(void, js_report_fatal, (const char* message), {
  if (window.puertaShell) window.puertaShell.fatal(UTF8ToString(message));
});

// The page's own words (web-shell/shell.js) follow the interface language.
EM_JS(void, js_shell_language, (const char* code), {
  if (window.puertaShell) window.puertaShell.language(UTF8ToString(code));
});

EM_JS(void, js_report_ready, (), {
  Module.puerta.start();
  if (window.puertaShell) window.puertaShell.ready();
});

void Tick(void* arg) {
  auto* frontend = static_cast<puerta::SdlFrontend*>(arg);
  SDL_Event event;
  while (SDL_PollEvent(&event)) frontend->HandleEvent(event);
  frontend->DrawIfNeeded();
  static std::string told;  // the language the page last heard
  if (const char* language = frontend->app().lang(); told != language) {
    told = language;
    js_shell_language(language);
  }
}

}  // namespace

// For the shell (called from JavaScript).
extern "C" {
// Something outside SDL changed (the shell saw a rotation, a font arrived).
EMSCRIPTEN_KEEPALIVE void puerta_request_frames() {
  if (g_frontend) g_frontend->RequestFrames();
}

// --- answers from js/bridge.js ---
EMSCRIPTEN_KEEPALIVE void puerta_text_input(const char* utf8) {
  if (!g_frontend) return;
  g_frontend->app().input().Text(utf8);  // in order with Backspace and the other keys
  g_frontend->RequestFrames();
}
EMSCRIPTEN_KEEPALIVE void puerta_key(int which) {
  static constexpr ImGuiKey kKeys[] = {ImGuiKey_Backspace, ImGuiKey_Enter, ImGuiKey_LeftArrow, ImGuiKey_RightArrow,
                                       ImGuiKey_Tab, ImGuiKey_Delete, ImGuiKey_Home, ImGuiKey_End};
  if (!g_frontend || which < 0 || which >= int(std::size(kKeys))) return;
  g_frontend->app().input().Key(kKeys[which]);
  g_frontend->RequestFrames();
}
EMSCRIPTEN_KEEPALIVE void puerta_back() {
  if (!g_frontend) return;
  g_frontend->app().OnBrowserBack();
  g_frontend->RequestFrames();
}
// `key` is the link's #k= (empty for a file picked or a plain package).
EMSCRIPTEN_KEEPALIVE void puerta_open_turf(const char* bytes, int size, const char* source, const char* key) {
  if (!g_frontend) return;
  g_frontend->app().OpenTurfBytes(std::string_view(bytes, static_cast<std::size_t>(size)), source, key);
  g_frontend->RequestFrames();
}
// A turf link is being fetched (wasm/js/bridge.js): its package may bring the
// CJK font. 0: the fetch ended with nothing to open (offline, the turf kept).
EMSCRIPTEN_KEEPALIVE void puerta_turf_downloading(int downloading) {
  if (!g_frontend) return;
  g_frontend->app().OnTurfDownloading(downloading != 0);
  g_frontend->RequestFrames();
}
// `http_status`: what the server answered, or 0 when nothing came back.
EMSCRIPTEN_KEEPALIVE void puerta_turf_error(int http_status) {
  if (!g_frontend) return;
  g_frontend->app().OnTurfNotDownloaded(static_cast<unsigned>(http_status > 0 ? http_status : 0));
  g_frontend->RequestFrames();
}
EMSCRIPTEN_KEEPALIVE void puerta_asset_ready(const char* name) {
  if (!g_frontend) return;
  g_frontend->app().OnAssetReady(name);
  g_frontend->RequestFrames();
}
EMSCRIPTEN_KEEPALIVE void puerta_asset_unavailable(const char* name) {
  if (!g_frontend) return;
  g_frontend->app().OnAssetUnavailable(name);
  g_frontend->RequestFrames();
}
EMSCRIPTEN_KEEPALIVE void puerta_location(double lat, double lon, double accuracy_m) {
  if (!g_frontend) return;
  g_frontend->app().OnLocation({lat, lon, accuracy_m});
  g_frontend->RequestFrames();
}
EMSCRIPTEN_KEEPALIVE void puerta_location_error(const char* message) {
  if (!g_frontend) return;
  g_frontend->app().OnLocationError(message);
  g_frontend->RequestFrames();
}
// For the shell when another tab holds the app (main() never ran here): what
// to tell the canvasser, a title and a line under it, in the interface
// language saved on this phone. Reads storage, writes nothing.
EMSCRIPTEN_KEEPALIVE const char* puerta_other_tab_text() {
  static std::string text;
  puerta::AppState state;
  (void)puerta::LoadAppState(puerta::LocalStorageStore(), state);  // defaults (English) when unreadable
  text = std::string(puerta::Tr(puerta::UiText::kOpenInAnotherTab, state.interface_language)) + "\n" +
         std::string(puerta::Tr(puerta::UiText::kOpenInAnotherTabHelp, state.interface_language));
  return text.c_str();
}

#ifdef PUERTA_TEST_HOOKS
// --- for browser tests and benchmarks only (not in the production build) ---
EMSCRIPTEN_KEEPALIVE double puerta_frames_drawn() {
  return g_frontend ? static_cast<double>(g_frontend->frames_drawn()) : 0;
}
// The saved state as JSON, as the app holds it in memory.
EMSCRIPTEN_KEEPALIVE const char* puerta_state_json() {
  static std::string json;
  json = g_frontend ? g_frontend->app().StateJson() : "{}";
  return json.c_str();
}
// Everything the session holds, decrypted, as JSON.
EMSCRIPTEN_KEEPALIVE const char* puerta_debug_json() {
  static std::string json;
  json = g_frontend ? g_frontend->app().session().DebugJson() : "{}";
  return json.c_str();
}
// For tests: the banner the canvasser sees (empty when none).
EMSCRIPTEN_KEEPALIVE const char* puerta_banner() {
  return g_frontend ? g_frontend->app().banner().c_str() : "";
}
// For tests: where the app believes the phone is ("lat,lon,accuracy" or "").
EMSCRIPTEN_KEEPALIVE const char* puerta_location_text() {
  static std::string text;
  text.clear();
  if (g_frontend && g_frontend->app().location()) {
    const auto& l = *g_frontend->app().location();
    text = std::to_string(l.lat) + "," + std::to_string(l.lon) + "," + std::to_string(l.accuracy_m);
  }
  return text.c_str();
}
// For tests: replacement glyphs (a character no font has) in the last frame drawn.
EMSCRIPTEN_KEEPALIVE int puerta_replacement_glyphs() { return g_frontend ? g_frontend->app().replacement_glyphs() : -1; }
// For tests: 1 when the last frame was held back waiting for the CJK font.
EMSCRIPTEN_KEEPALIVE int puerta_held_for_font() { return g_frontend && g_frontend->app().held_for_font() ? 1 : 0; }
// For tests: the screen stack's depth (the browser's back button pops it).
EMSCRIPTEN_KEEPALIVE int puerta_depth() { return g_frontend ? g_frontend->app().depth() : 0; }
// For tests: how many attempts are stored (acknowledged) right now.
EMSCRIPTEN_KEEPALIVE int puerta_attempt_count() {
  return g_frontend ? static_cast<int>(g_frontend->app().session().attempts().AttemptCount()) : -1;
}
#endif  // PUERTA_TEST_HOOKS
}

int main() {
  static puerta::SdlFrontend frontend;
  if (!frontend.Init({"Puerta", 390, 844, true})) {
    js_report_fatal(frontend.error());
    return 1;
  }
  g_frontend = &frontend;
  js_report_ready();
  emscripten_set_main_loop_arg(Tick, &frontend, 0, 1);
  return 0;
}
