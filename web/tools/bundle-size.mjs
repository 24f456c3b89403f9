#!/usr/bin/env node
/**
 * What the built client (web/dist) weighs, compressed as the API serves it (Brotli, the .br files of precompress.mjs;
 * gzip for older browsers): each file, then what a first view loads and what a dashboard adds when its map and chart
 * near the screen. Fails (exit 1) over the budgets below, so that a heavy library imported statically by mistake
 * stops the build (`npm run build` runs this with --check) instead of slowing every phone.
 *
 *   npm run size            every file, the views, the budgets
 *   node tools/bundle-size.mjs --check   the views and the budgets only
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

/**
 * Budgets, in kB of Brotli-compressed JavaScript. The portal and the dashboard are in the entry (the shell's first
 * views): its JavaScript and its static imports are what both load before anything else.
 * - portal: 22.4 kB on 2026-12-06, plus a margin for the views' growth; MapLibre (230 kB) or Plot (70 kB) in the
 *   entry would break it.
 * - first dashboard view: issue 16's aim, a dashboard usable on a phone with at most 350 kB of JavaScript (MapLibre
 *   and Plot come when the map or the chart nears the screen, views/dashboard/mapPanel.ts and chartPanel.ts).
 */
const BUDGETS = { portal: 30, dashboard: 350 };

const dist = fileURLToPath(new URL('../dist/', import.meta.url));
const check = process.argv.includes('--check');
const kB = (n) => n / 1024;
const fmt = (n) => `${kB(n).toFixed(1)} kB`;

const files = readdirSync(`${dist}assets`).filter((n) => !/\.(br|gz)$/.test(n));
const sizes = new Map(
  files.map((name) => {
    const path = `${dist}assets/${name}`;
    const bytes = readFileSync(path);
    const br = existsSync(`${path}.br`)
      ? readFileSync(`${path}.br`).length
      : brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
    return [name, { raw: bytes.length, br, gz: gzipSync(bytes, { level: 9 }).length }];
  }),
);

/** A chunk and the chunks it imports statically (Rolldown writes them first: import{…}from"./x.js";), transitively. */
function closure(name, seen = new Set()) {
  if (seen.has(name)) return seen;
  seen.add(name);
  const head = readFileSync(`${dist}assets/${name}`, 'utf8').slice(0, 20_000);
  for (const m of head.matchAll(/(?:^|;)\s*import\s*(?:[\w$*{}\s,]+from\s*)?["']\.\/([^"']+)["']/g)) closure(m[1], seen);
  return seen;
}
const one = (prefix) => {
  const name = files.find((n) => n.startsWith(prefix) && /\.m?js$/.test(n));
  if (!name) throw new Error(`no chunk ${prefix}* in web/dist/assets: rename it here`);
  return name;
};
const js = (names) => [...names].filter((n) => /\.m?js$/.test(n)).reduce((sum, n) => sum + sizes.get(n).br, 0);

const html = readFileSync(`${dist}index.html`, 'utf8');
const linked = [...html.matchAll(/(?:src|href)="\/assets\/([^"]+)"/g)].map((m) => m[1]);
const entry = html.match(/<script type="module"[^>]*src="\/assets\/([^"]+)"/)?.[1];
if (!entry) throw new Error('no <script type="module" src="/assets/…"> in web/dist/index.html');
const first = new Set(linked);
for (const n of closure(entry)) first.add(n);
const firstJs = js(first);
const firstAll = [...first].reduce((sum, n) => sum + sizes.get(n).br, 0) + brotliCompressSync(html).length;
// What a dashboard adds when its map and its chart near the screen (the map's worker is fetched by MapLibre).
const dashboardMore = new Set([...closure(one('choropleth-')), ...closure(one('seriesChart-')), one('maplibre-gl-worker-')].filter((n) => !first.has(n)));

if (!check) {
  console.log(`${'file'.padEnd(44)} ${'raw'.padStart(10)} ${'brotli'.padStart(10)} ${'gzip'.padStart(10)}`);
  for (const [name, s] of [...sizes].sort(([a], [b]) => a.localeCompare(b))) {
    console.log(`${first.has(name) ? '* ' : '  '}${name.padEnd(42)} ${fmt(s.raw).padStart(10)} ${fmt(s.br).padStart(10)} ${fmt(s.gz).padStart(10)}`);
  }
  console.log('(* loaded by the first view)\n');
}
console.log(`first view, portal or dashboard (index.html, JS, CSS), brotli: ${fmt(firstAll)}; its JavaScript: ${fmt(firstJs)}`);
console.log(`a dashboard's map and chart, when they near the screen: + ${fmt(js(dashboardMore))} of JavaScript (MapLibre, its worker, Plot)`);

const over = [
  ['portal', firstJs, BUDGETS.portal],
  ['first dashboard view', firstJs, BUDGETS.dashboard],
].filter(([, size, budget]) => kB(size) > budget);
for (const [what, size, budget] of over) {
  console.error(`over budget: the ${what} loads ${fmt(size)} of JavaScript, more than ${budget} kB (tools/bundle-size.mjs)`);
}
if (over.length > 0) process.exit(1);
console.log(`budgets kept: portal ≤ ${BUDGETS.portal} kB, first dashboard view ≤ ${BUDGETS.dashboard} kB of JavaScript`);
