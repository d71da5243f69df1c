# CORDON_SANITIZE=address,undefined builds everything with those sanitizers; UB aborts the run.
if(CORDON_SANITIZE)
  add_compile_options(-fsanitize=${CORDON_SANITIZE} -fno-sanitize-recover=all -fno-omit-frame-pointer)
  add_link_options(-fsanitize=${CORDON_SANITIZE})
endif()
