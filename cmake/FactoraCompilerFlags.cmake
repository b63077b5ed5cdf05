# SPDX-License-Identifier: LicenseRef-Factora-Proprietary
# Project-wide warnings and Qt defines, applied through the interface target factora_flags.
add_library(factora_flags INTERFACE)
add_library(factora::flags ALIAS factora_flags)
target_compile_definitions(factora_flags INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_STRICT_ITERATORS
    QT_DISABLE_DEPRECATED_UP_TO=0x060400)
if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    target_compile_options(factora_flags INTERFACE -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor
        -Wold-style-cast -Wcast-align -Woverloaded-virtual -Wformat=2)
    if(FACTORA_WERROR)
        target_compile_options(factora_flags INTERFACE -Werror)
    endif()
elseif(MSVC)
    target_compile_options(factora_flags INTERFACE /W4 /permissive- /utf-8)
    if(FACTORA_WERROR)
        target_compile_options(factora_flags INTERFACE /WX)
    endif()
endif()
