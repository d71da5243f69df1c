# One place for compiler warnings. -Werror is switched on by CORDON_WERROR (CI sets it).
set(CORDON_WARNING_FLAGS -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wold-style-cast)
if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
  # g++ 12 at -O2/-O3 reports -Wrestrict and -Wstringop-overflow inside libstdc++'s own
  # std::string code (GCC bugs 105329, 105651): false positives, not ours to fix.
  list(APPEND CORDON_WARNING_FLAGS -Wno-restrict -Wno-stringop-overflow)
endif()
if(CORDON_WERROR)
  list(APPEND CORDON_WARNING_FLAGS -Werror)
endif()
