// Child process: the site's data read alone — loadSiteData (decode, read and check every sheet), as the first page does it.
// Usage: site-read.ts <folder> <runs>; prints one JSON line with milliseconds per run.
import { loadSiteData, readSiteEnv } from '../site/data/site-data';

const [folder, runsText] = process.argv.slice(2);
const runs = Number(runsText ?? 3);
const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});
const read: number[] = [];
let months = 0;
let rows = 0;
for (let i = 0; i < runs; i++) {
  gc();
  const t = performance.now();
  const site = loadSiteData(readSiteEnv({ KEFU_DATA: folder }));
  read.push(performance.now() - t);
  months = site.months.length;
  rows = site.rows;
}
console.log(JSON.stringify({ read, months, rows }));
