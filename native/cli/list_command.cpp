// `puerta list ...`: organizers check a voter file before cutting turf.
#include <ostream>

#include "native/cli/commands.h"
#include "walklist/import.h"

namespace puerta::cli {

int ListInspect(Args args, std::ostream& out, std::ostream& err) {
  if (args.empty()) {
    err << "usage: puerta list inspect FILE [--mapping MAP]\n";
    return 2;
  }
  std::string bytes;
  if (!ReadFile(args[0], bytes, err)) return 1;
  ImportResult r = ImportVoterFile(args[0], bytes);
  if (!r.usable()) {
    err << "puerta: " << r.fatal << "\n";
    return 1;
  }
  out << "{\"layout\":\"" << r.layout << "\",\"rows\":" << r.rows << ",\"voters\":" << r.list.VoterCount()
      << ",\"households\":" << r.list.households.size() << ",\"buildings\":" << r.list.buildings.size() << "}\n";
  return 0;
}

}  // namespace puerta::cli
