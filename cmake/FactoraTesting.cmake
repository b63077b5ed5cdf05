# SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#
# factora_add_test(<Name> [SOURCES ...] [LIBS ...] [LABELS ...] [STORAGE] [GUI] [KEYCHAIN] [ENVIRONMENT ...])
#
# Builds Test<Name>.cpp (beside the calling CMakeLists.txt) plus SOURCES into the executable Test<Name>
# and registers it with ctest. STORAGE registers it twice: "<Name>:sqlite" and "<Name>:postgresql"; the
# latter needs the PostgreSQL cluster that the "postgres-start" fixture starts. GUI runs it offscreen.
# KEYCHAIN runs it inside tests/support/with-keyring: a private D-Bus session with a real, unlocked gnome-keyring.
function(factora_add_test name)
    cmake_parse_arguments(ARG "STORAGE;GUI;KEYCHAIN" "" "SOURCES;LIBS;LABELS;ENVIRONMENT" ${ARGN})
    set(target Test${name})
    add_executable(${target} ${target}.cpp ${ARG_SOURCES})
    target_link_libraries(${target} PRIVATE factora_test_support Qt6::Test ${ARG_LIBS})
    set(env "FACTORA_TEST_DATA_DIR=${FACTORA_TEST_DATA_DIR}" "LC_ALL=C.UTF-8" ${ARG_ENVIRONMENT})
    set(command ${target})
    if(ARG_KEYCHAIN)
        set(command "${PROJECT_SOURCE_DIR}/tests/support/with-keyring" $<TARGET_FILE:${target}>)
        list(APPEND ARG_LABELS keychain)
    endif()
    if(ARG_GUI)
        list(APPEND env "QT_QPA_PLATFORM=offscreen")
        list(APPEND ARG_LABELS gui)
    endif()
    if(ARG_STORAGE)
        add_test(NAME ${name}:sqlite COMMAND ${command})
        set_tests_properties(${name}:sqlite PROPERTIES
            LABELS "storage;sqlite;${ARG_LABELS}" ENVIRONMENT "${env};FACTORA_TEST_DB=sqlite" TIMEOUT 300)
        add_test(NAME ${name}:postgresql COMMAND ${command})
        set_tests_properties(${name}:postgresql PROPERTIES
            LABELS "storage;postgres;${ARG_LABELS}" FIXTURES_REQUIRED postgres TIMEOUT 300
            ENVIRONMENT "${env};FACTORA_TEST_DB=postgresql;FACTORA_TEST_PG_INFO=${FACTORA_PG_CLUSTER_DIR}/connection.env")
    else()
        if(NOT ARG_LABELS)
            set(ARG_LABELS unit)
        endif()
        add_test(NAME ${name} COMMAND ${command})
        set_tests_properties(${name} PROPERTIES LABELS "${ARG_LABELS}" ENVIRONMENT "${env}" TIMEOUT 300)
    endif()
endfunction()
