// The release runs with no network: built once (or reused while its sources are unchanged), unpacked
// into an empty folder outside the repository and started in a network namespace that has only
// loopback (`unshare -n`, root), where two seats play, the server restarts and the message is still there.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshRelease } from './offline/release';

const repoRoot = resolve(import.meta.dirname, '../..');
const unshare = spawnSync('unshare', ['-n', 'sh', '-c', 'ip link set lo up'], { encoding: 'utf8' });
const permitted = unshare.status === 0;
if (!permitted) {
  console.warn(
    `no-network release test skipped: \`unshare -n\` is not permitted here (run the tests as root): ${
      unshare.error?.message ?? unshare.stderr.trim()
    }`,
  );
}

describe('the release, unpacked into an empty folder', () => {
  let folder = '';
  let releaseDir = '';

  beforeAll(() => {
    const { archive, folderName } = freshRelease();
    folder = mkdtempSync(join(tmpdir(), 'council-offline-'));
    execFileSync('tar', ['-xzf', archive, '-C', folder]);
    expect(readdirSync(folder)).toEqual([folderName]);
    releaseDir = join(folder, folderName);
  }, 600_000);
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('brings no node_modules and no TypeScript', () => {
    expect(existsSync(join(releaseDir, 'node_modules'))).toBe(false);
    const files = execFileSync('find', [releaseDir, '-name', '*.ts'], { encoding: 'utf8' });
    expect(files.trim()).toBe('');
  });

  it('started on an unsupported Node.js, says so in one line and exits', () => {
    const oldNode = 'data:text/javascript,Object.defineProperty(process.versions,"node",{value:"18.20.4"})';
    const run = spawnSync(process.execPath, ['--import', oldNode, 'server.js'], {
      cwd: releaseDir,
      encoding: 'utf8',
      env: { PATH: process.env.PATH },
    });
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(
      /^Crisis Council needs Node\.js \d+\.\d+ or newer; this is Node\.js 18\.20\.4\.\n$/,
    );
  });

  it.skipIf(!permitted)(
    'in a network namespace with only loopback: serves an exercise, keeps a message across a restart',
    () => {
      const driver = join(repoRoot, 'tests/integration/offline/drive.ts');
      const output = execFileSync(
        'unshare',
        [
          '-n',
          'sh',
          '-c',
          'ip link set lo up && exec "$0" --import tsx "$1" "$2"',
          process.execPath,
          driver,
          releaseDir,
        ],
        {
          cwd: join(repoRoot, 'tests'),
          encoding: 'utf8',
          env: { ...process.env, NODE_OPTIONS: '' },
          // A synchronous call cannot be interrupted by the test's own timeout: this one ends it.
          timeout: 540_000,
          killSignal: 'SIGTERM',
        },
      );
      const result = JSON.parse(output.trim().split('\n').at(-1)!) as {
        interfaces: string[];
        beforeRestart: boolean;
        afterRestart: boolean;
      };
      expect(result.interfaces).toEqual(['lo']);
      expect(result.beforeRestart).toBe(true);
      expect(result.afterRestart).toBe(true);
    },
    600_000,
  );
});
