# The hardening Debian asks of packaged programs (dpkg-buildflags, hardening=+all), on every
# target of the tree: bounds-checked libc calls, stack canaries, a read-only relocation table
# resolved at start-up, and a position-independent executable that address-space layout
# randomisation can move.
include(CheckPIESupported)

set(CMAKE_POSITION_INDEPENDENT_CODE ON)
check_pie_supported(OUTPUT_VARIABLE ws_pie_problem LANGUAGES CXX)
if(NOT CMAKE_CXX_LINK_PIE_SUPPORTED)
    message(WARNING "The linker cannot build a position-independent executable: ${ws_pie_problem}")
endif()

add_compile_options(-fstack-protector-strong)
add_link_options(LINKER:-z,relro LINKER:-z,now)

# _FORTIFY_SOURCE needs the optimiser (glibc warns without it, an error under
# WS_WARNINGS_AS_ERRORS), so only the optimised build types have it. AddressSanitizer
# checks the same calls itself and replaces the fortified ones with its own, so sanitizer and
# fuzzing builds go without as well. -U first: some compilers define it already.
if(NOT WS_SANITIZE AND NOT WS_BUILD_FUZZERS)
    add_compile_options("$<$<CONFIG:Release,RelWithDebInfo,MinSizeRel>:-U_FORTIFY_SOURCE;-D_FORTIFY_SOURCE=2>")
endif()
