// stb_image (its zlib decoder) and stb_image_write (its zlib compressor),
// Debian's libstb-dev, read as the third-party headers they are: a system
// header, so their code raises none of our warnings. Define the STB_*
// implementation macros before including this, in one .cpp each.
#pragma once
#pragma GCC system_header

#include "stb/stb_image.h"
#include "stb/stb_image_write.h"
