// Child process: the site's data phase alone — loadSiteData (decode, read and check every sheet), then buildReportModel, as the first page does it.
// Usage: site-read.ts <folder> <runs> [model.json]; prints one JSON line with milliseconds per run (wall, and CPU as *Cpu); writes the last model when given a file.
import { writeFileSync } from 'node:fs';
import { loadSiteData, readSiteEnv } from '../site/data/site-data';
import { buildReportModel } from '../shared/report/report-model';

const [folder, runsText, modelFile] = process.argv.slice(2);
const runs = Number(runsText ?? 3);
const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});
const read: number[] = [];
const model: number[] = [];
const readCpu: number[] = [];
const modelCpu: number[] = [];
const cpuMs = (): number => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
let months = 0;
let rows = 0;
for (let i = 0; i < runs; i++) {
  gc();
  const t = performance.now();
  const tc = cpuMs();
  const site = loadSiteData(readSiteEnv({ ...process.env, KEFU_DATA: folder }));
  read.push(performance.now() - t);
  readCpu.push(cpuMs() - tc);
  const m = performance.now();
  const mc = cpuMs();
  const built = buildReportModel(site);
  model.push(performance.now() - m);
  modelCpu.push(cpuMs() - mc);
  months = site.months.length;
  rows = site.rows;
  if (modelFile && i === runs - 1) writeFileSync(modelFile, JSON.stringify(built, null, 1));
}
console.log(JSON.stringify({ read, model, readCpu, modelCpu, months, rows }));
