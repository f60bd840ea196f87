// Child process: one case (papa | shared) once on one folder's calls, and the process's peak resident memory.
// Usage: csv-memory.ts <papa|shared> <folder>; prints one JSON line. maxRSS is the kernel's high-water mark, so a
// synchronous parse that never yields to a timer is still measured at its peak.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { papaAlone, sharedPath } from './csv-paths';

const [which, folder] = process.argv.slice(2);
const kb = (): number => process.resourceUsage().maxRSS;
// Modules loaded, nothing read yet: the floor every case stands on.
const idleKB = kb();
const input = { calls: readFileSync(join(folder!, 'calls.csv')), customers: readFileSync(join(folder!, 'customers.csv')) };
const result = which === 'papa' ? papaAlone(input) : sharedPath(input);
console.log(JSON.stringify({ which, calls: result.calls, customers: result.customers, bytes: input.calls.length + input.customers.length, idleKB, peakKB: kb() }));
