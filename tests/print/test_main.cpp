// The printed sheets' tests (native/print): their own binary, because the
// core's unit tests also run as wasm, where there is no cairo.
#define DOCTEST_CONFIG_IMPLEMENT_WITH_MAIN
#include <doctest/doctest.h>
