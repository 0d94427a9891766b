// Entry point: `npm start` runs this after building the client.
import { networkInterfaces } from 'node:os';
import { isDelayCostWorker, runDelayCostWorker } from './analysis/delayCostWorker';
import { readConfig } from './config';
import { startServer } from './app';
import { StartupError } from './startupError';

// The compiled server is one file: a review's analysis thread starts it again, to play, not to serve.
if (isDelayCostWorker()) runDelayCostWorker();
else await serve();

async function serve(): Promise<void> {
  const config = readConfig();
  const server = await startServer(config).catch((error: unknown) => {
    if (!(error instanceof StartupError)) throw error;
    // A setting or a situation that stops the server: one line, no stack.
    console.error(error.message);
    process.exit(1);
  });

  const lanAddresses = Object.values(networkInterfaces())
    .flat()
    .filter((info) => info && info.family === 'IPv4' && !info.internal)
    .map((info) => `http://${info!.address}:${server.port}`);
  console.log(`Crisis Council is running.
  On this machine:        http://localhost:${server.port}
${lanAddresses.map((a) => `  Players on the network: ${a}`).join('\n')}
  Data: ${config.databaseUrl ? 'PostgreSQL (DATABASE_URL)' : config.dataDir}`);

  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      void server.close().finally(() => process.exit(0));
    });
  }
}
