# Desktop integration, man pages and the Debian package. Everything goes where GNUInstallDirs says,
# so `cmake --install` and the .deb put files in the same FHS/XDG places. The programs themselves
# are installed by app/CMakeLists.txt and the translations by core/CMakeLists.txt; nothing else of
# the build (tests, fuzzers, static libraries, build tools) has an install rule, so the package holds
# only what is listed here and there. docs/DEPLOY.md describes the result; tests/package checks it.

# The reverse-DNS id desktops and software centres know the application by: it names the desktop
# file, the metainfo file and the icon, which is what lets them find one another.
set(MICONNECT_APP_ID io.github.miconnect.miconnect)
set(miconnect_packaging_dir ${PROJECT_SOURCE_DIR}/packaging)
set(miconnect_packaging_build_dir ${PROJECT_BINARY_DIR}/packaging)
file(MAKE_DIRECTORY ${miconnect_packaging_build_dir})

install(FILES ${PROJECT_SOURCE_DIR}/LICENSE DESTINATION ${CMAKE_INSTALL_DOCDIR})

# --- Freedesktop (XDG) integration; Windows and macOS find applications their own way (DEPLOY.md).
# The icon: the SVG as it is, and PNGs drawn from it at build time so they never drift from it
# (desktops that cannot scale SVG, and menus that ask for an exact size, take the PNGs).
if(UNIX AND NOT APPLE)
    install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/miconnect.svg
            DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps
            RENAME ${MICONNECT_APP_ID}.svg)
endif()

if(MICONNECT_BUILD_GUI AND UNIX AND NOT APPLE)
    # Qt Svg is only looked for in a GUI build, so only a GUI build can draw the PNGs.
    add_subdirectory(${PROJECT_SOURCE_DIR}/tools/iconrender ${PROJECT_BINARY_DIR}/tools/iconrender)

    set(miconnect_icon_sizes 16 24 32 48 64 128 256)
    set(miconnect_icon_dir ${miconnect_packaging_build_dir}/icons)
    set(miconnect_icon_pngs)
    foreach(size IN LISTS miconnect_icon_sizes)
        list(APPEND miconnect_icon_pngs ${miconnect_icon_dir}/${size}x${size}/${MICONNECT_APP_ID}.png)
    endforeach()
    add_custom_command(
        OUTPUT ${miconnect_icon_pngs}
        COMMAND iconrender ${PROJECT_SOURCE_DIR}/resources/icons/miconnect.svg
                ${miconnect_icon_dir} ${MICONNECT_APP_ID} ${miconnect_icon_sizes}
        DEPENDS iconrender ${PROJECT_SOURCE_DIR}/resources/icons/miconnect.svg
        COMMENT "Rendering the application icon as PNG"
        VERBATIM)
    add_custom_target(miconnect_icons ALL DEPENDS ${miconnect_icon_pngs})
    foreach(size IN LISTS miconnect_icon_sizes)
        install(FILES ${miconnect_icon_dir}/${size}x${size}/${MICONNECT_APP_ID}.png
                DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps)
    endforeach()

    # The launcher and the software-centre entry are for the wizard; a CLI-only build has no window.
    install(FILES ${miconnect_packaging_dir}/${MICONNECT_APP_ID}.desktop
            DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
    # Screenshots are fetched by software centres from the repository's raw files.
    string(REPLACE "https://github.com/" "https://raw.githubusercontent.com/" MICONNECT_SCREENSHOT_BASE_URL
                   "${PROJECT_HOMEPAGE_URL}/main/docs/screenshots")
    configure_file(${miconnect_packaging_dir}/${MICONNECT_APP_ID}.metainfo.xml.in
                   ${miconnect_packaging_build_dir}/${MICONNECT_APP_ID}.metainfo.xml @ONLY)
    install(FILES ${miconnect_packaging_build_dir}/${MICONNECT_APP_ID}.metainfo.xml
            DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
endif()

# --- Man pages, compressed as Debian policy and man-db expect. -n keeps the name and the time out
# of the gzip header, so the same page always gives the same bytes (reproducible packages).
if(UNIX)
    find_program(MICONNECT_GZIP_EXECUTABLE gzip REQUIRED)
    set(miconnect_man_pages miconnect-cli.1)
    if(MICONNECT_BUILD_GUI)
        list(APPEND miconnect_man_pages miconnect.1)
    endif()
    set(miconnect_man_build_dir ${miconnect_packaging_build_dir}/man)
    file(MAKE_DIRECTORY ${miconnect_man_build_dir})
    set(miconnect_man_outputs)
    foreach(page IN LISTS miconnect_man_pages)
        # gzip compresses in place, so it works on a copy in the build tree, never on the source.
        add_custom_command(
            OUTPUT ${miconnect_man_build_dir}/${page}.gz
            COMMAND ${CMAKE_COMMAND} -E copy ${miconnect_packaging_dir}/man/${page}
                    ${miconnect_man_build_dir}/${page}
            COMMAND ${MICONNECT_GZIP_EXECUTABLE} -n -9 -f ${miconnect_man_build_dir}/${page}
            DEPENDS ${miconnect_packaging_dir}/man/${page}
            COMMENT "Compressing the man page ${page}"
            VERBATIM)
        list(APPEND miconnect_man_outputs ${miconnect_man_build_dir}/${page}.gz)
        install(FILES ${miconnect_man_build_dir}/${page}.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
    endforeach()
    add_custom_target(miconnect_man_pages ALL DEPENDS ${miconnect_man_outputs})
endif()

# --- CPack: `cpack -G DEB` in a build directory makes the Debian package.
set(CPACK_PACKAGE_NAME miconnect)
set(CPACK_PACKAGE_VENDOR "The MI Connect Wizard authors")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "MI Connect Wizard")
if(MICONNECT_BUILD_GUI)
    set(CPACK_PACKAGE_EXECUTABLES miconnect "MI Connect Wizard") # start-menu entry of installers
endif()
set(CPACK_RESOURCE_FILE_LICENSE ${PROJECT_SOURCE_DIR}/LICENSE)
set(CPACK_STRIP_FILES ON)
# Directories in the package get these modes whatever the packager's umask is.
set(CPACK_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS
    OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)
set(CPACK_SOURCE_GENERATOR TGZ)
set(CPACK_SOURCE_IGNORE_FILES "/\\\\.git/" "/build/" "/\\\\.cache/" "/node_modules/")
if(CMAKE_SYSTEM_NAME STREQUAL "Linux")
    set(CPACK_GENERATOR DEB)
endif()

# Debian policy wants "Name <e-mail>" here; a distributor sets their own.
set(MICONNECT_PACKAGE_MAINTAINER "The MI Connect Wizard authors <${PROJECT_HOMEPAGE_URL}/issues>"
    CACHE STRING "The Maintainer field of the Debian package")
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${MICONNECT_PACKAGE_MAINTAINER}")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION net)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
# dpkg-shlibdeps reads the binaries and names the exact Qt and C++ runtime packages they link, with
# the minimum versions; the plugins the programs load at run time (platforms xcb and offscreen, the
# OpenSSL TLS backend, the SVG image format) ship in those same packages on Debian.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION
    "MI Connect Wizard tests the network path from this machine to an Azure SQL Managed
Instance: name resolution, the gateway port, the TDS and TLS handshakes, a login, the
nodes behind the gateway and the redirect ports. It names each port's state, explains
what the results mean for the way the application is hosted and says what to change.

The package contains the Qt wizard (miconnect) and its headless twin for servers and
scripts (miconnect-cli). A built-in simulated instance on loopback demonstrates every
check without Azure.")

include(CPack)
