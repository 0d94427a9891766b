// `npm run release`: one folder (and its .tar.gz) that runs on a machine with Node.js and nothing else:
// the server bundled to plain JavaScript, PGlite's WASM and data, the built client, the scenarios.
import { execFileSync } from 'node:child_process';
import { chmodSync, cpSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { bundleServer } from './release/bundleServer';
import { repoRoot, sourceFingerprint } from './release/fingerprint';
import { bundledPackages, dependencyClosure, thirdPartyNotices } from './release/notices';

const rootPackage = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as {
  version: string;
  engines: { node: string };
};
const minimumNode = /^>=(\d+\.\d+)$/.exec(rootPackage.engines.node)?.[1];
if (!minimumNode) throw new Error(`engines.node must read ">=major.minor", not ${rootPackage.engines.node}`);

const name = `crisis-council-${rootPackage.version}-linux-x64`;
const releaseDir = join(repoRoot, 'release');
const out = join(releaseDir, name);
const fingerprint = sourceFingerprint();

console.log('==> Building the client');
execFileSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'warn'], {
  cwd: join(repoRoot, 'client'),
  stdio: 'inherit',
});

console.log(`==> Assembling ${out}`);
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
const metafile = await bundleServer({ outDir: join(out, 'server'), rootFromBundle: '..' });
cpSync(join(repoRoot, 'client/dist'), join(out, 'client/dist'), {
  recursive: true,
  filter: (source) => !source.endsWith('.map'),
});
cpSync(join(repoRoot, 'scenarios'), join(out, 'scenarios'), { recursive: true });

const fromTemplate = (file: string) =>
  readFileSync(join(repoRoot, 'scripts/release', file), 'utf8').replaceAll('{{MINIMUM_NODE}}', minimumNode);
writeFileSync(join(out, 'server.js'), fromTemplate('launcher.js'));
writeFileSync(join(out, 'crisis-council'), fromTemplate('crisis-council.sh'));
chmodSync(join(out, 'crisis-council'), 0o755);
writeFileSync(
  join(out, 'README.md'),
  fromTemplate('README.release.md').replaceAll('{{VERSION}}', rootPackage.version),
);
writeFileSync(
  join(out, 'package.json'),
  `${JSON.stringify(
    {
      name: 'crisis-council',
      version: rootPackage.version,
      private: true,
      type: 'module',
      engines: rootPackage.engines,
    },
    null,
    2,
  )}\n`,
);
const packages = [
  ...bundledPackages(metafile, process.cwd()),
  ...dependencyClosure(join(repoRoot, 'client')),
];
writeFileSync(join(out, 'THIRD-PARTY-NOTICES.txt'), thirdPartyNotices(packages));
writeFileSync(
  join(out, 'BUILD-INFO.json'),
  `${JSON.stringify({ version: rootPackage.version, fingerprint }, null, 2)}\n`,
);

const archive = join(releaseDir, `${name}.tar.gz`);
execFileSync('tar', ['-czf', archive, '--owner=0', '--group=0', '-C', releaseDir, name]);
const megabytes = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;
const unpacked = Number(execFileSync('du', ['-sb', out], { encoding: 'utf8' }).split('\t')[0]);
console.log(`==> ${archive}: ${megabytes(statSync(archive).size)} (${megabytes(unpacked)} unpacked)`);
