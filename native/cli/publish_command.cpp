// `puerta publish OUTDIR [--turf FILE#k=KEY ...] [--base-url URL]`: the whole
// static site to upload to any HTTPS host: the phone web app with a .gz and a
// .br copy beside each file that shrinks (precompress.h), and the turf
// packages as `puerta package` made them (never decrypted, never changed).
// Each package's link, with its key, goes to links.html (links_page.h),
// written OUTSIDE the folder (OUTDIR.links.html by default): uploading the
// folder never uploads a key.
//
// The folder is built beside OUTDIR under a temporary name and renamed into
// place only when every file is written: an old OUTDIR stays whole until the
// new one replaces it (--force), and a failure leaves nothing behind.
#include <fcntl.h>
#include <sys/stat.h>
#include <stdio.h>  // renameat2 (glibc, Linux): swap or create a folder in one step
#include <stdlib.h>  // mkdtemp
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <memory>
#include <ostream>
#include <set>
#include <sstream>
#include <vector>

#include "crypto/package_cipher.h"
#include "native/cli/commands.h"
#include "native/cli/files.h"
#include "native/cli/links_page.h"
#include "native/cli/options.h"
#include "native/cli/precompress.h"
#include "native/cli/turf_link.h"

namespace puerta::cli {
namespace {

namespace fs = std::filesystem;

struct PublishOptions {
  std::string out, web, links, base_url = kDefaultBaseUrl;
  std::vector<std::string> turfs;
  bool force = false;
};

struct Turf {
  std::string path, file, key, bytes;  // path as given (without #k=), file name in OUTDIR
};

// What the web app's folder holds that is not the app: turf packages left
// there (tests and organizers put them beside the app to serve them), except
// the made-up sample turf the app itself opens.
bool IsStrayTurf(const fs::path& relative) {
  return relative.extension() == ".turf" && relative != "sample.turf";
}

bool LooksLikeWebApp(const fs::path& dir) {
  std::error_code ec;
  return fs::is_regular_file(dir / "index.html", ec) && fs::is_regular_file(dir / "index.wasm", ec) &&
         fs::is_regular_file(dir / "sw.js", ec);
}

// The test build (build/wasm/web-test, PUERTA_TEST_HOOKS) names its hooks in
// its loader; the production build names none (e2e production.test.js).
bool IsTestBuild(const fs::path& dir) {
  std::string loader;
  std::ostringstream ignored;
  return ReadFile((dir / "index.js").string(), loader, ignored) && loader.find("_puerta_debug_json") != std::string::npos;
}

// --web, or the production web build where scripts/build.sh puts it beside
// this binary (build/native/native/puerta -> build/wasm/web), or where an
// install would put it (bin/puerta -> share/puerta/web).
std::optional<fs::path> FindWebApp(const std::string& given, std::ostream& err) {
  if (!given.empty()) {
    if (LooksLikeWebApp(given)) return fs::path(given);
    err << "puerta: publish: " << given << " is not the phone web app (no index.html, index.wasm and sw.js there); "
        << "give the folder scripts/build.sh writes, build/wasm/web\n";
    return std::nullopt;
  }
  std::error_code ec;
  const fs::path bin = fs::read_symlink("/proc/self/exe", ec).parent_path();
  std::vector<fs::path> tried;
  if (!ec)
    for (const fs::path& dir : {bin / "../../wasm/web", bin / "../share/puerta/web"}) {
      const fs::path candidate = dir.lexically_normal();
      if (LooksLikeWebApp(candidate)) return candidate;
      tried.push_back(candidate);
    }
  err << "puerta: publish: the phone web app was not found";
  for (std::size_t i = 0; i < tried.size(); ++i) err << (i ? " nor in " : " in ") << tried[i].string();
  err << "; build it (bash scripts/build.sh) or give its folder with --web DIR\n";
  return std::nullopt;
}

// "eastside.turf#k=KEY" (the key from the link `puerta package` printed), or
// a plain package's file alone. The key is checked against the package's
// header; nothing is decrypted.
bool ReadTurf(const std::string& argument, Turf& turf, std::ostream& err) {
  const std::size_t hash = argument.find("#k=");
  turf.path = argument.substr(0, hash);
  if (hash != std::string::npos) turf.key = argument.substr(hash + 3);
  turf.file = fs::path(turf.path).filename().string();
  if (fs::path(turf.file).extension() != ".turf") {
    err << "puerta: publish: " << turf.path << ": a turf package's name must end in .turf (the web server sends "
        << "those with no-store, and the app's offline cache never keeps them)\n";
    return false;
  }
  if (!ReadFile(turf.path, turf.bytes, err)) return false;
  if (!IsEncryptedPackage(turf.bytes)) {
    if (!turf.key.empty()) {
      err << "puerta: publish: " << turf.path << " is a plain package, not an encrypted one: give it without #k=...\n";
      return false;
    }
    err << "puerta: note: " << turf.path << " is a plain package: whoever gets the file reads it (made-up voters "
        << "only)\n";
    return true;
  }
  std::string why;
  if (turf.key.empty()) {
    err << "puerta: publish: " << turf.path << " is encrypted and no key was given: write it as " << turf.path
        << "#k=KEY, with the key from the link `puerta package` printed\n";
    return false;
  }
  if (CheckPackageKey(turf.bytes, turf.key, &why) != PackageError::kNone) {
    err << "puerta: publish: " << turf.path << ": " << why << "\n";
    return false;
  }
  return true;
}

// A folder made beside OUTDIR, removed again unless it was put in place.
class StagingFolder {
 public:
  bool Make(const fs::path& out, std::ostream& err) {
    std::string pattern = out.string() + ".publishing-XXXXXX";
    if (!mkdtemp(pattern.data())) {
      err << "puerta: publish: cannot create a folder beside " << out.string() << ": " << std::strerror(errno) << "\n";
      return false;
    }
    path_ = pattern;
    // mkdtemp makes it 0700; the folder is for a web server to read.
    const mode_t mask = ::umask(0);
    ::umask(mask);
    ::chmod(pattern.c_str(), 0755 & ~mask);
    return true;
  }
  ~StagingFolder() {
    std::error_code ignored;
    if (!path_.empty()) fs::remove_all(path_, ignored);
  }
  const fs::path& path() const { return path_; }
  // After a swap the staging name holds the old OUTDIR, which the destructor removes.
  void Release() { path_.clear(); }

 private:
  fs::path path_;
};

// One file of the site, with its compressed copies when they are smaller.
struct Written {
  int files = 0, gz = 0, br = 0;
};

bool StageFile(const fs::path& to, const std::string& bytes, bool compress, Written& written, std::ostream& err) {
  std::error_code ec;
  fs::create_directories(to.parent_path(), ec);
  if (ec) {
    err << "puerta: publish: cannot create " << to.parent_path().string() << ": " << ec.message() << "\n";
    return false;
  }
  if (!WriteOutputFile(to.string(), bytes, err)) return false;
  ++written.files;
  if (!compress) return true;
  std::string why;
  for (const bool brotli : {false, true}) {
    std::optional<std::string> packed = brotli ? Brotli(bytes, why) : Gzip(bytes, why);
    if (!packed) {
      err << "puerta: publish: " << to.filename().string() << ": " << why << "\n";
      return false;
    }
    if (packed->size() >= bytes.size()) continue;  // a host sends the file itself then
    if (!WriteOutputFile(to.string() + (brotli ? ".br" : ".gz"), *packed, err)) return false;
    ++(brotli ? written.br : written.gz);
  }
  return true;
}

bool StageWebApp(const fs::path& web, const fs::path& to, const std::set<std::string>& turf_files, Written& written,
                 std::ostream& err) {
  std::error_code ec;
  for (auto it = fs::recursive_directory_iterator(web, ec); !ec && it != fs::recursive_directory_iterator();
       it.increment(ec)) {
    if (!it->is_regular_file(ec)) continue;
    const fs::path relative = it->path().lexically_relative(web);
    const std::string ext = relative.extension().string();
    if (ext == ".gz" || ext == ".br") continue;  // made again here, from the file itself
    if (IsStrayTurf(relative)) {
      err << "puerta: note: left out " << it->path().string() << " (a turf package in the web app's folder; give "
          << "it with --turf to publish it)\n";
      continue;
    }
    if (turf_files.count(relative.string())) {
      err << "puerta: publish: a turf package named " << relative.string() << " would replace the web app's own "
          << "file; rename the package\n";
      return false;
    }
    std::string bytes;
    if (!ReadFile(it->path().string(), bytes, err)) return false;
    if (!StageFile(to / relative, bytes, WorthCompressing(relative.string()), written, err)) return false;
  }
  if (ec) {
    err << "puerta: publish: cannot read " << web.string() << ": " << ec.message() << "\n";
    return false;
  }
  return true;
}

// Renames the staged folder to OUTDIR: in one step when OUTDIR is new
// (RENAME_NOREPLACE: a folder made there meanwhile is never replaced) or
// swapped with the old one (RENAME_EXCHANGE), then flushes the parent folder.
bool PutInPlace(StagingFolder& staging, const fs::path& out, bool replace, std::ostream& err) {
  if (renameat2(AT_FDCWD, staging.path().c_str(), AT_FDCWD, out.c_str(), replace ? RENAME_EXCHANGE : RENAME_NOREPLACE) !=
      0) {
    err << "puerta: publish: cannot put " << out.string() << " in place: " << std::strerror(errno) << "\n";
    return false;
  }
  if (!replace) staging.Release();
  const int dir = ::open(out.parent_path().c_str(), O_RDONLY | O_DIRECTORY);
  if (dir >= 0) {
    ::fsync(dir);
    ::close(dir);
  }
  return true;
}

// OUTDIR as an absolute folder path without a trailing separator, or nothing
// when it names no folder of its own ("/", ".", "..").
std::optional<fs::path> OutFolder(const std::string& out, std::ostream& err) {
  std::error_code ec;
  fs::path path = fs::absolute(out, ec).lexically_normal();
  if (!ec && !path.has_filename()) path = path.parent_path();
  if (ec || path == path.root_path() || path.filename() == "." || path.filename() == "..") {
    err << "puerta: publish: " << out << " names no folder to write; give a new folder's name, such as site\n";
    return std::nullopt;
  }
  return path;
}

bool Inside(const fs::path& file, const fs::path& folder) {
  std::error_code ec;
  const fs::path f = fs::weakly_canonical(file, ec), d = fs::weakly_canonical(folder, ec);
  const fs::path relative = f.lexically_relative(d);
  return !relative.empty() && *relative.begin() != "..";
}

int Publish(PublishOptions& a, std::ostream& out, std::ostream& err) {
  const std::optional<fs::path> folder = OutFolder(a.out, err);
  if (!folder) return 1;
  std::string shown = a.out;
  while (shown.size() > 1 && shown.ends_with("/")) shown.pop_back();
  const std::string links = a.links.empty() ? shown + ".links.html" : a.links;
  if (Inside(links, *folder)) {
    err << "puerta: publish: " << links << " is inside " << shown << ": links.html holds the turfs' keys and must "
        << "never be uploaded with the folder; write it elsewhere (--links FILE)\n";
    return 1;
  }
  std::error_code ec;
  const bool exists = fs::exists(fs::symlink_status(*folder, ec));
  if (exists && !fs::is_directory(fs::symlink_status(*folder, ec))) {
    err << "puerta: publish: " << shown << " exists and is not a folder\n";
    return 1;
  }
  if (RefuseToReplace(folder->string(), a.force, "add --force to replace it", err)) return 1;
  if (!a.turfs.empty() && RefuseToReplace(links, a.force, "add --force to replace it", err)) return 1;

  std::vector<Turf> turfs(a.turfs.size());
  std::set<std::string> turf_files;
  for (std::size_t i = 0; i < a.turfs.size(); ++i) {
    if (!ReadTurf(a.turfs[i], turfs[i], err)) return 1;
    if (!turf_files.insert(turfs[i].file).second) {
      err << "puerta: publish: two turf packages are named " << turfs[i].file << "; each needs its own name\n";
      return 1;
    }
  }
  const std::optional<fs::path> web = FindWebApp(a.web, err);
  if (!web) return 1;
  if (Inside(*folder, *web) || Inside(*web, *folder)) {
    err << "puerta: publish: " << shown << " and the web app's folder " << web->string() << " lie one inside the "
        << "other; publish to a folder of its own\n";
    return 1;
  }
  if (IsTestBuild(*web))
    err << "puerta: note: " << web->string() << " is the test build (it has test hooks); phones should get the "
        << "production build, build/wasm/web\n";

  StagingFolder staging;
  if (!staging.Make(*folder, err)) return 1;
  Written written;
  if (!StageWebApp(*web, staging.path(), turf_files, written, err)) return 1;
  std::vector<TurfLinkEntry> entries;
  for (const Turf& turf : turfs) {
    Written ignored;
    if (!StageFile(staging.path() / turf.file, turf.bytes, false, ignored, err)) return 1;
    entries.push_back({turf.file, TurfLink(a.base_url, turf.file, turf.key)});
  }
  std::unique_ptr<PendingFile> page;
  if (!entries.empty()) {
    std::string why;
    const std::optional<std::string> html = LinksPage(entries, why);
    if (!html) {
      err << "puerta: publish: " << links << ": " << why << "\n";
      return 1;
    }
    page = std::make_unique<PendingFile>(links, *html, FileWriteOptions{.mode = 0600, .replace_existing = a.force});
    if (page->error()) {
      PrintWriteError(page->error(), err);
      return 1;
    }
  }
  if (!PutInPlace(staging, *folder, exists, err)) return 1;
  if (page) {
    if (FileWriteError error = page->Commit()) {
      PrintWriteError(error, err, "add --force to replace it");
      return 1;
    }
  }

  out << shown << ": the web app from " << web->string() << " (" << written.files << " files, " << written.gz
      << " .gz and " << written.br << " .br copies), " << turfs.size()
      << (turfs.size() == 1 ? " turf package" : " turf packages") << "\n";
  if (page) out << links << ": each turf's link and QR code\n";
  out << "Upload " << shown << " (its contents) to an HTTPS static host; see \"Put it online\" in the README.\n";
  if (page)
    err << "puerta: WARNING: " << links << " holds every turf's key: never upload it; send each link only to the "
        << "canvasser who walks that turf. " << shown << " itself holds no key.\n";
  if (!entries.empty() && a.base_url == kDefaultBaseUrl)
    err << "puerta: note: the links point at this computer (" << kDefaultBaseUrl << "); give --base-url with the "
        << "address the folder will be published at\n";
  return 0;
}

}  // namespace

void AddPublishCommand(CLI::App& puerta, const Streams& io, Action& action) {
  auto o = std::make_shared<PublishOptions>();
  CLI::App* c = puerta.add_subcommand("publish", "write the folder to upload to a web host: the phone web app, "
                                                 "precompressed, and the turf packages");
  c->add_option("OUTDIR", o->out, "the folder to write (a new one; --force replaces it)")->type_name("")->required();
  AddRepeatedValue(*c, "--turf", o->turfs, "FILE#k=KEY",
                   "a package from `puerta package`, with the key from its link (a plain package without it); "
                   "repeat for more");
  AddValue(*c, "--base-url", o->base_url, "URL",
           std::string("where OUTDIR will be published, for the links (default: ") + kDefaultBaseUrl + ")")
      ->check(BaseUrlCheck());
  AddValue(*c, "--links", o->links, "FILE",
           "where to write the links page, which holds the keys (default: OUTDIR.links.html, outside OUTDIR)");
  AddValue(*c, "--web", o->web, "DIR",
           "the phone web app's folder (default: build/wasm/web beside this binary, or share/puerta/web)");
  c->add_flag("--force", o->force, "replace OUTDIR and the links page if they exist");
  c->callback([o, &io, &action] { action = [o, &io] { return Publish(*o, io.out, io.err); }; });
}

}  // namespace puerta::cli
