// The table of ./observatoires bench web (tests/bench/web.sh): reads the Lighthouse reports of a run
// (<dir>/<page>-<preset>-<run>.report.json), keeps each page and preset's median run (by performance score, as
// Lighthouse's own advice: the middle one of an odd number of runs), and prints its figures beside the aims of
// issue 16, a `!` after each figure that misses its aim; then the verdicts for the aims' subject, the Emploi
// dashboard on a phone.
//   node summary.mjs <dir> <page>=<path>...
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const AIMS = {
  performance: 90, // score, at least
  lcpMs: 2500, // less than
  tbtMs: 200, // less than
  cls: 0.1, // less than
  scriptBytes: 350_000, // at most: the first dashboard view's compressed JavaScript
};
/** The page the aims are written for (issue 16), and the preset. */
export const AIM_PAGE = 'dashboard';
export const AIM_PRESET = 'mobile';

/** The figures of one Lighthouse report. */
export function figures(report) {
  const audits = report.audits;
  const requests = audits['network-requests']?.details?.items ?? [];
  const scriptBytes = requests.filter((r) => r.resourceType === 'Script').reduce((sum, r) => sum + (r.transferSize ?? 0), 0);
  return {
    performance: Math.round((report.categories.performance?.score ?? 0) * 100),
    lcpMs: audits['largest-contentful-paint']?.numericValue ?? NaN,
    tbtMs: audits['total-blocking-time']?.numericValue ?? NaN,
    cls: audits['cumulative-layout-shift']?.numericValue ?? NaN,
    totalBytes: audits['total-byte-weight']?.numericValue ?? NaN,
    scriptBytes,
    requests: requests.length,
    warnings: report.runWarnings ?? [],
    runtimeError: report.runtimeError?.message ?? null,
    benchmarkIndex: report.environment?.benchmarkIndex ?? null,
    version: report.lighthouseVersion,
  };
}

/** The median run of a list of figures, by performance score (ties: the lower LCP). */
export function medianRun(runs) {
  const sorted = [...runs].sort((a, b) => a.performance - b.performance || b.lcpMs - a.lcpMs);
  return sorted[Math.floor((sorted.length - 1) / 2)];
}

/** Which aims a run misses (performance, lcpMs, tbtMs, cls; scriptBytes only where the aim applies). */
export function misses(run, { scriptAim = false } = {}) {
  const missed = new Set();
  if (run.performance < AIMS.performance) missed.add('performance');
  if (!(run.lcpMs < AIMS.lcpMs)) missed.add('lcpMs');
  if (!(run.tbtMs < AIMS.tbtMs)) missed.add('tbtMs');
  if (!(run.cls < AIMS.cls)) missed.add('cls');
  if (scriptAim && !(run.scriptBytes <= AIMS.scriptBytes)) missed.add('scriptBytes');
  return missed;
}

const kB = (bytes) => `${(bytes / 1000).toFixed(0)} kB`;
const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;
const pad = (text, width) => String(text).padEnd(width);
const padLeft = (text, width) => String(text).padStart(width);

function main([dir, ...pageArgs]) {
  const pages = pageArgs.map((arg) => {
    const at = arg.indexOf('=');
    return { name: arg.slice(0, at), path: arg.slice(at + 1) };
  });
  const files = readdirSync(dir).filter((f) => f.endsWith('.report.json'));
  const presets = ['mobile', 'desktop'].filter((p) => files.some((f) => f.includes(`-${p}-`)));
  const rows = [];
  const problems = [];
  let version = '?';
  let benchmarks = [];
  for (const page of pages) {
    for (const preset of presets) {
      const runs = files
        .filter((f) => f.startsWith(`${page.name}-${preset}-`))
        .map((f) => ({ file: f, ...figures(JSON.parse(readFileSync(join(dir, f), 'utf8'))) }));
      if (runs.length === 0) continue;
      for (const r of runs) {
        if (r.runtimeError) problems.push(`${r.file}: ${r.runtimeError}`);
        for (const w of r.warnings) problems.push(`${r.file}: ${w}`);
        if (r.benchmarkIndex) benchmarks.push(r.benchmarkIndex);
        version = r.version;
      }
      const run = medianRun(runs);
      rows.push({ page, preset, run, runs: runs.length, missed: misses(run, { scriptAim: page.name === AIM_PAGE }) });
    }
  }
  const header = ['page', 'URL', 'preset', 'perf', 'LCP', 'TBT', 'CLS', 'transferred', 'of it JS', 'runs'];
  const widths = [12, 30, 8, 6, 9, 9, 8, 12, 10, 4];
  const line = (cells) => cells.map((c, i) => (i < 3 ? pad(c, widths[i]) : padLeft(c, widths[i]))).join(' ');
  console.log(line(header));
  for (const { page, preset, run, runs, missed } of rows) {
    const flag = (key, text) => `${text}${missed.has(key) ? '!' : ' '}`;
    console.log(
      line([
        page.name,
        page.path,
        preset,
        flag('performance', run.performance),
        flag('lcpMs', seconds(run.lcpMs)),
        flag('tbtMs', `${Math.round(run.tbtMs)} ms`),
        flag('cls', run.cls.toFixed(3)),
        ` ${kB(run.totalBytes)} `,
        flag('scriptBytes', kB(run.scriptBytes)),
        runs,
      ]),
    );
  }
  console.log(
    `aims: performance >= ${AIMS.performance}, LCP < ${seconds(AIMS.lcpMs)}, TBT < ${AIMS.tbtMs} ms, CLS < ${AIMS.cls}; ` +
      `the first dashboard view <= ${kB(AIMS.scriptBytes)} of compressed JavaScript. "!" marks a miss.`,
  );
  console.log(
    `Lighthouse ${version}, median run of each row by performance score; bytes as transferred (compressed), 1 kB = 1000 B; ` +
      `Chromium's benchmark index ${benchmarks.length ? `${Math.min(...benchmarks)}–${Math.max(...benchmarks)}` : '?'}.`,
  );
  const subject = rows.find((r) => r.page.name === AIM_PAGE && r.preset === AIM_PRESET);
  if (subject) {
    const verdict = (key, text) => `${text} ${subject.missed.has(key) ? 'MISSED' : 'met'}`;
    console.log();
    console.log(`The aims' subject, the ${AIM_PAGE} (${subject.page.path}) on a phone (Lighthouse's mobile preset):`);
    console.log(`  performance ${verdict('performance', `${subject.run.performance} (>= ${AIMS.performance})`)}`);
    console.log(`  LCP ${verdict('lcpMs', `${seconds(subject.run.lcpMs)} (< ${seconds(AIMS.lcpMs)})`)}`);
    console.log(`  TBT ${verdict('tbtMs', `${Math.round(subject.run.tbtMs)} ms (< ${AIMS.tbtMs} ms)`)}`);
    console.log(`  CLS ${verdict('cls', `${subject.run.cls.toFixed(3)} (< ${AIMS.cls})`)}`);
    console.log(`  JavaScript ${verdict('scriptBytes', `${kB(subject.run.scriptBytes)} (<= ${kB(AIMS.scriptBytes)})`)}`);
  }
  if (problems.length) {
    console.log();
    console.log('Lighthouse warned:');
    for (const p of [...new Set(problems)]) console.log(`  ${p}`);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) main(process.argv.slice(2));
