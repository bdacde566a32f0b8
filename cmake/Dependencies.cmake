# Third-party code, all from Debian:
#   cereal, rapidjson, doctest  header-only, from /usr/include (libcereal-dev,
#                               rapidjson-dev, doctest-dev)
#   stb_image(_write)           header-only, from /usr/include/stb (libstb-dev):
#                               the turf package's inflate (util/deflate.h)
#   Dear ImGui                  compiled here from Debian's source package
#                               (scripts/fetch-debian-sources.sh), because the
#                               test hooks need IMGUI_ENABLE_TEST_ENGINE
#   SDL2                        libsdl2-dev natively; compiled with Emscripten
#                               from Debian's source (scripts/build-wasm-deps.sh)
#   libsodium                   libsodium-dev natively; compiled with Emscripten
#                               from Debian's source (scripts/build-wasm-deps.sh)

# --- header-only libraries ---------------------------------------------------
# An Emscripten compile must never see /usr/include itself (glibc's headers
# would shadow the wasm sysroot), so both builds read these libraries through a
# folder of links to exactly the four we use.
set(PUERTA_HEADER_LINKS "${CMAKE_BINARY_DIR}/debian-headers")
file(MAKE_DIRECTORY "${PUERTA_HEADER_LINKS}")
foreach(lib cereal rapidjson doctest stb)
  if(NOT EXISTS "/usr/include/${lib}")
    message(FATAL_ERROR "/usr/include/${lib} is missing: run scripts/install-debian-packages.sh")
  endif()
  file(CREATE_LINK "/usr/include/${lib}" "${PUERTA_HEADER_LINKS}/${lib}" SYMBOLIC)
endforeach()
add_library(puerta_header_libs INTERFACE)
target_include_directories(puerta_header_libs SYSTEM INTERFACE "${PUERTA_HEADER_LINKS}")

# --- libsodium: encryption at rest and sealed exports -------------------------
add_library(puerta_sodium INTERFACE)
if(EMSCRIPTEN)
  set(sodium_prefix "${PUERTA_CACHE}/wasm/libsodium")
  if(NOT EXISTS "${sodium_prefix}/lib/libsodium.a")
    message(FATAL_ERROR "No wasm libsodium at ${sodium_prefix}: run scripts/build-wasm-deps.sh")
  endif()
  target_include_directories(puerta_sodium SYSTEM INTERFACE "${sodium_prefix}/include")
  target_link_libraries(puerta_sodium INTERFACE "${sodium_prefix}/lib/libsodium.a")
else()
  find_package(PkgConfig REQUIRED)
  pkg_check_modules(SODIUM REQUIRED IMPORTED_TARGET libsodium)
  target_link_libraries(puerta_sodium INTERFACE PkgConfig::SODIUM)
endif()

# --- Dear ImGui ----------------------------------------------------------------
set(PUERTA_IMGUI_DIR "${PUERTA_CACHE}/src/imgui" CACHE PATH "Debian's imgui source tree")
if(NOT EXISTS "${PUERTA_IMGUI_DIR}/imgui.cpp")
  message(FATAL_ERROR "No imgui source at ${PUERTA_IMGUI_DIR}: run scripts/fetch-debian-sources.sh")
endif()
add_library(puerta_imgui STATIC
  ${PUERTA_IMGUI_DIR}/imgui.cpp ${PUERTA_IMGUI_DIR}/imgui_draw.cpp
  ${PUERTA_IMGUI_DIR}/imgui_tables.cpp ${PUERTA_IMGUI_DIR}/imgui_widgets.cpp
  ${PUERTA_IMGUI_DIR}/misc/cpp/imgui_stdlib.cpp)
target_include_directories(puerta_imgui SYSTEM PUBLIC ${PUERTA_IMGUI_DIR} ${PUERTA_IMGUI_DIR}/misc/cpp)
# The item hooks let tests (headless and in the browser) find widgets by label.
target_compile_options(puerta_imgui PRIVATE -w)  # third-party code: not ours to warn about
target_compile_definitions(puerta_imgui PUBLIC IMGUI_ENABLE_TEST_ENGINE IMGUI_DISABLE_OBSOLETE_FUNCTIONS
                           IMGUI_DISABLE_DEMO_WINDOWS IMGUI_DISABLE_DEBUG_TOOLS)

# --- SDL2 and the ImGui backends that draw with it -----------------------------
if(PUERTA_BUILD_APP)
  if(EMSCRIPTEN)
    # Ours, not the SDL2 config in Emscripten's sysroot (that one asks for the
    # -sUSE_SDL=2 port, which a frozen cache cannot build). The lean build
    # (scripts/build-wasm-deps.sh); a tree configured with the older one
    # forgets it.
    if(SDL2_DIR AND NOT SDL2_DIR MATCHES "/wasm/sdl2-lean/")
      unset(SDL2_DIR CACHE)
    endif()
    find_package(SDL2 CONFIG REQUIRED PATHS "${PUERTA_CACHE}/wasm/sdl2-lean" NO_DEFAULT_PATH NO_CMAKE_FIND_ROOT_PATH)
    set(PUERTA_SDL2_TARGET SDL2::SDL2-static)
  else()
    find_package(SDL2 CONFIG REQUIRED)
    find_package(OpenGL REQUIRED)
    set(PUERTA_SDL2_TARGET SDL2::SDL2)
  endif()
  add_library(puerta_imgui_backends STATIC
    ${PUERTA_IMGUI_DIR}/backends/imgui_impl_sdl.cpp
    ${PUERTA_IMGUI_DIR}/backends/imgui_impl_opengl3.cpp)
  target_include_directories(puerta_imgui_backends SYSTEM PUBLIC ${PUERTA_IMGUI_DIR}/backends)
  target_link_libraries(puerta_imgui_backends PUBLIC puerta_imgui ${PUERTA_SDL2_TARGET})
  if(EMSCRIPTEN)
    # WebGL2: without ES3 the backend picks WebGL1 (see README, toolchain notes).
    target_compile_definitions(puerta_imgui_backends PUBLIC IMGUI_IMPL_OPENGL_ES3)
  else()
    target_link_libraries(puerta_imgui_backends PUBLIC OpenGL::GL ${CMAKE_DL_LIBS})
  endif()
endif()
