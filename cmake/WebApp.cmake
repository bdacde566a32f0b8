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
    -sEXPORTED_RUNTIME_METHODS=ccall,cwrap,UTF8ToString
    "--preload-file=${PUERTA_ASSETS_OUT}@/assets")
  set_property(TARGET ${target} APPEND PROPERTY LINK_DEPENDS ${shell_dir}/shell.html)

  file(GLOB shell_files CONFIGURE_DEPENDS ${shell_dir}/*)
  list(FILTER shell_files EXCLUDE REGEX "/(shell\\.html|sw\\.js)$")
  add_custom_command(TARGET ${target} POST_BUILD
    COMMAND ${CMAKE_COMMAND} -E copy_if_different ${shell_files} ${outdir}
    COMMAND ${CMAKE_COMMAND} -DSOURCE=${shell_dir}/sw.js -DOUT_DIR=${outdir}
            -P ${PROJECT_SOURCE_DIR}/cmake/StampServiceWorker.cmake
    COMMENT "Copying the web shell and stamping the service worker")
endfunction()
