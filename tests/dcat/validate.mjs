// Validates DCAT-AP documents (JSON-LD or Turtle files, by extension) against SHACL shapes (Turtle) with a real SHACL
// engine, and prints every result. Exit code 0: every document conforms; 1: violations (or any other result); 2: usage.
//   node validate.mjs <shapes.ttl> <catalog.jsonld> <catalog.ttl> ...
// Run by the .NET test Platform/Catalog/DcatShaclTests on the API's own answers (./observatoires test installs this folder).
import { readFile } from 'node:fs/promises'
import jsonld from 'jsonld'
import { Parser, Store } from 'n3'
import SHACLValidator from 'rdf-validate-shacl'

const [shapesPath, ...documents] = process.argv.slice(2)
if (!shapesPath || documents.length === 0) {
  console.error('usage: node validate.mjs <shapes.ttl> <document.jsonld|.ttl>...')
  process.exit(2)
}

const parseTurtle = (text, baseIRI) => new Store(new Parser({ baseIRI }).parse(text))

// JSON-LD → N-Quads by the jsonld library (no remote context: the catalogue's context is inline), then N-Quads → quads.
// Refusing any remote document keeps the validation offline and proves the context is self-contained.
const refuseRemote = async (url) => {
  throw new Error(`remote JSON-LD context refused: ${url}`)
}
async function parseJsonLd(text) {
  const nquads = await jsonld.toRDF(JSON.parse(text), { format: 'application/n-quads', documentLoader: refuseRemote })
  return new Store(new Parser({ format: 'application/n-quads' }).parse(nquads))
}

const shapes = parseTurtle(await readFile(shapesPath, 'utf8'))
let failed = false
for (const path of documents) {
  const text = await readFile(path, 'utf8')
  const data = path.endsWith('.ttl') ? parseTurtle(text) : await parseJsonLd(text)
  const report = await new SHACLValidator(shapes).validate(data)
  const results = [...report.results]
  console.log(`${path}: ${data.size} triples, ${results.length} SHACL result(s)`)
  for (const r of results) {
    const severity = r.severity?.value.split('#').pop()
    console.log(`  ${severity} ${r.focusNode?.value} ${r.path?.value ?? ''}: ${r.message.map((m) => m.value).join('; ')} (${r.sourceConstraintComponent?.value.split('#').pop()})`)
  }
  if (data.size === 0 || !report.conforms || results.length > 0) failed = true
}
process.exit(failed ? 1 : 0)
