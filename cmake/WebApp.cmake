# puerta_web_app(target outdir): every link setting of the phone web app in
# one place. Output: outdir/index.html (from web-shell/shell.html), index.js,
# index.wasm, index.data (assets preloaded into /assets), and the shell's
# static files.
function(puerta_web_app target outdir)
  set(shell_dir ${PROJECT_SOURCE_DIR}/web-shell)
  set_target_properties(${target} PROPERTIES OUTPUT_NAME index SUFFIX .html RUNTIME_OUTPUT_DIRECTORY ${outdir})
  target_link_options(${target} PRIVATE
    --shell-file ${shell_dir}/shell.html
    -sMINIFY_HTML=0                 # Debian's emscripten crashes minifying HTML
    -sENVIRONMENT=web
    -sMIN_WEBGL_VERSION=2 -sMAX_WEBGL_VERSION=2   # WebGL2 = OpenGL ES 3.0
    -sALLOW_MEMORY_GROWTH=1         # the font atlas grows with devicePixelRatio
    # Smaller first load (bench/first_load.mjs): emmalloc is a few KB beside
    # dlmalloc; nothing calls setjmp; every browser with WebGL2 has TextDecoder.
    -sMALLOC=emmalloc -sSUPPORT_LONGJMP=0 -sTEXTDECODER=2
    # Nothing reads errno from JS or GL errors from glGetError; WebGL2 has
    # what ImGui draws with, no extension to enable; no fullscreen request.
    -sSUPPORT_ERRNO=0 -sGL_TRACK_ERRORS=0 -sGL_SUPPORT_AUTOMATIC_ENABLE_EXTENSIONS=0
    -sHTML5_SUPPORT_DEFERRING_USER_SENSITIVE_REQUESTS=0
    # callMain: a tab that finds the app open in another one loads it without
    # running main(), and runs it once that tab is closed (web-shell/shell.js).
    -sEXPORTED_RUNTIME_METHODS=UTF8ToString,stringToUTF8,lengthBytesUTF8,FS,callMain
    -sEXPORTED_FUNCTIONS=_main,_malloc,_free
    --pre-js ${PROJECT_SOURCE_DIR}/wasm/js/bridge.js
    # The CJK fonts (but the language names') are fetched only when Chinese
    # or Korean text first appears (core/ui/theme.h).
    # The bundled scripts and walk list are for the desktop and the CLI: the
    # phone reads only the fonts and sample/sample.turf.
    # (SHELL: keeps CMake from merging the repeated --exclude-file.)
    "--preload-file=${PUERTA_ASSETS_OUT}@/assets" "SHELL:--exclude-file *ui-cjk.ttc" "SHELL:--exclude-file *ui-cjk-first.ttc"
    "SHELL:--exclude-file *.json" "SHELL:--exclude-file *.csv")
  set_property(TARGET ${target} APPEND PROPERTY LINK_DEPENDS ${shell_dir}/shell.html
               ${PROJECT_SOURCE_DIR}/cmake/minify_js.cjs
               ${PROJECT_SOURCE_DIR}/wasm/js/bridge.js ${PROJECT_SOURCE_DIR}/core/i18n/ui_text.cpp)

  file(GLOB shell_files CONFIGURE_DEPENDS ${shell_dir}/*)
  list(FILTER shell_files EXCLUDE REGEX "/(shell\\.html|sw\\.js)$")
  # After linking, both builds alike: binaryen's optimizer once more until it
  # gains nothing (-Oz --converge: ~3 KB brotli beyond emcc's own single
  # pass) and terser on the JS (~8 KB brotli; cmake/minify_js.cjs).
  find_program(PUERTA_WASM_OPT wasm-opt REQUIRED)
  find_program(PUERTA_NODE NAMES node nodejs REQUIRED)
  add_custom_command(TARGET ${target} POST_BUILD
    COMMAND ${PUERTA_WASM_OPT} -Oz --converge ${outdir}/index.wasm -o ${outdir}/index.wasm
    COMMAND ${CMAKE_COMMAND} -E env NODE_PATH=/usr/share/nodejs ${PUERTA_NODE}
            ${PROJECT_SOURCE_DIR}/cmake/minify_js.cjs ${outdir}/index.js
    COMMAND ${CMAKE_COMMAND} -E copy_if_different ${shell_files} ${outdir}
    # The page's own words (loading, a browser that cannot run the app, an
    # update), from the translation table: words.js.
    COMMAND ${DEBIAN_PYTHON} ${PROJECT_SOURCE_DIR}/cmake/shell_words.py ${PROJECT_SOURCE_DIR}/core/i18n/ui_text.cpp
            ${outdir}/words.js
    COMMAND ${CMAKE_COMMAND} -E make_directory ${outdir}/assets/fonts
    COMMAND ${CMAKE_COMMAND} -E copy_if_different ${PUERTA_ASSETS_OUT}/fonts/ui-cjk.ttc
            ${PUERTA_ASSETS_OUT}/fonts/ui-cjk-first.ttc ${outdir}/assets/fonts
    COMMAND ${CMAKE_COMMAND} -E copy_if_different ${PUERTA_ASSETS_OUT}/sample/sample.turf ${outdir}/sample.turf
    COMMAND ${CMAKE_COMMAND} -DSOURCE=${shell_dir}/sw.js -DOUT_DIR=${outdir}
            -P ${PROJECT_SOURCE_DIR}/cmake/StampServiceWorker.cmake
    COMMENT "Copying the web shell and stamping the service worker")
endfunction()
