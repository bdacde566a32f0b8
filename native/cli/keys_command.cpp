// `puerta keys new` and `puerta open`: the organizer's half of sealed exports
// (crypto/sealed_file.h) and of the phones' signatures inside them
// (crypto/signed_file.h; a file from a turf without sealed exports is signed
// only, and opens without --key). The public key goes into turf packages
// (`puerta package --key`); phones seal response files to it, and only the
// secret key opens them again. A secret key and an opened file are readable
// by their owner only (0600), and neither replaces a file without --force.
// `open` also checks the signing device against the organizer's hand-out
// records and flags one its turf did not go to (native/cli/turf_checks.h).
#include <sys/stat.h>
#include <unistd.h>

#include <memory>
#include <ostream>
#include <vector>

#include "crypto/sealed_file.h"
#include "crypto/signed_file.h"
#include "export/result_files.h"
#include "native/cli/commands.h"
#include "native/cli/files.h"
#include "native/cli/options.h"
#include "native/cli/turf_checks.h"

namespace puerta::cli {
namespace {

constexpr std::string_view kKeepKeys =
    "keys are never overwritten without --force: files sealed to the old public key could then never be opened; "
    "choose another --out";
constexpr std::string_view kKeepOpened = "add --force to replace it";

struct KeysNewOptions {
  std::string prefix = "organizer";
  bool force = false;
};

int KeysNew(const KeysNewOptions& o, std::ostream& out, std::ostream& err) {
  const std::string public_path = o.prefix + ".public", secret_path = o.prefix + ".secret";
  if (RefuseToReplace(secret_path, o.force, kKeepKeys, err) || RefuseToReplace(public_path, o.force, kKeepKeys, err))
    return 1;
  const OrganizerKeyPair pair = NewOrganizerKeyPair();
  PendingFile secret(secret_path, pair.secret_text + "\n", {0600, o.force});
  PendingFile pub(public_path, pair.public_text + "\n", {0644, o.force});
  for (const PendingFile* file : {&secret, &pub}) {
    if (file->error()) {
      PrintWriteError(file->error(), err);
      return 1;  // neither is put in place
    }
  }
  // The public key first: if the secret key then cannot be put in place, the
  // new public key is taken away again and any old secret key is untouched
  // (an old public key can be rebuilt from it: the secret line holds both).
  if (const FileWriteError e = pub.Commit()) {
    PrintWriteError(e, err, kKeepKeys);
    return 1;
  }
  if (const FileWriteError e = secret.Commit()) {
    ::unlink(public_path.c_str());
    PrintWriteError(e, err, kKeepKeys);
    return 1;
  }
  out << "public key: " << public_path << "  (put it in turf packages: puerta package --key " << public_path << ")\n"
      << "secret key: " << secret_path << "  (only you may read it; it opens sealed exports: puerta open FILE --key "
      << secret_path << ")\n"
      << "Keep a copy of the secret key somewhere safe. If it is lost, files sealed to this public key can never be opened.\n";
  return 0;
}

struct OpenOptions {
  std::string file, key, out, records;
  std::vector<std::string> accepted;
  bool force = false;
  bool unsigned_ok = false;
};

int Open(const OpenOptions& o, std::ostream& out, std::ostream& err) {
  if (!o.out.empty() && RefuseToReplace(o.out, o.force, kKeepOpened, err)) return 1;
  constexpr std::string_view kNeedKey = "puerta open: --key is required to open a sealed file (see puerta open --help)\n";
  if (o.key.empty() && o.file.ends_with(".sealed")) {
    err << kNeedKey;
    return 2;
  }
  std::string sealed, key;
  if (!ReadFile(o.file, sealed, err)) return 1;
  Status status = Status::Ok();
  std::optional<std::string> contents;
  if (IsSignedFile(sealed)) {
    contents = std::move(sealed);  // from a turf without sealed exports: signed only
  } else if (o.key.empty()) {
    if (IsSealedFile(sealed)) {
      err << kNeedKey;
      return 2;
    }
    err << "puerta: " << o.file << ": this is not a sealed Puerta file, nor one signed by a phone\n";
    return 1;
  } else {
    if (!ReadFile(o.key, key, err)) return 1;
    contents = OpenSealedFile(sealed, key, status);
    if (!contents) {
      err << "puerta: " << o.file << ": " << status.message() << "\n";
      return 1;
    }
  }
  // Inside the sealing, the phone's signature (crypto/signed_file.h): anyone
  // holding a turf can seal a file to this key, but only a phone's own key
  // signs as that phone.
  std::string signed_by;
  TurfChecks checks(RecordsFolder(o.records, o.key), o.accepted, err);
  if (IsSignedFile(*contents)) {
    std::optional<CheckedExport> checked = CheckSignedExport(*contents, status);
    if (!checked) {
      err << "puerta: " << o.file << ": refused, nothing was written: " << status.message() << "\n";
      return 1;
    }
    // Then whether that device is the one its turf went to (turf/handout_records.h):
    // flagged, not refused, since a canvasser's phone can be replaced.
    // The device is recorded before the file is written: a device seen must
    // stay seen (and first) even if writing the opened file then fails.
    if (!checks.Load()) return 1;
    if (checked->attempts_file) checks.CheckFile(o.file, checked->origin, checked->by_device);
    else checks.NoteNoTurf(o.file);
    if (!checks.Save()) return 1;
    contents = std::move(checked->payload);
    signed_by = "signed by device " + checked->device_id;
  } else if (!o.unsigned_ok) {
    err << "puerta: " << o.file << ": refused, nothing was written: it is not signed by a phone. Phones sign every "
        << "export; one without a signature was made by a Puerta from before signing, or put together by someone "
        << "who holds the turf. --unsigned opens it anyway (nothing then tells it from a forged file)\n";
    return 1;
  } else {
    signed_by = "NOT SIGNED: opened because of --unsigned";
  }
  if (o.out.empty()) {
    out << *contents;
    err << "puerta: " << o.file << ": " << signed_by << "\n";
    checks.PrintSummary("on standard output");
    return 0;
  }
  // Opened, the file names voters and holds their answers: its owner's only.
  if (!WriteOutputFile(o.out, *contents, err, {0600, o.force}, kKeepOpened)) return 1;
  err << "puerta: opened " << o.file << " into " << o.out << " (" << contents->size() << " bytes), " << signed_by << "\n";
  checks.PrintSummary("in " + o.out);
  return 0;
}

}  // namespace

void AddKeyCommands(CLI::App& puerta, const Streams& io, Action& action) {
  CLI::App* keys = AddGroup(puerta, "keys", "organizer key pairs, for sealed exports", io, action);
  auto k = std::make_shared<KeysNewOptions>();
  CLI::App* new_command = keys->add_subcommand("new", "make an organizer key pair: PREFIX.public and PREFIX.secret");
  AddValue(*new_command, "--out", k->prefix, "PREFIX", "where the two files go (default: organizer)");
  new_command->add_flag("--force", k->force, "replace an existing key pair (files sealed to it can then never be opened)");
  new_command->callback([k, &io, &action] { action = [k, &io] { return KeysNew(*k, io.out, io.err); }; });

  auto o = std::make_shared<OpenOptions>();
  CLI::App* open_command = puerta.add_subcommand(
      "open", "open a sealed export with the organizer's secret key, check the phone's signature, name the phone");
  open_command->add_option("FILE", o->file, "the sealed file (FILE.sealed), or a phone's signed file")->type_name("")->required();
  AddValue(*open_command, "--key", o->key, "SECRET_KEY_FILE",
           "the organizer's secret key (puerta keys new); not needed for a file that is signed but not sealed");
  AddValue(*open_command, "--out", o->out, "PATH", "where to write the opened file, readable by you only (default: standard output)");
  open_command->add_flag("--force", o->force, "replace PATH if it exists");
  AddRecordsOptions(*open_command, o->records, o->accepted, "the folder of --key");
  open_command->add_flag("--unsigned", o->unsigned_ok,
                         "open a file no phone signed (from a Puerta before signed exports); it may be forged");
  open_command->callback([o, &io, &action] { action = [o, &io] { return Open(*o, io.out, io.err); }; });
}

}  // namespace puerta::cli
