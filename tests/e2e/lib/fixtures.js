// Turf packages the browser tests open, built with the organizer CLI.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { repoRoot, webRoot, puertaBin } from './phone.js';

// The sample walk list and pledge script without a PIN (quick to reopen), a
// plain package (its voters are made up); written beside the app so
// ?turf=NAME opens it. Returns its file name.
export function buildPlainTurf(name = 'test-plain.turf') {
  execFileSync(puertaBin, [
    'package', '--list', path.join(repoRoot, 'assets/sample/walk-list.csv'),
    '--script', path.join(repoRoot, 'assets/scripts/pledge-to-vote.json'),
    '--name', 'Test turf', '--organization', 'Test', '--campaign', 'Test', '--canvasser', 'Robot',
    '--no-encryption', '--made-up-voters', '--unsealed-exports', '--out', path.join(webRoot, name),
  ]);
  return name;
}

export function removeTurf(name) {
  fs.rmSync(path.join(webRoot, name), { force: true });
}

// A voter file of people who appear nowhere else (not in the sample walk list
// that the app itself ships).
export function writePrivateVoterFile(csv) {
  fs.writeFileSync(csv, [
    'id,first_name,last_name,address,unit,city,zip,latitude,longitude,phone,language,party',
    'PV-9001,Zenobia,Quintanilla,712 Marigold Terrace,,San Miguel,95112,37.35110,-121.88110,408-555-7391,es,',
    'PV-9002,Thaddeus,Okonkwo-Reyes,712 Marigold Terrace,,San Miguel,95112,37.35110,-121.88110,,en,',
    'PV-9003,Phượng,Lâm Vĩnh,48 Kestrelwood Ct,,San Miguel,95112,37.35150,-121.88050,669-555-2048,vi,',
    'PV-9004,Ximena,Bartholomew,90 Kestrelwood Ct,,San Miguel,95112,37.35170,-121.88020,650-555-1177,es,',
    'PV-9005,Wenceslao,Achterberg,5 Quillfeather Lane,,San Miguel,95112,37.35190,-121.87990,831-555-6604,en,',
  ].join('\n') + '\n');
}

// `puerta package` as an organizer runs it: the package is encrypted and the
// link printed on standard output carries its key. Returns { link, key }.
export function packageTurf(args, out) {
  const printed = execFileSync(puertaBin, [
    'package', '--script', path.join(repoRoot, 'assets/scripts/pledge-to-vote.json'), ...args, '--out', out,
  ], { stdio: ['ignore', 'pipe', 'pipe'] }).toString();
  const link = /^link: (\S+)$/m.exec(printed)?.[1];
  if (!link) throw new Error('puerta package printed no link: ' + printed);
  return { link, key: new URLSearchParams(new URL(link).hash.slice(1)).get('k') || '' };
}

// A turf of those people, with encryption on (a PIN), packaged encrypted
// beside the app: the privacy tests look for them in every storage area.
// Returns its file name, the link's `?turf=NAME#k=KEY` part, and the package
// as JSON (a plain copy made alongside, never served: the names, streets and
// phones to look for come from it).
// `extra`: more `puerta package` options (glyphs.test.js: --no-font).
export function buildPrivateTurf(name = 'test-private.turf', extra = []) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'puerta-turf-'));
  const csv = path.join(dir, 'voters.csv');
  writePrivateVoterFile(csv);
  const common = ['--list', csv, '--name', 'Privacy test turf', '--organization', 'Test', '--campaign', 'Test',
    '--unsealed-exports', ...extra];
  const { key } = packageTurf(common, path.join(webRoot, name));
  packageTurf([...common, '--plain-package', '--made-up-voters'], path.join(dir, 'plain.turf'));
  const turf = JSON.parse(fs.readFileSync(path.join(dir, 'plain.turf'), 'utf8'));
  fs.rmSync(dir, { recursive: true, force: true });
  return { name, query: `?turf=${name}#k=${key}`, key, turf };
}

// What of a turf names people: voters' names and phone numbers (as written
// and as digits), households' addresses and street names.
export function personalStrings(turf) {
  const out = new Set();
  for (const h of turf.walk_list.households) {
    out.add(h.address.display);
    out.add(h.address.street);
    for (const v of h.voters) {
      out.add(v.first_name);
      out.add(v.last_name);
      if (v.phone) {
        out.add(v.phone);
        out.add(v.phone.replace(/\D/g, ''));
      }
    }
  }
  return [...out].filter((s) => s && s.length >= 4);
}
