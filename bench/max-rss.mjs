// Preloaded into a measured process (node --import): writes its peak resident set in KB to KEFU_BENCH_RSS as it exits.
import { writeFileSync } from 'node:fs';

process.on('exit', () => writeFileSync(process.env.KEFU_BENCH_RSS, String(process.resourceUsage().maxRSS)));
