# SPDX-License-Identifier: LicenseRef-Factora-Proprietary
# Runs lupdate over Factora's sources; called by the update_translations target and the translations-complete test.
#
#   cmake -DMODE=update|check|contexts -DLUPDATE=<lupdate> -DLCONVERT=<lconvert>
#         -DSOURCES_LIST=<file, one source a line> -DTS_DIR=<translations folder> -DWORK_DIR=<scratch folder>
#         -P Lupdate.cmake
#
# update:   refreshes every TS_DIR/factora_*.ts in place (new strings arrive unfinished, removed ones are dropped).
# check:    does the same on copies in WORK_DIR and fails listing each source string whose translation is missing
#           or unfinished, leaving the real files untouched.
# contexts: the same update on copies, failing when lupdate reports tr() outside a Q_OBJECT class (see below).
cmake_minimum_required(VERSION 3.25)

foreach(_var MODE LUPDATE LCONVERT SOURCES_LIST TS_DIR WORK_DIR)
    if(NOT DEFINED ${_var})
        message(FATAL_ERROR "Lupdate.cmake: ${_var} is not set")
    endif()
endforeach()
if(NOT EXISTS "${SOURCES_LIST}")
    message(FATAL_ERROR "Lupdate.cmake: the source list ${SOURCES_LIST} does not exist; run the CMake configure step")
endif()

set(_lupdate_options -locations none -no-obsolete -source-language es_CL -silent)
file(GLOB _ts_files "${TS_DIR}/factora_*.ts")
if(NOT _ts_files)
    message(FATAL_ERROR "Lupdate.cmake: no factora_*.ts in ${TS_DIR}")
endif()

# tr() in a class without Q_OBJECT or Q_DECLARE_TR_FUNCTIONS (for instance a file-local tr() helper calling
# QCoreApplication::translate("Name", ...)) files its strings under the class's qualified name, while the
# program looks them up under another context: such strings would never be translated.
function(_factora_check_contexts lupdate_output)
    string(REGEX MATCHALL "[^\n]*lacks Q_OBJECT macro" _misplaced "${lupdate_output}")
    if(_misplaced)
        list(JOIN _misplaced "\n    " _lines)
        set(_factora_failed TRUE PARENT_SCOPE)
        message("tr() used outside a Q_OBJECT class; its strings would be filed under the wrong context:\n"
            "    ${_lines}\n"
            "  Declare the context in the class with Q_DECLARE_TR_FUNCTIONS(Name) and call its tr(), "
            "or call QCoreApplication::translate(\"Name\", ...) directly.")
    endif()
endfunction()

if(MODE STREQUAL "update")
    execute_process(COMMAND "${LUPDATE}" ${_lupdate_options} "@${SOURCES_LIST}" -ts ${_ts_files}
        RESULT_VARIABLE _rc)
    if(NOT _rc EQUAL 0)
        message(FATAL_ERROR "lupdate failed (${_rc})")
    endif()
    foreach(_ts IN LISTS _ts_files)
        message(STATUS "Updated ${_ts}")
    endforeach()
elseif(MODE STREQUAL "check" OR MODE STREQUAL "contexts")
    file(REMOVE_RECURSE "${WORK_DIR}")
    file(MAKE_DIRECTORY "${WORK_DIR}")
    set(_factora_failed FALSE)
    foreach(_ts IN LISTS _ts_files)
        get_filename_component(_name "${_ts}" NAME)
        file(COPY_FILE "${_ts}" "${WORK_DIR}/${_name}")
        execute_process(COMMAND "${LUPDATE}" ${_lupdate_options} "@${SOURCES_LIST}" -ts "${WORK_DIR}/${_name}"
            RESULT_VARIABLE _rc OUTPUT_VARIABLE _lupdate_output ERROR_VARIABLE _lupdate_output)
        if(NOT _rc EQUAL 0)
            message(FATAL_ERROR "lupdate failed (${_rc}) on the copy of ${_name}:\n${_lupdate_output}")
        endif()
        if(MODE STREQUAL "contexts")
            _factora_check_contexts("${_lupdate_output}")
            if(NOT _factora_failed)
                message("${_name}: every tr() string is filed under the context the program looks it up in")
            endif()
            continue()
        endif()
        # Keep only the messages that are not finished: new, untranslated or marked unfinished.
        execute_process(
            COMMAND "${LCONVERT}" -no-finished -i "${WORK_DIR}/${_name}" -o "${WORK_DIR}/unfinished-${_name}"
            RESULT_VARIABLE _rc)
        if(NOT _rc EQUAL 0)
            message(FATAL_ERROR "lconvert failed (${_rc}) on the copy of ${_name}")
        endif()
        file(READ "${WORK_DIR}/unfinished-${_name}" _unfinished)
        string(REPLACE ";" "<semicolon>" _unfinished "${_unfinished}") # a ";" would split the CMake list
        string(REGEX MATCHALL "<source>[^<]*</source>" _sources "${_unfinished}")
        list(LENGTH _sources _count)
        if(_count GREATER 0)
            set(_factora_failed TRUE)
            message("${_name}: ${_count} source string(s) without a finished translation:")
            foreach(_source IN LISTS _sources)
                string(REGEX REPLACE "^<source>(.*)</source>$" "\\1" _text "${_source}")
                string(REPLACE "<semicolon>" ";" _text "${_text}")
                message("    «${_text}»")
            endforeach()
        else()
            message("${_name}: every source string has a finished translation")
        endif()
    endforeach()
    if(_factora_failed AND MODE STREQUAL "contexts")
        message(FATAL_ERROR "Translation contexts wrong: fix the classes named above.")
    elseif(_factora_failed)
        message(FATAL_ERROR "Translations incomplete: build the update_translations target, translate the new "
            "strings in ${TS_DIR} (Qt Linguist or by hand) and mark them finished.")
    endif()
else()
    message(FATAL_ERROR "Lupdate.cmake: MODE must be update or check, not '${MODE}'")
endif()
