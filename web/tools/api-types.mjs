#!/usr/bin/env node
/**
 * The typed API client's types, generated from the API's OpenAPI document.
 *
 *   node tools/api-types.mjs generate        web/openapi.json → src/platform/api/schema.d.ts
 *   node tools/api-types.mjs check           fails when src/platform/api/schema.d.ts is not what web/openapi.json generates
 *   node tools/api-types.mjs fetch [URL]     saves URL/openapi/v1.json (default http://127.0.0.1:8080) as
 *                                            web/openapi.json, then generates
 *
 * web/openapi.json is the committed copy of the document the API serves; the .NET test OpenApiDocumentTests fails
 * when it differs from the API's document (./observatoires openapi rewrites it from the API in memory, without a
 * server). This check closes the chain: API → openapi.json → schema.d.ts, each link tested in CI.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';

const root = fileURLToPath(new URL('..', import.meta.url));
const documentPath = `${root}openapi.json`;
const schemaPath = `${root}src/platform/api/schema.d.ts`;
const header = `/**
 * GENERATED from web/openapi.json by tools/api-types.mjs (openapi-typescript) — do not edit.
 * Regenerate: ./observatoires openapi (from the API) or npm run api:generate (from web/openapi.json).
 */
`;

async function generate() {
  const document = JSON.parse(await readFile(documentPath, 'utf8'));
  const ast = await openapiTS(document, { alphabetize: true, propertiesRequiredByDefault: true });
  return header + astToString(ast);
}

async function main() {
  const [command = 'check', url = 'http://127.0.0.1:8080'] = process.argv.slice(2);
  if (command === 'fetch') {
    const response = await fetch(`${url.replace(/\/+$/, '')}/openapi/v1.json`);
    if (!response.ok) throw new Error(`GET ${url}/openapi/v1.json answered ${response.status}`);
    const document = await response.json();
    delete document.servers; // the host that served it, not part of the API
    await writeFile(documentPath, `${JSON.stringify(document, null, 2)}\n`);
    console.log(`wrote ${documentPath}`);
  }
  if (command === 'generate' || command === 'fetch') {
    await writeFile(schemaPath, await generate());
    console.log(`wrote ${schemaPath}`);
    return;
  }
  if (command === 'check') {
    const expected = await generate();
    const actual = await readFile(schemaPath, 'utf8').catch(() => '');
    if (actual !== expected) {
      console.error(
        'src/platform/api/schema.d.ts is stale: it is not what web/openapi.json generates.\n' +
          'Run `npm run api:generate` (or ./observatoires openapi after an API change) and commit the result.',
      );
      process.exit(1);
    }
    console.log('api types: src/platform/api/schema.d.ts matches web/openapi.json');
    return;
  }
  throw new Error(`unknown command ${command}: generate | check | fetch [URL]`);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
