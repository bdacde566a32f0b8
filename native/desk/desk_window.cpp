#include "native/desk/desk_window.h"

#include <spawn.h>
#include <sys/wait.h>

#include <csignal>
#include <cstdio>
#include <cstring>

#include "i18n/desk_text.h"
#include "i18n/ui_text.h"
#include "native/desk/workspace.h"
#include "ui/platform.h"

extern char** environ;

namespace puerta::desk {
namespace {

// The canvasser's screens for trainers: this same program as `puerta
// practice`, a window and a process of its own (it holds the phone data
// folder's lock while open; the desk holds none).
std::string OpenPracticeWindow() {
  char program[] = "/proc/self/exe";
  char name[] = "puerta", command[] = "practice";
  char* argv[] = {name, command, nullptr};
  pid_t pid = 0;
  if (const int error = posix_spawn(&pid, program, nullptr, nullptr, argv, environ); error != 0)
    return std::strerror(error);
  return "";
}

}  // namespace

int RunDesk(std::span<const std::string> args) {
  std::string db, language(PickUiLanguage(platform::PreferredLanguages()));
  for (std::size_t i = 0; i < args.size(); ++i) {
    const bool has_value = i + 1 < args.size();
    if (args[i] == "--db" && has_value) {
      db = args[++i];
    } else if (args[i] == "--language" && has_value) {
      language = args[++i];
    } else if (args[i] == "-h" || args[i] == "--help") {
      std::printf("usage: puerta desk [--db CAMPAIGN] [--language en|es|zh|vi|ko|tl]\n"
                  "  opens the organizer's workspace: collect, results, review, practice\n");
      return 0;
    } else {
      std::fprintf(stderr, "puerta desk: unexpected \"%s\" (see puerta desk --help)\n", args[i].c_str());
      return 2;
    }
  }
  // Practice windows end on their own; nobody waits for them.
  std::signal(SIGCHLD, SIG_IGN);
  Workspace workspace(language, &OpenPracticeWindow);
  if (!db.empty() && !workspace.desk().Open(db)) {
    std::fprintf(stderr, "puerta desk: %s\n", workspace.desk().problem().c_str());
    return 1;
  }
  if (!db.empty()) workspace.Show(Section::kResults);
  const std::string title = "Puerta · " + std::string(Tr(DeskText::kDeskTitle, language));
  return RunDesktopWindow({title, 1280, 800}, workspace);
}

}  // namespace puerta::desk
