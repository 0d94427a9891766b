// Entry of a delay-cost thread when the server runs from TypeScript (development, tests); the
// compiled server starts its own bundle instead (main.ts).
import { runDelayCostWorker } from './delayCostWorker';

runDelayCostWorker();
