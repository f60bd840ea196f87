// Child process: papaparse alone and the shared path, interleaved on the same bytes, in one process (run with --expose-gc).
// Usage: csv-time.ts <folder> <runs> <warm-up runs>; prints one JSON line.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { papaAlone, sharedPhases, type Inputs } from './csv-paths';

const [folder, runsText, warmText] = process.argv.slice(2);
const runs = Number(runsText ?? 5);
const warm = Number(warmText ?? 1);
const input: Inputs = { calls: readFileSync(join(folder!, 'calls.csv')), customers: readFileSync(join(folder!, 'customers.csv')) };
const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});

const papa: number[] = [];
const shared: number[] = [];
const phases: Record<string, number[]> = {};
let rows = { calls: 0, customers: 0 };
for (let i = 0; i < warm + runs; i++) {
  gc();
  let t = performance.now();
  const p = papaAlone(input);
  const papaMs = performance.now() - t;
  gc();
  t = performance.now();
  const s = sharedPhases(input);
  const sharedMs = performance.now() - t;
  if (p.calls !== s.calls || p.customers !== s.customers) {
    throw new Error(`papaparse read ${p.calls} + ${p.customers} rows, the shared path ${s.calls} + ${s.customers}`);
  }
  rows = { calls: s.calls, customers: s.customers };
  if (i < warm) continue;
  papa.push(papaMs);
  shared.push(sharedMs);
  for (const [k, v] of Object.entries(s.phases)) (phases[k] ??= []).push(v);
}
console.log(JSON.stringify({ rows, bytes: input.calls.length + input.customers.length, papa, shared, phases }));
