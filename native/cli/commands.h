// The command table. To add a command: write native/cli/<subject>_command.cpp
// with a function of type CommandFn, declare it here, and add a line to
// PUERTA_CLI_COMMANDS.
#pragma once

#include "native/cli/cli.h"

namespace puerta::cli {

int ListInspect(Args args, std::ostream& out, std::ostream& err);
int ListRoute(Args args, std::ostream& out, std::ostream& err);
int ScriptCheck(Args args, std::ostream& out, std::ostream& err);
int Export(Args args, std::ostream& out, std::ostream& err);
int Package(Args args, std::ostream& out, std::ostream& err);
int KeysNew(Args args, std::ostream& out, std::ostream& err);
int Open(Args args, std::ostream& out, std::ostream& err);

}  // namespace puerta::cli

#define PUERTA_CLI_COMMANDS                                                                    \
  {"list inspect", "list inspect FILE [--mapping MAP]", "summarize a voter file as JSON", ListInspect}, \
  {"list route", "list route FILE [--start LAT,LON]", "print the stops in walk order", ListRoute}, \
  {"script check", "script check FILE", "list every problem in a script", ScriptCheck}, \
  {"export", "export FILE... --format csv|van|jsonl [--out PATH]", "convert attempt exports", Export}, \
  {"package", "package --list FILE --script SCRIPT... --out TURF [--key PUBLIC] [...]", "build a turf package (package --help: all options)", Package}, \
  {"keys new", "keys new [--out PREFIX]", "make an organizer key pair for sealed exports", KeysNew}, \
  {"open", "open FILE --key SECRET [--out PATH]", "open a sealed export", Open},
