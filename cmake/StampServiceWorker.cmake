# Writes ${OUT_DIR}/sw.js from web-shell/sw.js with @PUERTA_BUILD_ID@ set to a
# hash of the app's files, so a phone notices a new build (and only then).
# Run with: cmake -DSOURCE=web-shell/sw.js -DOUT_DIR=build/wasm/web -P StampServiceWorker.cmake
set(hashes "")
foreach(name index.html shell.js style.css index.js index.wasm index.data manifest.webmanifest icon.svg)
  if(EXISTS "${OUT_DIR}/${name}")
    file(SHA256 "${OUT_DIR}/${name}" h)
    string(APPEND hashes "${name}:${h};")
  endif()
endforeach()
string(SHA256 build_id "${hashes}")
string(SUBSTRING "${build_id}" 0 16 PUERTA_BUILD_ID)
configure_file("${SOURCE}" "${OUT_DIR}/sw.js" @ONLY)
