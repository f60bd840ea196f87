#!/usr/bin/env node
// Entry point of the `kefu` command: runs the TypeScript CLI through tsx, with no build step.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../cli/main.ts');
try {
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  // Bad input never lands here (it is reported as issues); this is a bug in Kefu itself.
  console.error(`kefu: internal error: ${error instanceof Error ? error.message : String(error)}`);
  console.error('Please report this with the command you ran.');
  process.exitCode = 3;
}
