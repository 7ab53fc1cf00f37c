# Installs the build into a scratch prefix and checks the desktop integration and the files of
# the package (packaging/CMakeLists.txt, docs/packaging.md) against each other and against the
# installed executable: the desktop entry names an installed executable and icon, every PNG
# icon has the size of its folder, the AppStream component launches that desktop entry, the
# manual page holds every synopsis line the executable's help prints today, the licences are
# there. Run by CTest (tests/CMakeLists.txt) with -DBUILD_DIR, -DPREFIX, -DID (the desktop id),
# -DBINDIR, -DDATADIR, -DMANDIR, -DGZIP.
cmake_minimum_required(VERSION 3.22)

foreach(var BUILD_DIR PREFIX ID BINDIR DATADIR MANDIR GZIP)
    if(NOT DEFINED ${var})
        message(FATAL_ERROR "InstalledFiles.cmake: -D${var}=... is missing")
    endif()
endforeach()

file(REMOVE_RECURSE "${PREFIX}")
execute_process(COMMAND "${CMAKE_COMMAND}" --install "${BUILD_DIR}" --prefix "${PREFIX}"
    RESULT_VARIABLE result OUTPUT_QUIET)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "cmake --install failed (${result})")
endif()

function(require_file path)
    if(NOT EXISTS "${PREFIX}/${path}")
        message(FATAL_ERROR "not installed: ${path}")
    endif()
endfunction()

set(exe "${PREFIX}/${BINDIR}/safereturn")
set(desktop_file "${DATADIR}/applications/${ID}.desktop")
set(metainfo_file "${DATADIR}/metainfo/${ID}.metainfo.xml")
set(doc "${DATADIR}/doc/safereturn")
foreach(path "${BINDIR}/safereturn" "${desktop_file}" "${metainfo_file}"
        "${MANDIR}/man1/safereturn.1.gz" "${doc}/LICENSE" "${doc}/copyright"
        "${doc}/changelog.Debian.gz" "${doc}/credits/reference-data.md"
        "${doc}/credits/common-passwords.md")
    require_file("${path}")
endforeach()

# The desktop entry: Exec is the installed executable, Icon an installed icon in every size,
# names and comments in English and Vietnamese, in the Office menu.
file(STRINGS "${PREFIX}/${desktop_file}" desktop ENCODING UTF-8)
foreach(key "Exec=safereturn" "Categories=Office;" "Name=SafeReturn" "Type=Application")
    if(NOT key IN_LIST desktop)
        message(FATAL_ERROR "${desktop_file}: no line ${key}")
    endif()
endforeach()
foreach(key "Name\\[vi\\]" "GenericName" "GenericName\\[vi\\]" "Comment" "Comment\\[vi\\]"
        "Keywords" "Keywords\\[vi\\]")
    set(lines ${desktop})
    list(FILTER lines INCLUDE REGEX "^${key}=.")
    if(NOT lines)
        message(FATAL_ERROR "${desktop_file}: no ${key}")
    endif()
endforeach()
set(icon_lines ${desktop})
list(FILTER icon_lines INCLUDE REGEX "^Icon=")
string(REGEX REPLACE "^Icon=" "" icon "${icon_lines}")
require_file("${DATADIR}/icons/hicolor/scalable/apps/${icon}.svg")
foreach(size 16 24 32 48 64 128 256)
    set(png "${DATADIR}/icons/hicolor/${size}x${size}/apps/${icon}.png")
    require_file("${png}")
    # The PNG's IHDR: width and height, 4 bytes each, from byte 16.
    file(READ "${PREFIX}/${png}" header OFFSET 16 LIMIT 8 HEX)
    math(EXPR expected_width "${size}" OUTPUT_FORMAT HEXADECIMAL)
    string(SUBSTRING "${header}" 0 8 width)
    string(SUBSTRING "${header}" 8 8 height)
    math(EXPR width "0x${width}")
    math(EXPR height "0x${height}")
    if(NOT width EQUAL size OR NOT height EQUAL size)
        message(FATAL_ERROR "${png} is ${width}x${height}, not ${size}x${size}")
    endif()
endforeach()

# The AppStream component is the desktop entry's, with Vietnamese name and summary.
file(READ "${PREFIX}/${metainfo_file}" metainfo)
foreach(needle "<id>${ID}</id>" "<launchable type=\"desktop-id\">${ID}.desktop</launchable>"
        "<name xml:lang=\"vi\">" "<summary xml:lang=\"vi\">" "<binary>safereturn</binary>")
    string(FIND "${metainfo}" "${needle}" at)
    if(at EQUAL -1)
        message(FATAL_ERROR "${metainfo_file} lacks ${needle}")
    endif()
endforeach()

# The manual page and the help of the installed executable say the same: every synopsis line
# ("  safereturn …") of every help text is in the page, as ManPage.cmake writes it.
execute_process(COMMAND "${GZIP}" -dc "${PREFIX}/${MANDIR}/man1/safereturn.1.gz"
    OUTPUT_VARIABLE page RESULT_VARIABLE result)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "the manual page does not decompress")
endif()
set(ENV{HOME} "${PREFIX}/home")
set(ENV{XDG_DATA_HOME} "${PREFIX}/home/data")
set(ENV{XDG_CONFIG_HOME} "${PREFIX}/home/config")
set(ENV{QT_QPA_PLATFORM} "offscreen")
foreach(words "" "report" "case print" "export" "server add-profile" "server init")
    separate_arguments(arguments UNIX_COMMAND "${words}")
    execute_process(COMMAND "${exe}" ${arguments} --lang en --help
        OUTPUT_VARIABLE help RESULT_VARIABLE result)
    if(NOT result EQUAL 0)
        message(FATAL_ERROR "safereturn ${words} --help failed (${result})")
    endif()
    string(REPLACE ";" "\\;" help "${help}")
    string(REPLACE "\n" ";" lines "${help}")
    set(found 0)
    foreach(line IN LISTS lines)
        if(NOT line MATCHES "^  safereturn ")
            continue()
        endif()
        # ManPage.cmake keeps each such line whole (indented, or stripped when it is long),
        # with roff's minus sign for "-".
        string(STRIP "${line}" synopsis)
        string(REPLACE "-" "\\-" escaped "${synopsis}")
        string(FIND "${page}" "${escaped}" at)
        if(at EQUAL -1)
            message(FATAL_ERROR "the manual page lacks \"${synopsis}\" (safereturn ${words} --help)")
        endif()
        math(EXPR found "${found} + 1")
    endforeach()
    if(found EQUAL 0)
        message(FATAL_ERROR "safereturn ${words} --help printed no synopsis")
    endif()
endforeach()
file(REMOVE_RECURSE "${PREFIX}")
