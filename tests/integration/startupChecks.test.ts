// Settings and situations that stop a server from starting, each said in one line (ADR 0016).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startTestServer } from './harness';

describe('a server refuses to start', () => {
  it('with REDIS_URL but no DATABASE_URL (the embedded database serves one process)', async () => {
    await expect(startTestServer({ redisUrl: 'redis://127.0.0.1:6379' })).rejects.toThrow(
      /^REDIS_URL is set but DATABASE_URL is not: .*set DATABASE_URL or unset REDIS_URL\.$/,
    );
  });

  it('on an embedded data folder a live process holds, and takes over one a dead process left', async () => {
    const first = await startTestServer({ tickMs: 0 });
    await expect(startTestServer({ dataDir: first.dataDir, tickMs: 0 })).rejects.toThrow(
      /^Another process \(pid \d+\) is using DATA_DIR .*: the embedded database serves one process/,
    );
    await first.server.close();
    // A process killed without warning leaves its lock behind, naming a pid no longer running.
    writeFileSync(join(first.dataDir, 'council.lock'), '4194303');
    const second = await startTestServer({ dataDir: first.dataDir, tickMs: 0 });
    await second.server.close();
  }, 120_000);
});
