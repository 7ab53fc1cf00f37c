# Installs the build into a scratch prefix and checks that the user guide F1 shows
# (ui/HelpWindow.cpp) is where the installed executable looks for it: <bindir>/<relative> holds
# both guides and their screenshots. Run by CTest (tests/ui/CMakeLists.txt) with -DBUILD_DIR,
# -DPREFIX, -DBINDIR, -DDOCDIR.
file(REMOVE_RECURSE "${PREFIX}")
execute_process(COMMAND "${CMAKE_COMMAND}" --install "${BUILD_DIR}" --prefix "${PREFIX}"
    RESULT_VARIABLE result OUTPUT_QUIET)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "cmake --install failed (${result})")
endif()
foreach(file "${BINDIR}/safereturn" "${DOCDIR}/user-guide.md" "${DOCDIR}/user-guide.en.md"
        "${DOCDIR}/images/main-window-vi.png" "${DOCDIR}/images/main-window-en.png")
    if(NOT EXISTS "${PREFIX}/${file}")
        message(FATAL_ERROR "not installed: ${file}")
    endif()
endforeach()
file(REMOVE_RECURSE "${PREFIX}")
