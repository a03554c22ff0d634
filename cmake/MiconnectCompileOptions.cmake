# Warnings and sanitizers for the project's own targets.
#
# -D_GLIBCXX_ASSERTIONS and QT_FORCE_ASSERTS keep bounds and invariant checks alive in every build:
# this tool parses bytes from servers it does not trust.

if(MSVC)
    # Not built here (docs/DEPLOY.md): the equivalents, so a Windows build starts from the same bar.
    # /utf-8: the sources hold UTF-8 text (✖, 日本語) that MSVC would otherwise read as the ANSI code page.
    set(MICONNECT_WARNING_FLAGS /W4 /permissive- /utf-8 /Zc:__cplusplus)
    set(MICONNECT_WERROR_FLAG /WX)
else()
    set(MICONNECT_WARNING_FLAGS
        -Wall -Wextra -Wpedantic
        -Wshadow -Wnon-virtual-dtor -Wold-style-cast -Wcast-align -Woverloaded-virtual
        -Wconversion -Wsign-conversion -Wnull-dereference -Wdouble-promotion -Wformat=2
        -Wimplicit-fallthrough)
    set(MICONNECT_WERROR_FLAG -Werror)
endif()

add_compile_options("$<$<COMPILE_LANGUAGE:CXX>:${MICONNECT_WARNING_FLAGS}>")
add_compile_definitions(_GLIBCXX_ASSERTIONS QT_FORCE_ASSERTS)
if(MICONNECT_WERROR)
    add_compile_options(${MICONNECT_WERROR_FLAG})
endif()

if(MICONNECT_SANITIZE)
    add_compile_options(-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    add_link_options(-fsanitize=address,undefined)
endif()

# Fuzzing: every object gets coverage instrumentation and the sanitizers; the fuzz targets link
# libFuzzer's main (tests/fuzz).
if(MICONNECT_FUZZ)
    if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
        message(FATAL_ERROR "MICONNECT_FUZZ needs clang (use the fuzz preset)")
    endif()
    add_compile_options(-fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer)
    add_link_options(-fsanitize=address,undefined)
endif()
