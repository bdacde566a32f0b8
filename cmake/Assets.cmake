# puerta_assets: what the apps read at run time, gathered in
# ${PUERTA_ASSETS_OUT}: the sample walk list and scripts from assets/, and
# fonts cut from Debian's font packages with fontTools' subsetter (only the
# glyphs Puerta draws, so the phone downloads less).
set(PUERTA_ASSETS_OUT "${CMAKE_BINARY_DIR}/assets")
set(noto_dir /usr/share/fonts/truetype/noto)
set(noto_cjk /usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc)  # face 2: Simplified Chinese (Hangul too)
set(noto_cjk_bold /usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc)
# Debian's python3-fonttools: run with Debian's Python, whatever python3 is on PATH.
find_program(DEBIAN_PYTHON NAMES python3 PATHS /usr/bin NO_DEFAULT_PATH REQUIRED)
set(PYFTSUBSET ${DEBIAN_PYTHON} -m fontTools.subset)

# Latin with every Vietnamese letter, basic Cyrillic (Русский among the
# languages a canvasser heard), punctuation, the dong and euro, arrows,
# and the replacement glyph U+FFFD: what ImGui draws for a character no font
# has (a test counts them: tests/ui/test_every_screen.cpp).
set(latin_unicodes "U+0020-024F,U+0300-036F,U+0400-045F,U+1EA0-1EF9,U+2000-206F,U+20AB-20AC,U+2190-2193,U+FFFD")
# Dear ImGui draws each character's own glyph from cmap, with no shaping and
# no kerning (imgui_draw.cpp never asks stb_truetype for either): the layout
# tables are dead weight in the phone's first load (GPOS alone was 22 KB of
# each Latin face, 16 KB brotli for both).
set(ui_font_tables --layout-features= --drop-tables+=GSUB,GPOS,GDEF)
set(font_outputs "")
foreach(style Regular Bold)
  string(TOLOWER ${style} lower)
  set(out "${PUERTA_ASSETS_OUT}/fonts/ui-${lower}.ttf")
  add_custom_command(OUTPUT "${out}"
    COMMAND ${CMAKE_COMMAND} -E make_directory "${PUERTA_ASSETS_OUT}/fonts"
    COMMAND ${PYFTSUBSET} "${noto_dir}/NotoSans-${style}.ttf" "--unicodes=${latin_unicodes}"
            ${ui_font_tables} --no-hinting --desubroutinize "--output-file=${out}"
    DEPENDS "${noto_dir}/NotoSans-${style}.ttf"
    COMMENT "Subsetting Noto Sans ${style} for the UI")
  list(APPEND font_outputs "${out}")
endforeach()

# Fonts older builds cut under other names: gone, or the web app would preload them.
file(REMOVE "${PUERTA_ASSETS_OUT}/fonts/ui-cjk.ttf" "${PUERTA_ASSETS_OUT}/fonts/ui-cjk-names.ttf"
     "${PUERTA_ASSETS_OUT}/fonts/ui-cjk-first.ttf")

# "العربية" among the languages a canvasser heard: ImGui neither shapes nor
# reorders Arabic, so the name is stored already shaped (presentation forms,
# drawn left to right, see i18n/ui_text.cpp) and only those glyphs are cut.
set(arabic_out "${PUERTA_ASSETS_OUT}/fonts/ui-arabic-names.ttf")
add_custom_command(OUTPUT "${arabic_out}"
  COMMAND ${CMAKE_COMMAND} -E make_directory "${PUERTA_ASSETS_OUT}/fonts"
  COMMAND ${PYFTSUBSET} "${noto_dir}/NotoSansArabic-Regular.ttf" "--unicodes=U+FE8D,U+FE91,U+FE94,U+FEAE,U+FECC,U+FEDF,U+FEF4"
          --layout-features= --no-hinting --desubroutinize "--output-file=${arabic_out}"
  DEPENDS "${noto_dir}/NotoSansArabic-Regular.ttf"
  COMMENT "Subsetting Noto Sans Arabic for the language name")
list(APPEND font_outputs "${arabic_out}")

set(cjk_characters ${DEBIAN_PYTHON} ${PROJECT_SOURCE_DIR}/cmake/cjk_characters.py)
set(cjk_work "${CMAKE_BINARY_DIR}/cjk-fonts")

# Shipped with the app (in the phone's first load): the language names in
# their own script (中文, 한국어), which every phone's language picker shows.
# Face 0 regular, face 1 bold; its characters listed beside it (ui-cjk-names.txt).
set(names_out "${PUERTA_ASSETS_OUT}/fonts/ui-cjk-names.ttc")
add_custom_command(OUTPUT "${names_out}"
  COMMAND ${CMAKE_COMMAND} -E make_directory "${PUERTA_ASSETS_OUT}/fonts" "${cjk_work}"
  COMMAND ${cjk_characters} --names "${PUERTA_ASSETS_OUT}/fonts/ui-cjk-names.txt" ${PROJECT_SOURCE_DIR}/core/i18n/ui_text.cpp
  COMMAND ${PYFTSUBSET} "${noto_cjk}" --font-number=2 "--text-file=${PUERTA_ASSETS_OUT}/fonts/ui-cjk-names.txt"
          ${ui_font_tables} --no-hinting --desubroutinize "--output-file=${cjk_work}/names-regular.ttf"
  COMMAND ${PYFTSUBSET} "${noto_cjk_bold}" --font-number=2 "--text-file=${PUERTA_ASSETS_OUT}/fonts/ui-cjk-names.txt"
          ${ui_font_tables} --no-hinting --desubroutinize "--output-file=${cjk_work}/names-bold.ttf"
  COMMAND ${DEBIAN_PYTHON} ${PROJECT_SOURCE_DIR}/cmake/make_ttc.py "${names_out}" "${cjk_work}/names-regular.ttf"
          "${cjk_work}/names-bold.ttf"
  DEPENDS "${noto_cjk}" "${noto_cjk_bold}" ${PROJECT_SOURCE_DIR}/core/i18n/ui_text.cpp
          ${PROJECT_SOURCE_DIR}/cmake/cjk_characters.py ${PROJECT_SOURCE_DIR}/cmake/make_ttc.py
  COMMENT "Subsetting Noto Sans CJK (regular and bold) for the language names")
list(APPEND font_outputs "${names_out}")

# The words of the screens a canvasser may meet before the large font comes
# (choose a PIN, unlock, erase, and what the PIN answers: an offline phone
# must always be unlockable), in every language, and the language names. The
# screens' files name the words (see cmake/cjk_characters.py). One
# collection: face 0 regular, every such character; face 1 bold, those of the
# short texts the screens draw in bold (titles, buttons, one-line messages),
# so a heading is bold in Chinese and Korean as in Latin before the large
# font comes. Not in the phone's first load (about 63 KB brotli): the browser
# fetches it the first time one of its characters is drawn (Chinese or Korean
# chosen), and its service worker precaches it for offline use (web-shell/sw.js).
# Its characters are listed beside it (ui-cjk-first.txt, shipped): what this
# font answers without the large one.
set(first_out "${PUERTA_ASSETS_OUT}/fonts/ui-cjk-first.ttc")
set(first_screens ${PROJECT_SOURCE_DIR}/core/ui/screens/pin_screens.cpp ${PROJECT_SOURCE_DIR}/core/ui/screens/screen_frame.cpp
    ${PROJECT_SOURCE_DIR}/core/ui/app_pin.cpp)
add_custom_command(OUTPUT "${first_out}"
  COMMAND ${CMAKE_COMMAND} -E make_directory "${PUERTA_ASSETS_OUT}/fonts" "${cjk_work}"
  COMMAND ${cjk_characters} --first-screens "${PUERTA_ASSETS_OUT}/fonts/ui-cjk-first.txt"
          ${PROJECT_SOURCE_DIR}/core/i18n/ui_text.cpp ${first_screens}
  COMMAND ${cjk_characters} --first-screens-bold "${cjk_work}/first-bold.txt"
          ${PROJECT_SOURCE_DIR}/core/i18n/ui_text.cpp ${first_screens}
  COMMAND ${PYFTSUBSET} "${noto_cjk}" --font-number=2 "--text-file=${PUERTA_ASSETS_OUT}/fonts/ui-cjk-first.txt"
          --no-hinting --desubroutinize "--output-file=${cjk_work}/first-regular.ttf"
  COMMAND ${PYFTSUBSET} "${noto_cjk_bold}" --font-number=2 "--text-file=${cjk_work}/first-bold.txt"
          --no-hinting --desubroutinize "--output-file=${cjk_work}/first-bold.ttf"
  COMMAND ${DEBIAN_PYTHON} ${PROJECT_SOURCE_DIR}/cmake/make_ttc.py "${first_out}" "${cjk_work}/first-regular.ttf"
          "${cjk_work}/first-bold.ttf"
  DEPENDS "${noto_cjk}" "${noto_cjk_bold}" ${PROJECT_SOURCE_DIR}/core/i18n/ui_text.cpp ${first_screens}
          ${PROJECT_SOURCE_DIR}/cmake/cjk_characters.py ${PROJECT_SOURCE_DIR}/cmake/make_ttc.py
  COMMENT "Subsetting Noto Sans CJK (regular and bold) for language names and the PIN screens")
list(APPEND font_outputs "${first_out}")

# Chinese and Korean, fetched by the phone only when such text first appears,
# then kept offline: one collection, face 0 regular (the interface, bundled
# scripts and the common characters of names and notes), face 1 bold (the
# interface and bundled scripts only: headings, buttons, chips).
set(cjk_out "${PUERTA_ASSETS_OUT}/fonts/ui-cjk.ttc")
file(GLOB cjk_text_sources CONFIGURE_DEPENDS ${PROJECT_SOURCE_DIR}/assets/scripts/*.json ${PROJECT_SOURCE_DIR}/assets/sample/*)
list(APPEND cjk_text_sources ${PROJECT_SOURCE_DIR}/core/i18n/ui_text.cpp ${PROJECT_SOURCE_DIR}/core/results/result_code.cpp)
add_custom_command(OUTPUT "${cjk_out}"
  COMMAND ${CMAKE_COMMAND} -E make_directory "${PUERTA_ASSETS_OUT}/fonts" "${cjk_work}"
  COMMAND ${cjk_characters} --common "${cjk_work}/common.txt" ${cjk_text_sources}
  COMMAND ${cjk_characters} --sources "${cjk_work}/sources.txt" ${cjk_text_sources}
  COMMAND ${PYFTSUBSET} "${noto_cjk}" --font-number=2 "--text-file=${cjk_work}/common.txt"
          --no-hinting --desubroutinize "--output-file=${cjk_work}/regular.ttf"
  COMMAND ${PYFTSUBSET} "${noto_cjk_bold}" --font-number=2 "--text-file=${cjk_work}/sources.txt"
          --no-hinting --desubroutinize "--output-file=${cjk_work}/bold.ttf"
  COMMAND ${DEBIAN_PYTHON} ${PROJECT_SOURCE_DIR}/cmake/make_ttc.py "${cjk_out}" "${cjk_work}/regular.ttf" "${cjk_work}/bold.ttf"
  DEPENDS "${noto_cjk}" "${noto_cjk_bold}" ${cjk_text_sources} ${PROJECT_SOURCE_DIR}/cmake/cjk_characters.py
          ${PROJECT_SOURCE_DIR}/cmake/make_ttc.py
  COMMENT "Subsetting Noto Sans CJK (regular and bold) for Chinese and Korean text")
list(APPEND font_outputs "${cjk_out}")

file(GLOB_RECURSE source_assets CONFIGURE_DEPENDS RELATIVE ${PROJECT_SOURCE_DIR}/assets
     ${PROJECT_SOURCE_DIR}/assets/sample/* ${PROJECT_SOURCE_DIR}/assets/scripts/*)
set(copied_assets "")
foreach(asset ${source_assets})
  add_custom_command(OUTPUT "${PUERTA_ASSETS_OUT}/${asset}"
    COMMAND ${CMAKE_COMMAND} -E copy_if_different "${PROJECT_SOURCE_DIR}/assets/${asset}" "${PUERTA_ASSETS_OUT}/${asset}"
    DEPENDS "${PROJECT_SOURCE_DIR}/assets/${asset}")
  list(APPEND copied_assets "${PUERTA_ASSETS_OUT}/${asset}")
endforeach()

add_custom_target(puerta_assets ALL DEPENDS ${font_outputs} ${copied_assets})
