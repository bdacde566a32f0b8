# puerta_warnings(target): the warning set every Puerta target is built with.
function(puerta_warnings target)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow
                         -Wno-missing-field-initializers)
endfunction()
