// Helpers for the walk-list tests: reading the files under tests/data/walklists.
#pragma once

#include <fstream>
#include <sstream>
#include <string>

#include "walklist/import.h"

namespace puerta::testing {

inline std::string ReadBytes(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

inline std::string WalkListFile(const std::string& name) {
  return ReadBytes(std::string(PUERTA_TEST_DATA) + "/walklists/" + name);
}

inline ImportResult ImportTestFile(const std::string& name, const ImportOptions& options = {}) {
  return ImportVoterFile(name, WalkListFile(name), options);
}

}  // namespace puerta::testing
