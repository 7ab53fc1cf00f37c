# Windows only, included by packaging/CMakeLists.txt before include(CPack): an NSIS installer
# (`cpack -G NSIS`, NSIS 3 on the build machine). NOT TRIED: no Windows build could be run where
# this was written (docs/windows.md).
#
# It installs under "C:\Program Files\SafeReturn" (bin\safereturn.exe with its DLLs, share\
# with the user guide, which F1 finds relative to the executable: ui/HelpWindow.cpp), adds a
# Start menu entry and an uninstaller, and shows the GPL before installing. The database is
# not in the installation folder: it is created per user under %APPDATA% by QStandardPaths.
set(CPACK_PACKAGE_INSTALL_DIRECTORY "SafeReturn")
set(CPACK_NSIS_PACKAGE_NAME "SafeReturn ${PROJECT_VERSION}")
set(CPACK_NSIS_DISPLAY_NAME "SafeReturn")
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\\\safereturn.exe")
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_NSIS_MODIFY_PATH OFF)
# Start menu: the executable under the product's name (CPACK_PACKAGE_EXECUTABLES pairs).
set(CPACK_PACKAGE_EXECUTABLES "safereturn" "SafeReturn")
set(CPACK_NSIS_EXECUTABLES_DIRECTORY "bin")
set(CPACK_NSIS_MANIFEST_DPI_AWARE ON)
# Not yet: an .ico for the installer (CPACK_NSIS_MUI_ICON) and for safereturn.exe (a .rc file);
# docs/windows.md.
