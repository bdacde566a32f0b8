// Turf packages the browser tests open, built with the organizer CLI.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { repoRoot, webRoot } from './phone.js';

// The sample walk list and pledge script without a PIN (quick to reopen);
// written beside the app so ?turf=NAME opens it. Returns its file name.
export function buildPlainTurf(name = 'test-plain.turf') {
  execFileSync(path.join(repoRoot, 'build/native/native/puerta'), [
    'package', '--list', path.join(repoRoot, 'assets/sample/walk-list.csv'),
    '--script', path.join(repoRoot, 'assets/scripts/pledge-to-vote.json'),
    '--name', 'Test turf', '--organization', 'Test', '--campaign', 'Test', '--canvasser', 'Robot',
    '--no-encryption', '--unsealed-exports', '--out', path.join(webRoot, name),
  ]);
  return name;
}

export function removeTurf(name) {
  fs.rmSync(path.join(webRoot, name), { force: true });
}
