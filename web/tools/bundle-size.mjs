#!/usr/bin/env node
/**
 * Gzipped sizes of the built client (web/dist): what the first page loads (index.html, its JS and CSS) and the
 * chunks loaded on demand (the map with MapLibre, the charts with Observable Plot, the map worker).
 * Run after `npm run build`: npm run size.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

const dist = fileURLToPath(new URL('../dist/', import.meta.url));
const html = readFileSync(`${dist}index.html`, 'utf8');
const initial = new Set([...html.matchAll(/(?:src|href)="\/(assets\/[^"]+)"/g)].map((m) => m[1]));
const kb = (n) => `${(n / 1024).toFixed(1)} kB`;
const rows = [];
let initialTotal = gzipSync(html).length;
for (const name of readdirSync(`${dist}assets`)
  .filter((n) => !/\.(br|gz)$/.test(n))
  .sort()) {
  const bytes = readFileSync(`${dist}assets/${name}`);
  const gz = gzipSync(bytes, { level: 9 }).length;
  const first = initial.has(`assets/${name}`);
  if (first) initialTotal += gz;
  rows.push(`${first ? 'initial' : 'lazy   '}  ${name.padEnd(44)} ${kb(bytes.length).padStart(10)}  gzip ${kb(gz).padStart(9)}`);
}
console.log(rows.join('\n'));
console.log(`initial view (index.html + its JS and CSS), gzipped: ${kb(initialTotal)}`);
