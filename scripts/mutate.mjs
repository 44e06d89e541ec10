// `npm run mutate [-- <filter>…] [-- --score]`: StrykerJS over the engine, one folder at a time.
// A full run takes hours on two cores, so each chunk keeps its own incremental file: a run stopped
// half way keeps the chunks it finished, and a rerun tests only mutants whose code or tests
// changed. Chunks are found, not listed: the top-level files of the core and of each service's
// engine (six to a chunk), and each of their subfolders, so a new service is covered without editing this file.
// With filters, only chunks whose name contains one of them run; `--score` runs nothing and
// prints the score of what the chunks' files hold.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const REPORTS = '.reports/mutation';
const SKIPPED = new Set(['test', 'testing']);

// Top-level files go in groups of six: a chunk is a resumable unit, so none should take hours.
const GROUP = 6;

function chunksOf(root) {
  const files = readdirSync(root)
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
    .sort();
  const chunks = [];
  for (let i = 0; i < files.length; i += GROUP)
    chunks.push({
      name: `${root}#${i / GROUP + 1}`,
      globs: files.slice(i, i + GROUP).map((f) => `${root}/${f}`),
    });
  for (const entry of readdirSync(root).sort()) {
    const path = join(root, entry);
    if (statSync(path).isDirectory() && !SKIPPED.has(entry))
      chunks.push({ name: path, globs: [`${path}/**/*.ts`] });
  }
  return chunks;
}

const roots = [
  'src/engine',
  ...readdirSync('src/services')
    .map((service) => `src/services/${service}/engine`)
    .filter((path) => existsSync(path)),
];
const chunks = roots.flatMap(chunksOf);
const fileOf = (chunk) => `${REPORTS}/${chunk.name.replaceAll(/[/#]/g, '_')}.json`;

const args = process.argv.slice(2);
const scoreOnly = args.includes('--score');
const filters = args.filter((arg) => !arg.startsWith('--'));
const chosen = chunks.filter(
  (c) => filters.length === 0 || filters.some((f) => c.name.includes(f)),
);

if (!scoreOnly) {
  for (const chunk of chosen) {
    console.log(`\n== ${chunk.name}`);
    const mutate = [...chunk.globs, '!**/*.test.ts'].join(',');
    const run = spawnSync(
      'npx',
      ['stryker', 'run', '--mutate', mutate, '--incrementalFile', fileOf(chunk)],
      { stdio: 'inherit' },
    );
    if (run.status !== 0) process.exit(run.status ?? 1);
  }
}

// Stryker's score: detected (killed, timed out) over valid mutants (those plus survivors and
// mutants no test reaches); compile and runtime errors and ignored mutants do not count.
const DETECTED = new Set(['Killed', 'Timeout']);
const UNDETECTED = new Set(['Survived', 'NoCoverage']);
const totals = { detected: 0, undetected: 0 };
const rows = [];
for (const chunk of chunks) {
  if (!existsSync(fileOf(chunk))) continue;
  const report = JSON.parse(readFileSync(fileOf(chunk), 'utf8'));
  for (const [file, { mutants }] of Object.entries(report.files)) {
    const row = { file, detected: 0, undetected: 0 };
    for (const { status } of mutants) {
      if (DETECTED.has(status)) row.detected += 1;
      if (UNDETECTED.has(status)) row.undetected += 1;
    }
    totals.detected += row.detected;
    totals.undetected += row.undetected;
    rows.push(row);
  }
}
const score = (r) =>
  r.detected + r.undetected === 0 ? 100 : (100 * r.detected) / (r.detected + r.undetected);
for (const row of rows.sort((a, b) => b.undetected - a.undetected).slice(0, 25))
  console.log(
    `${score(row).toFixed(1).padStart(6)} %  ${String(row.undetected).padStart(4)} undetected  ${row.file}`,
  );
const measured = new Set(rows.map((r) => r.file)).size;
console.log(
  `\nMutation score ${score(totals).toFixed(1)} % (${totals.detected} detected, ${totals.undetected} undetected) over ${measured} files in ${chunks.filter((c) => existsSync(fileOf(c))).length} of ${chunks.length} chunks.`,
);
