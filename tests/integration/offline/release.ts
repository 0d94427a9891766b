// The release the no-network test runs: built by `scripts/release.ts` unless the one in release/
// was built from exactly these sources (BUILD-INFO.json's fingerprint).
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot, sourceFingerprint } from '../../../scripts/release/fingerprint';

export interface BuiltRelease {
  readonly archive: string;
  readonly folderName: string;
}

export function freshRelease(): BuiltRelease {
  const { version } = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { version: string };
  const folderName = `crisis-council-${version}-linux-x64`;
  const archive = join(repoRoot, 'release', `${folderName}.tar.gz`);
  const info = join(repoRoot, 'release', folderName, 'BUILD-INFO.json');
  const fresh =
    existsSync(archive) &&
    existsSync(info) &&
    (JSON.parse(readFileSync(info, 'utf8')) as { fingerprint: string }).fingerprint === sourceFingerprint();
  if (!fresh) {
    execFileSync(process.execPath, ['--import', 'tsx', 'scripts/release.ts'], {
      cwd: repoRoot,
      stdio: 'inherit',
      timeout: 540_000,
    });
  }
  return { archive, folderName };
}
