# SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#
# Installation rules for the files that are not programs, and CPack (docs/installers.md).
#
# Install components (the programs' own install() rules are in app/*/CMakeLists.txt):
#   desktop  factora, its desktop entry and icon                    -> Debian package "factora"
#   cli      factora-cli                                            -> Debian package "factora-cli"
#   server   factora-server, its systemd unit, /etc configuration   -> Debian package "factora-server"
#   siisim   factora-sii-sim (only when built; never packaged by default, see FACTORA_PACKAGE_SII_SIM)
# factora-cli is its own package, on which "factora" and "factora-server" both depend: a file shipped by two
# packages makes dpkg refuse to install the second one on the same machine.
#
# Linux:   cmake --build <build> && cpack --config <build>/CPackConfig.cmake -G DEB   (tests/packaging checks them)
# Windows: cmake --build <build> --config Release && cpack -G WIX -C Release          (installer/windows)
#
# The translations need no install rule: the .qm catalogues are embedded in the programs (translations/).

include_guard(GLOBAL)

set(FACTORA_PACKAGE_CONTACT "Factora maintainers <maintainers@factora.invalid>" CACHE STRING
    "Maintainer written in the packages (Debian's Maintainer field); set it to the real address when releasing")
option(FACTORA_PACKAGE_SII_SIM "Ship factora-sii-sim in its own package (a test tool; needs it built)" OFF)

set(_factora_installer_dir "${PROJECT_SOURCE_DIR}/installer")

# --- Files besides the programs -------------------------------------------------------------------------------
if(UNIX AND NOT APPLE)
    # Debian wants /usr/share/doc/<package>/changelog.Debian.gz: one entry for this version, dated now (or by
    # SOURCE_DATE_EPOCH, for reproducible packages). The project's history is its Git log.
    string(TIMESTAMP _factora_changelog_date "%a, %d %b %Y %H:%M:%S +0000" UTC)
    set(_factora_changelog_dir "${CMAKE_BINARY_DIR}/installer/debian/changelog")
    file(MAKE_DIRECTORY "${_factora_changelog_dir}")
    file(WRITE "${_factora_changelog_dir}/changelog.Debian"
        "factora (${PROJECT_VERSION}-1) stable; urgency=medium\n\n"
        "  * Factora ${PROJECT_VERSION}, packaged with CPack from the project's sources.\n\n"
        " -- ${FACTORA_PACKAGE_CONTACT}  ${_factora_changelog_date}\n")
    # gzip -n: no name or timestamp in the header, as Debian wants.
    execute_process(COMMAND gzip -9nc "${_factora_changelog_dir}/changelog.Debian"
        OUTPUT_FILE "${_factora_changelog_dir}/changelog.Debian.gz" COMMAND_ERROR_IS_FATAL ANY)
    foreach(_package IN ITEMS factora factora-cli factora-server)
        string(REPLACE "factora-" "" _component "${_package}")
        if(_package STREQUAL "factora")
            set(_component desktop)
        endif()
        if(_component STREQUAL "desktop" AND NOT TARGET factora)
            continue()
        endif()
        install(FILES "${_factora_changelog_dir}/changelog.Debian.gz" "${_factora_installer_dir}/linux/copyright"
            DESTINATION share/doc/${_package} COMPONENT ${_component})
    endforeach()

    # Paths are those of the Debian packages (prefix /usr): the unit names /usr/bin/factora-server.
    if(TARGET factora)
        install(FILES "${_factora_installer_dir}/linux/factora.desktop"
            DESTINATION share/applications COMPONENT desktop)
        install(FILES "${PROJECT_SOURCE_DIR}/resources/logo/factora.svg"
            DESTINATION share/icons/hicolor/scalable/apps COMPONENT desktop)
        install(FILES "${PROJECT_SOURCE_DIR}/README.md"
            DESTINATION share/doc/factora COMPONENT desktop)
    endif()
    install(FILES "${PROJECT_SOURCE_DIR}/docs/cli.md"
        DESTINATION share/doc/factora-cli COMPONENT cli)

    install(FILES "${_factora_installer_dir}/linux/factora-server.service"
        DESTINATION /lib/systemd/system COMPONENT server)
    install(FILES "${_factora_installer_dir}/linux/factora-server.conf"
        DESTINATION /etc/factora COMPONENT server)
    install(FILES "${PROJECT_SOURCE_DIR}/docs/installers.md"
        "${PROJECT_SOURCE_DIR}/docs/configuration.md"
        "${PROJECT_SOURCE_DIR}/docs/caja-vecina-endpoints.md"
        DESTINATION share/doc/factora-server COMPONENT server)
endif()

if(FACTORA_PACKAGE_SII_SIM AND TARGET factora-sii-sim)
    install(TARGETS factora-sii-sim RUNTIME DESTINATION bin COMPONENT siisim)
    if(UNIX AND NOT APPLE)
        install(FILES "${_factora_changelog_dir}/changelog.Debian.gz" "${_factora_installer_dir}/linux/copyright"
            "${PROJECT_SOURCE_DIR}/docs/sii-sim.md" DESTINATION share/doc/factora-sii-sim COMPONENT siisim)
    endif()
endif()

# Our own libraries are static and the others are the system's: the installed programs need no RPATH (Qt's
# standard project setup would give them $ORIGIN/../lib).
foreach(_target IN ITEMS factora factora-cli factora-server factora-sii-sim)
    if(TARGET ${_target})
        set_target_properties(${_target} PROPERTIES INSTALL_RPATH "")
    endif()
endforeach()

# --- CPack, common part --------------------------------------------------------------------------------------
set(CPACK_PACKAGE_NAME "factora")
set(CPACK_PACKAGE_VENDOR "Factora")
set(CPACK_PACKAGE_CONTACT "${FACTORA_PACKAGE_CONTACT}")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
# Each package's summary is the first line of its component's description. CPackDeb puts any summary other than
# CPack's built-in default before it, so the common one is that default on Linux (the WiX installer sets its own).
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${CMAKE_PROJECT_NAME} built using CMake")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "Factora")
set(CPACK_RESOURCE_FILE_LICENSE "${_factora_installer_dir}/license.txt")
# Packages carry stripped programs; the debug build tree keeps the symbols.
set(CPACK_STRIP_FILES ON)
set(CPACK_THREADS 0)
set(CPACK_COMPONENTS_GROUPING IGNORE)
set(CPACK_COMPONENTS_ALL cli server)
if(TARGET factora)
    list(PREPEND CPACK_COMPONENTS_ALL desktop)
endif()
if(FACTORA_PACKAGE_SII_SIM AND TARGET factora-sii-sim)
    list(APPEND CPACK_COMPONENTS_ALL siisim)
endif()

# --- Debian packages -----------------------------------------------------------------------------------------
set(CPACK_DEB_COMPONENT_INSTALL ON)
set(CPACK_PACKAGING_INSTALL_PREFIX "/usr")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION "misc")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
set(CPACK_DEBIAN_PACKAGE_RELEASE "1")
# Depends computed by dpkg-shlibdeps from the programs' shared libraries; the Qt plug-ins they load at run time
# (SQL drivers, SVG) are not linked, so they are added by hand below.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_GENERATE_SHLIBS OFF)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
set(CPACK_DEBIAN_ENABLE_COMPONENT_DEPENDS OFF)
set(_factora_deb_version "${PROJECT_VERSION}-${CPACK_DEBIAN_PACKAGE_RELEASE}")

set(CPACK_DEBIAN_CLI_PACKAGE_NAME "factora-cli")
set(CPACK_DEBIAN_CLI_PACKAGE_SECTION "utils")
set(CPACK_DEBIAN_CLI_PACKAGE_DEPENDS "libqt6sql6-sqlite, libqt6sql6-psql")
set(CPACK_DEBIAN_CLI_PACKAGE_RECOMMENDS "qt6-translations-l10n")
set(CPACK_COMPONENT_CLI_DESCRIPTION "Herramienta de línea de comandos de Factora
factora-cli administra la base de datos de Factora: migraciones, usuarios,
DTE, cesiones, cobranza, rendiciones y despachos, y los datos de
demostración. Usa SQLite embebido o PostgreSQL.")

set(CPACK_DEBIAN_DESKTOP_PACKAGE_NAME "factora")
set(CPACK_DEBIAN_DESKTOP_PACKAGE_SECTION "misc")
set(CPACK_DEBIAN_DESKTOP_PACKAGE_DEPENDS
    "factora-cli (= ${_factora_deb_version}), libqt6svg6, libqt6sql6-sqlite, libqt6sql6-psql")
set(CPACK_DEBIAN_DESKTOP_PACKAGE_RECOMMENDS "qt6-translations-l10n, gnome-keyring | kwalletmanager")
set(CPACK_COMPONENT_DESKTOP_DESCRIPTION "Back office de factoring: el programa de escritorio de Factora
El programa de escritorio de Factora, para ejecutivos de la factoring,
cedentes y administradores: carga y oferta de facturas electrónicas (DTE),
visto bueno, firma y envío de cesiones (AEC) al SII, operaciones, cobranza,
rendiciones, despachos y administración.")

set(CPACK_DEBIAN_SERVER_PACKAGE_NAME "factora-server")
set(CPACK_DEBIAN_SERVER_PACKAGE_SECTION "net")
string(CONCAT CPACK_DEBIAN_SERVER_PACKAGE_DEPENDS "factora-cli (= ${_factora_deb_version}), libqt6sql6-sqlite, "
    "libqt6sql6-psql, adduser, init-system-helpers (>= 1.52)")
set(CPACK_DEBIAN_SERVER_PACKAGE_SUGGESTS "postgresql")
set(CPACK_COMPONENT_SERVER_DESCRIPTION "Servicio de Factora: endpoints Caja Vecina, SII y rendición diaria
factora-server es el servicio de Factora sobre la base de datos central:
los endpoints HTTP de Caja Vecina del banco, el seguimiento de las cesiones
en el SII y la rendición diaria. Corre como la unidad systemd
factora-server.service con su propio usuario de sistema, factora; su
configuración está en /etc/factora/factora-server.conf y sus datos en
/var/lib/factora.")
# The maintainer scripts, and the configuration as a conffile (dpkg keeps the administrator's edits).
set(_factora_server_control_dir "${CMAKE_BINARY_DIR}/installer/debian/factora-server")
file(MAKE_DIRECTORY "${_factora_server_control_dir}")
foreach(_script IN ITEMS postinst prerm postrm)
    file(COPY "${_factora_installer_dir}/linux/debian/factora-server.${_script}"
        DESTINATION "${_factora_server_control_dir}"
        FILE_PERMISSIONS OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)
    file(RENAME "${_factora_server_control_dir}/factora-server.${_script}" "${_factora_server_control_dir}/${_script}")
endforeach()
file(WRITE "${_factora_server_control_dir}/conffiles" "/etc/factora/factora-server.conf\n")
set(CPACK_DEBIAN_SERVER_PACKAGE_CONTROL_EXTRA "")
foreach(_file IN ITEMS postinst prerm postrm conffiles)
    list(APPEND CPACK_DEBIAN_SERVER_PACKAGE_CONTROL_EXTRA "${_factora_server_control_dir}/${_file}")
endforeach()
set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS
    "${_factora_installer_dir}/linux/debian/factora-server.postinst"
    "${_factora_installer_dir}/linux/debian/factora-server.prerm"
    "${_factora_installer_dir}/linux/debian/factora-server.postrm")

set(CPACK_DEBIAN_SIISIM_PACKAGE_NAME "factora-sii-sim")
set(CPACK_DEBIAN_SIISIM_PACKAGE_SECTION "devel")
set(CPACK_COMPONENT_SIISIM_DESCRIPTION "Simulador del registro de cesiones del SII, para pruebas de Factora
factora-sii-sim imita el registro de cesiones del SII (semilla, token, carga
de AEC, consultas de estado) para probar Factora sin el SII. Solo para
ambientes de prueba.")

# --- Windows installer ---------------------------------------------------------------------------------------
if(WIN32)
    include("${_factora_installer_dir}/windows/FactoraWindows.cmake")
else()
    set(CPACK_GENERATOR "DEB")
endif()

include(CPack)
