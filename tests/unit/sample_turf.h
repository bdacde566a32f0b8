// The app's bundled sample turf (assets/sample/sample.turf), as the phone opens it.
#pragma once

#include <fstream>
#include <sstream>
#include <string>

namespace puerta::test {

inline std::string SampleTurf() {
  std::ifstream in(std::string(PUERTA_SOURCE_DIR) + "/assets/sample/sample.turf", std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

}  // namespace puerta::test
