// Vitest global setup: brings the `kefu` bundle (cli/dist) up to date once, before test files spawn `node bin/kefu.js` side by side.
import { freshCli } from '../../cli/build.mjs';

export default async function setup(): Promise<void> {
  await freshCli();
}
