# Fails when a user-visible string has no finished translation, or a translation is kept for a string
# the sources no longer have: runs lupdate over the sources into copies of translations/*.ts, which
# must then hold no unfinished, vanished or obsolete message.
#
#   cmake -DSOURCE_DIR=<repo> -DLUPDATE=<path> -DWORK_DIR=<dir> -P cmake/CheckTranslations.cmake

file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}")
file(GLOB ts_files "${SOURCE_DIR}/translations/*.ts")
set(copies "")
foreach(ts IN LISTS ts_files)
    get_filename_component(name "${ts}" NAME)
    file(COPY "${ts}" DESTINATION "${WORK_DIR}")
    list(APPEND copies "${WORK_DIR}/${name}")
    # English is the source language: its file holds only the plural forms (-pluralonly).
    # Without -no-obsolete, so that a message the sources lost shows up as vanished.
    set(options -locations none)
    if(name STREQUAL "miconnect_en.ts")
        list(APPEND options -pluralonly -source-language en -target-language en)
    endif()
    execute_process(
        COMMAND "${LUPDATE}" ${options} "${SOURCE_DIR}/core" "${SOURCE_DIR}/ui" "${SOURCE_DIR}/app"
                -ts "${WORK_DIR}/${name}"
        RESULT_VARIABLE lupdate_result OUTPUT_VARIABLE lupdate_output ERROR_VARIABLE lupdate_output)
    if(NOT lupdate_result EQUAL 0)
        message(FATAL_ERROR "lupdate failed on ${name}:\n${lupdate_output}")
    endif()
endforeach()

# lrelease calls an empty translation "ignored", not "unfinished": count the markers instead.
set(problems "")
foreach(copy IN LISTS copies)
    get_filename_component(name "${copy}" NAME)
    file(STRINGS "${copy}" unfinished REGEX "type=\"unfinished\"")
    list(LENGTH unfinished count)
    if(count GREATER 0)
        string(APPEND problems "${name}: ${count} message(s) without a finished translation\n")
    endif()
    file(STRINGS "${copy}" stale REGEX "type=\"(vanished|obsolete)\"")
    list(LENGTH stale count)
    if(count GREATER 0)
        string(APPEND problems "${name}: ${count} message(s) the sources no longer have\n")
    endif()
endforeach()
if(problems)
    message(FATAL_ERROR "Translations out of step — run the update_translations target and translate what it "
                        "marks unfinished:\n${problems}")
endif()
message(STATUS "every string is translated")
