// A load generator at a fixed request rate (open model: requests start on schedule, whether or not earlier ones have
// answered), over the platform's realistic mix, for tests/bench/soak.sh. Node's own http module only: no package.
//
//   node loadgen.mjs --base http://127.0.0.1:8079 --rate 20 --seconds 600 --partner-key obs_… --scope epci:200072460
//                    [--report-every 30] [--summary summary.json]
//
// The mix, as shares of the rate (each stream keeps its own schedule):
//   dashboard 50 %  a dashboard page load as a browser makes it: the page (index.html), its assets, then the
//                   shell's and the dashboard's API calls (observatory, territories, indicator, breaks, map, values,
//                   peer groups, compare, series), for a random indicator of a random observatory and a random zone
//   csv       10 %  a values CSV download (one indicator, every commune, or the communes of a zone)
//   qgis      20 %  QGIS paging a layer: OGC items page after page, following each page's "next" link to the end
//   partner   20 %  a partner's nightly pull with its key: its catalogue, then every indicator's values in its scope as
//                   CSV, one after the other, and again
// Every 30 s (--report-every) one line: the interval's requests, p50/p95/p99 and errors. At the end the totals per
// stream, and the same as JSON in --summary. An error is a failed connection or any status other than 200.
import http from 'node:http';
import { writeFileSync } from 'node:fs';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';

const args = Object.fromEntries(
  process.argv.slice(2).reduce((pairs, arg, i, all) => (arg.startsWith('--') ? [...pairs, [arg.slice(2), all[i + 1]]] : pairs), []),
);
const base = new URL(args.base ?? 'http://127.0.0.1:8079');
const rate = Number(args.rate ?? 20);
const seconds = Number(args.seconds ?? 60);
const reportEvery = Number(args['report-every'] ?? 30);
const partnerKey = args['partner-key'];
const scope = args.scope ?? 'epci:200072460';
if (!(rate > 0) || !(seconds > 0) || !partnerKey) {
  console.error('usage: node loadgen.mjs --base URL --rate N --seconds N --partner-key KEY [--scope T] [--report-every N] [--summary F]');
  process.exit(2);
}

const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });
const BROWSER = { Accept: '*/*', 'Accept-Encoding': 'br, gzip' };
const started = performance.now();
const now = () => (performance.now() - started) / 1000;

// ------------------------------------------------------------------ measuring
const all = [];
let interval = [];
const byStream = new Map();
const errorSamples = [];
let inFlight = 0;
let maxInFlight = 0;
let maxLagMs = 0;

/** GET path; resolves to { status, body (Buffer, as sent), encoding }; records the latency (until the last byte) under the stream. */
function get(stream, path, headers = BROWSER) {
  const t0 = performance.now();
  inFlight++;
  maxInFlight = Math.max(maxInFlight, inFlight);
  return new Promise((resolve) => {
    const done = (status, body, error, encoding) => {
      inFlight--;
      const ms = performance.now() - t0;
      const ok = status === 200;
      const record = { stream, ms, ok };
      all.push(record);
      interval.push(record);
      let s = byStream.get(stream);
      if (!s) byStream.set(stream, (s = { ms: [], errors: 0, bytes: 0 }));
      s.ms.push(ms);
      s.bytes += body.length;
      if (!ok) {
        s.errors++;
        if (errorSamples.length < 20) errorSamples.push(`${stream} GET ${path}: ${error ?? status} ${decode(body, encoding).subarray(0, 300).toString()}`);
      }
      resolve({ status, body, encoding });
    };
    const request = http.get(new URL(path, base), { agent, headers, timeout: 60_000 }, (response) => {
      const chunks = [];
      response.on('data', (c) => chunks.push(c));
      response.on('end', () => done(response.statusCode, Buffer.concat(chunks), undefined, response.headers['content-encoding']));
      response.on('error', (e) => done(0, Buffer.alloc(0), e.message));
    });
    request.on('timeout', () => request.destroy(new Error('timeout after 60 s')));
    request.on('error', (e) => done(0, Buffer.alloc(0), e.message));
  });
}
/** The body as sent, decompressed. */
function decode(body, encoding) {
  try {
    return encoding === 'gzip' ? gunzipSync(body) : encoding === 'br' ? brotliDecompressSync(body) : body;
  } catch {
    return body;
  }
}
/** The body as JSON, or null when it is not a 200 or not JSON. */
function json(r) {
  if (r.status !== 200) return null;
  try {
    return JSON.parse(decode(r.body, r.encoding).toString());
  } catch {
    return null;
  }
}
const pick = (list) => list[Math.floor(Math.random() * list.length)];

function percentiles(values) {
  if (values.length === 0) return { n: 0, p50: 0, p95: 0, p99: 0, max: 0 };
  const v = [...values].sort((a, b) => a - b);
  const at = (p) => v[Math.min(v.length - 1, Math.ceil(p * v.length) - 1)];
  return { n: v.length, p50: at(0.5), p95: at(0.95), p99: at(0.99), max: v[v.length - 1] };
}

// ------------------------------------------------------------------ schedules
/** Calls fire() at rate per second until the end, on schedule; fire may return a promise that the next start waits for. */
async function schedule(share, fire) {
  const perSecond = rate * share;
  for (let k = 0; ; k++) {
    const due = k / perSecond;
    if (due >= seconds) return;
    const wait = (due - now()) * 1000;
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    else maxLagMs = Math.max(maxLagMs, -wait);
    await fire();
  }
}

/** A sequence of steps, each started on schedule; a step may wait for the previous one's answer (a next link). */
function sequence(share, steps) {
  let queue = [];
  return schedule(share, async () => {
    if (queue.length === 0) queue = await steps();
    const step = queue.shift();
    const result = step();
    // An independent request runs on while the schedule goes on; a dependent one yields its follow-ups first.
    if (result && typeof result.then === 'function' && step.dependent) queue.unshift(...((await result) ?? []));
  });
}

// ------------------------------------------------------------------ what the streams read
const catalogue = json(await get('setup', '/api/v1/indicators', { Accept: 'application/json' }));
const epcis = json(await get('setup', '/api/v1/territories?level=epci&within=groupement:aula&limit=100', { Accept: 'application/json' }));
if (!catalogue || !epcis) {
  console.error(`cannot read the catalogue or the territories at ${base}: ${errorSamples.join('; ')}`);
  process.exit(1);
}
// Yearly indicators: what a dashboard's map and table show of the communes. Those that cannot be aggregated
// (medians, deciles: aggregation none) have their comparisons and series only at the levels stored, which the
// dashboard knows from their details: they are left out, so that any status but 200 is an error of the platform.
const indicators = catalogue.items.filter((i) => i.periodicity === 'year' && i.aggregation !== 'none');
const zones = [...epcis.items.map((t) => t.id), 'groupement:aula'];
const index = await get('setup', '/', BROWSER);
const assets = [...new Set([...index.body.toString().matchAll(/(?:src|href)="(\/assets\/[^"]+)"/g)].map((m) => m[1]))];
byStream.delete('setup');
all.length = 0;
interval = [];

function dashboardLoad() {
  const indicator = pick(indicators);
  const observatory = indicator.observatory;
  const zone = pick(zones);
  const code = encodeURIComponent(indicator.code);
  const q = `level=commune&within=${zone}`;
  const api = (path) => () => get('dashboard', path, { ...BROWSER, Accept: 'application/json' });
  return [
    () => get('dashboard', `/observatories/${observatory}`),
    ...assets.map((a) => () => get('dashboard', a)),
    api('/api/v1/observatories'),
    api('/api/v1/territories?level=epci&limit=100'),
    api(`/api/v1/observatories/${observatory}`),
    api(`/api/v1/indicators/${code}`),
    api(`/api/v1/indicators/${code}/breaks?${q}&method=quantile&classes=5`),
    () => get('dashboard', `/api/v1/indicators/${code}/map?${q}&method=quantile&classes=5`, { ...BROWSER, Accept: 'application/geo+json' }),
    api(`/api/v1/indicators/${code}/values?${q}`),
    api(`/api/v1/peer-groups?subject=${zone}`),
    api(`/api/v1/indicators/${code}/compare?territory=${zone}`),
    api(`/api/v1/indicators/${code}/series?territories=${zone},departement:62`),
  ];
}

function csvDownload() {
  const indicator = pick(indicators);
  const code = encodeURIComponent(indicator.code);
  const within = Math.random() < 0.5 ? '' : `&within=${pick(zones)}`;
  return [() => get('csv', `/api/v1/indicators/${code}/values?level=commune${within}&format=csv`, { Accept: 'text/csv', 'Accept-Encoding': 'gzip' })];
}

const layers = ['communes', 'emploi-etablissements'];
function qgisPaging() {
  const page = (path) => {
    const step = async () => {
      const r = await get('qgis', path, { Accept: 'application/geo+json', 'Accept-Encoding': 'gzip' });
      const next = (json(r)?.links ?? []).find((l) => l.rel === 'next');
      return next ? [page(new URL(next.href).pathname + new URL(next.href).search)] : [];
    };
    step.dependent = true;
    return step;
  };
  return [page(`/ogc/collections/${pick(layers)}/items?limit=1000`)];
}

const partner = { Accept: 'text/csv', Authorization: `Bearer ${partnerKey}` };
function partnerPull() {
  const list = async () => {
    const r = await get('partner', '/api/v1/indicators', { Accept: 'application/json', Authorization: partner.Authorization });
    return (json(r)?.items ?? []).map(
      (i) => () => get('partner', `/api/v1/indicators/${encodeURIComponent(i.code)}/values?level=commune&within=${scope}&format=csv`, partner),
    );
  };
  list.dependent = true;
  return [list];
}

// ------------------------------------------------------------------ run
const fmt = (x) => x.toFixed(1).padStart(7);
const reporter = setInterval(() => {
  const p = percentiles(interval.map((r) => r.ms));
  const errors = interval.filter((r) => !r.ok).length;
  console.log(
    `[${now().toFixed(0).padStart(4)} s] requests ${String(p.n).padStart(6)} (${(p.n / reportEvery).toFixed(1)}/s)  ` +
      `p50 ${fmt(p.p50)} ms  p95 ${fmt(p.p95)} ms  p99 ${fmt(p.p99)} ms  errors ${errors}  in flight ${inFlight}`,
  );
  interval = [];
}, reportEvery * 1000);

await Promise.all([sequence(0.5, dashboardLoad), sequence(0.1, csvDownload), sequence(0.2, qgisPaging), sequence(0.2, partnerPull)]);
// The last requests started on schedule: let them answer.
while (inFlight > 0) await new Promise((r) => setTimeout(r, 50));
clearInterval(reporter);
agent.destroy();

const total = percentiles(all.map((r) => r.ms));
const streams = Object.fromEntries([...byStream].map(([name, s]) => [name, { ...percentiles(s.ms), errors: s.errors, megabytes: s.bytes / 1e6 }]));
const summary = {
  rate,
  seconds,
  achievedRate: total.n / now(),
  ...total,
  errors: all.filter((r) => !r.ok).length,
  maxInFlight,
  maxLagMs,
  streams,
  errorSamples,
};
console.log('');
console.log('stream       requests   p50 ms   p95 ms   p99 ms   max ms  errors      MB');
for (const [name, s] of Object.entries(streams).concat([['all', { ...total, errors: summary.errors, megabytes: 0 }]])) {
  console.log(
    `${name.padEnd(12)} ${String(s.n).padStart(8)} ${fmt(s.p50)}  ${fmt(s.p95)}  ${fmt(s.p99)}  ${fmt(s.max)}  ${String(s.errors).padStart(6)} ${s.megabytes ? s.megabytes.toFixed(1).padStart(7) : ''}`,
  );
}
console.log(
  `achieved ${summary.achievedRate.toFixed(1)} requests/s of ${rate} asked; at most ${maxInFlight} in flight; ` +
    `the schedule slipped by at most ${maxLagMs.toFixed(0)} ms`,
);
for (const e of errorSamples) console.log(`error: ${e}`);
if (args.summary) writeFileSync(args.summary, JSON.stringify(summary, null, 2));
