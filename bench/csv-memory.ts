// Child process: one path (papa | check | report) once on one folder, and the process's peak resident memory.
// Usage: csv-memory.ts <path> <folder>; prints one JSON line. maxRSS is the kernel's high-water mark, so a
// synchronous read that never yields to a timer is still measured at its peak.
import { readFolder, type Path } from './csv-paths';

const [path, folder] = process.argv.slice(2) as [Path, string];
const kb = (): number => process.resourceUsage().maxRSS;
// Modules loaded, nothing read yet: the floor every case stands on.
const idleKB = kb();
const outcome = readFolder(path, folder);
console.log(JSON.stringify({ path, rows: outcome.rows, held: outcome.held, idleKB, peakKB: kb() }));
