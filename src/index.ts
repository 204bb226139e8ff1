// The action's entry (dist/index.js): everything is in main.ts, which local tools import without running it.
import { run } from './main.js';

await run();
