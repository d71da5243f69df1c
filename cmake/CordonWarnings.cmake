# One place for compiler warnings. -Werror is switched on by CORDON_WERROR (CI sets it).
set(CORDON_WARNING_FLAGS -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wold-style-cast)
if(CORDON_WERROR)
  list(APPEND CORDON_WARNING_FLAGS -Werror)
endif()
