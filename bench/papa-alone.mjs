// Child process, plain JavaScript (no TypeScript loader to start): papaparse alone reading every CSV file of a folder,
// each decoded as UTF-8 then `Papa.parse(text, { header: true, skipEmptyLines: 'greedy' })`, as bench/csv-paths.ts does.
// Usage: node bench/papa-alone.mjs <folder>; prints the rows read.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';

const folder = process.argv[2];
let rows = 0;
for (const name of readdirSync(folder).filter((n) => n.endsWith('.csv')).sort()) {
  const text = new TextDecoder('utf-8').decode(readFileSync(join(folder, name)));
  rows += Papa.parse(text, { header: true, skipEmptyLines: 'greedy' }).data.length;
}
console.log(JSON.stringify({ rows }));
