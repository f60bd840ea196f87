#!/usr/bin/env node
// Entry point of the `kefu` command: runs the TypeScript CLI through tsx, with no build step.
import { register } from 'tsx/esm/api';

register();
const { main, formatInternalError } = await import('../cli/main.ts');
try {
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  // Bad input never lands here (it is reported as issues); this is a bug in Kefu itself.
  console.error(formatInternalError(error, process.argv.slice(2)));
  process.exitCode = 3;
}
