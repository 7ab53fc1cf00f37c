# Windows only, included by packaging/CMakeLists.txt. NOT TRIED: no Windows build could be run
# where this was written (docs/windows.md says what was and was not done).
#
# An installed SafeReturn on Windows carries its DLLs beside safereturn.exe: Qt's own (with the
# plugins it loads at run time: the windows platform, the QSQLITE and QPSQL drivers, the TIFF and
# JPEG image formats) through Qt's deployment script (windeployqt), and the other libraries
# (spdlog, libsodium, libzip, libpq, sqlite3 from vcpkg.json) through the runtime dependency set
# that src/app/CMakeLists.txt gives the executable on WIN32.

if(Qt6_VERSION VERSION_GREATER_EQUAL 6.5)
    qt_generate_deploy_app_script(TARGET safereturn OUTPUT_SCRIPT safereturn_deploy
        NO_UNSUPPORTED_PLATFORM_ERROR)
else()
    qt_generate_deploy_app_script(TARGET safereturn FILENAME_VARIABLE safereturn_deploy
        NO_UNSUPPORTED_PLATFORM_ERROR)
endif()
install(SCRIPT ${safereturn_deploy})

# vcpkg puts the DLLs of its ports in <installed>/<triplet>/bin.
set(safereturn_dll_folders "")
if(DEFINED VCPKG_INSTALLED_DIR AND DEFINED VCPKG_TARGET_TRIPLET)
    set(safereturn_dll_folders DIRECTORIES "${VCPKG_INSTALLED_DIR}/${VCPKG_TARGET_TRIPLET}/bin")
endif()
install(RUNTIME_DEPENDENCY_SET safereturn_runtime
    ${safereturn_dll_folders}
    # The system's own DLLs and API sets are never copied.
    PRE_EXCLUDE_REGEXES "api-ms-.*" "ext-ms-.*"
    POST_EXCLUDE_REGEXES ".*[Ss]ystem32/.*\\.dll"
    DESTINATION ${CMAKE_INSTALL_BINDIR})
