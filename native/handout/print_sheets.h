// The "Hand out a turf" window's Print action: the three paper sheets of the
// turf (native/print: turf sheet, walk sheet, script booklet) written as PDFs
// beside its package, as `puerta print turf|walk|script` would write them,
// in one step, with the paper and languages chosen in the window.
#pragma once

#include <string>
#include <vector>

#include "native/print/paper.h"

namespace puerta::handout {

struct PrintRequest {
  std::string package_path;   // the .turf file; the PDFs go in its folder, named after it
  std::string package_bytes;  // as written (encrypted or plain)
  std::string link;           // opens the package (its key) and goes on the turf sheet as a QR code
  print::PrintOptions options;
};

struct PrintedSheets {
  std::vector<std::string> files;  // written, in order: turf sheet, walk sheet, script booklet
  std::string folder;              // where they are
  std::string problem;             // empty when all three were written; else why (English, names the file)
};

// Writes all three or reports the first that could not be made; a file
// already there is replaced (printing again with other paper). The turf and
// walk sheets (the link's key, voters' names) are readable by their owner only.
PrintedSheets PrintTurfSheets(const PrintRequest& request);

// The languages the sheets can be printed in: every language of the turf's
// scripts, the main script's first (what the window offers to tick).
std::vector<std::string> PrintableLanguages(const std::string& package_bytes, const std::string& link);

}  // namespace puerta::handout
