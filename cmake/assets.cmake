# imt_assets: the UI's fonts and message catalogues compiled into the program as byte arrays.
# Fonts come from Debian packages (fonts-inter, fonts-font-awesome, fonts-dejavu-core) and are cut
# down with pyftsubset (fonttools) to the glyphs the page draws, at build time, into the build tree.
# Native and headless builds rasterise them from memory (ui/embedded_fonts): no font files at run time.
# The web page has the browser draw its text (platform/web/browser_fonts) and uses only the icons;
# the linker leaves the other fonts out of it.

find_program(IMT_PYFTSUBSET pyftsubset NO_CMAKE_FIND_ROOT_PATH)
find_program(IMT_PYTHON3 NAMES python3 NO_CMAKE_FIND_ROOT_PATH)
if(NOT IMT_PYFTSUBSET OR NOT IMT_PYTHON3)
    message(FATAL_ERROR "pyftsubset (Debian package fonttools) and python3 are needed to embed the fonts")
endif()

set(IMT_INTER_DIR "/usr/share/fonts/opentype/inter" CACHE PATH "Inter .otf files (fonts-inter)")
set(IMT_ICON_FONT "/usr/share/fonts/truetype/font-awesome/fontawesome-webfont.ttf"
    CACHE FILEPATH "Font Awesome 4 icon font (fonts-font-awesome)")
set(IMT_MONO_FONT "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf"
    CACHE FILEPATH "Monospace font for token secrets (fonts-dejavu-core)")

# Two weights of Inter: every emphasis (headings, labels, the title) shares the semibold one, as the
# web page asks the browser for the same two weights.
foreach(font IN ITEMS "${IMT_INTER_DIR}/Inter-Regular.otf" "${IMT_INTER_DIR}/Inter-SemiBold.otf"
                      "${IMT_ICON_FONT}" "${IMT_MONO_FONT}")
    if(NOT EXISTS "${font}")
        message(FATAL_ERROR "Font ${font} not found; run scripts/setup.sh")
    endif()
endforeach()

# English and French text: Latin-1, œ/Œ/Ÿ, dashes, typographic quotes, bullet, ellipsis, the narrow
# no-break space French puts before ; : ! ? and in numbers, the minus sign, arrows and the macOS
# modifier symbols shown in shortcut hints.
set(IMT_TEXT_RANGES "0020-007E,00A0-00FF,0152-0153,0178,2013-2014,2018-201A,201C-201E,2022,2026,2039-203A,202F,2190-2193,2212,2318,2325,21E7")
set(imt_unicodes "${IMT_TEXT_RANGES}") # pyftsubset reads the same "first-last,..." hex list

set(imt_assets_dir "${CMAKE_BINARY_DIR}/assets")
set(imt_icons_list "${PROJECT_SOURCE_DIR}/assets/icons.txt")
# The icon list is read here, at configure time: editing it must configure again.
set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS "${imt_icons_list}")
file(STRINGS "${imt_icons_list}" imt_icon_lines REGEX "^[a-z]")
set(imt_icon_unicodes "")
foreach(line IN LISTS imt_icon_lines)
    string(REGEX REPLACE "^[a-z_0-9]+[ \t]+([0-9a-fA-F]+).*$" "\\1" code "${line}")
    list(APPEND imt_icon_unicodes "${code}")
endforeach()
list(JOIN imt_icon_unicodes "," imt_icon_unicodes)

set(imt_subset_options --layout-features= --no-hinting --desubroutinize --name-IDs=1,2 --notdef-outline)

# imt_subset_font(<output name> <source font> <unicodes> [DEPENDS files...])
function(imt_subset_font output source unicodes)
    cmake_parse_arguments(PARSE_ARGV 3 arg "" "" "DEPENDS")
    add_custom_command(
        OUTPUT "${imt_assets_dir}/${output}"
        COMMAND ${CMAKE_COMMAND} -E make_directory "${imt_assets_dir}"
        COMMAND "${IMT_PYFTSUBSET}" "${source}" "--unicodes=${unicodes}" ${imt_subset_options}
                "--output-file=${imt_assets_dir}/${output}"
        DEPENDS "${source}" ${arg_DEPENDS}
        COMMENT "Subsetting ${output}"
        VERBATIM)
endfunction()

imt_subset_font(inter-regular.otf "${IMT_INTER_DIR}/Inter-Regular.otf" "${imt_unicodes}")
imt_subset_font(inter-semibold.otf "${IMT_INTER_DIR}/Inter-SemiBold.otf" "${imt_unicodes}")
# The monospace font shows only secrets, which are lower-case hex (256 of them per key; see the contract);
# the space and "?" keep ImGui's fallback glyph within the font.
set(IMT_MONO_RANGES "0020,0030-0039,003F,0061-0066")
imt_subset_font(mono.ttf "${IMT_MONO_FONT}" "${IMT_MONO_RANGES}")
imt_subset_font(icons.ttf "${IMT_ICON_FONT}" "${imt_icon_unicodes}" DEPENDS "${imt_icons_list}")

set(imt_embed_script "${PROJECT_SOURCE_DIR}/assets/tools/embed_assets.py")
set(imt_en "${PROJECT_SOURCE_DIR}/assets/locales/en.json")
set(imt_fr "${PROJECT_SOURCE_DIR}/assets/locales/fr.json")
set(imt_generated_dir "${CMAKE_BINARY_DIR}/generated/imt_assets")
add_custom_command(
    OUTPUT "${imt_generated_dir}/embedded_assets.hpp" "${imt_generated_dir}/embedded_assets.cpp"
    COMMAND "${IMT_PYTHON3}" "${imt_embed_script}"
            --header "${imt_generated_dir}/embedded_assets.hpp"
            --source "${imt_generated_dir}/embedded_assets.cpp"
            --icons "${imt_icons_list}"
            --text-ranges "${IMT_TEXT_RANGES}"
            --mono-ranges "${IMT_MONO_RANGES}"
            --blob "inter_regular=${imt_assets_dir}/inter-regular.otf"
            --blob "inter_semibold=${imt_assets_dir}/inter-semibold.otf"
            --blob "mono=${imt_assets_dir}/mono.ttf"
            --blob "icons=${imt_assets_dir}/icons.ttf"
            --text "locale_en=${imt_en}"
            --text "locale_fr=${imt_fr}"
    DEPENDS "${imt_embed_script}" "${imt_icons_list}" "${imt_en}" "${imt_fr}"
            "${imt_assets_dir}/inter-regular.otf" "${imt_assets_dir}/inter-semibold.otf"
            "${imt_assets_dir}/mono.ttf" "${imt_assets_dir}/icons.ttf"
    COMMENT "Embedding fonts and message catalogues"
    VERBATIM)

add_library(imt_assets STATIC "${imt_generated_dir}/embedded_assets.cpp")
target_include_directories(imt_assets PUBLIC "${CMAKE_BINARY_DIR}/generated")
