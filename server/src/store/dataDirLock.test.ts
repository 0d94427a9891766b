import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lockDataDir } from './dataDirLock';

describe('the data folder lock', () => {
  it('on a first start, makes the data folder it locks (a fresh release has none yet)', () => {
    const dataDir = join(mkdtempSync(join(tmpdir(), 'council-lock-')), 'data', 'nested');
    const lock = lockDataDir(dataDir);
    expect(readFileSync(join(dataDir, 'council.lock'), 'utf8')).toBe(String(process.pid));
    lock.release();
    expect(existsSync(join(dataDir, 'council.lock'))).toBe(false);
  });
});
