// THIRD-PARTY-NOTICES.txt: the name, version, licence and licence text of every package whose code
// the release contains: what esbuild put in the server bundle and what the client depends on.
import { existsSync, readFileSync, readdirSync, realpathSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Metafile } from 'esbuild';

interface PackageInfo {
  readonly name: string;
  readonly version: string;
  readonly license: string;
  readonly dir: string;
}

function readPackage(dir: string): PackageInfo & { dependencies: Record<string, string> } {
  const json = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as Record<string, unknown>;
  const license = typeof json.license === 'string' ? json.license : 'see the licence text';
  return {
    name: String(json.name),
    version: String(json.version),
    license,
    dir,
    dependencies: (json.dependencies as Record<string, string> | undefined) ?? {},
  };
}

/** The package folder that holds a bundled file (the deepest node_modules/<name> in its path). */
function packageDirOf(file: string): string | undefined {
  const match = /^(.*node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(file);
  return match?.[1];
}

/** Packages of the server bundle, from esbuild's list of inputs (paths relative to cwd). */
export function bundledPackages(metafile: Metafile, cwd: string): string[] {
  const dirs = new Set<string>();
  for (const input of Object.keys(metafile.inputs)) {
    const dir = packageDirOf(input);
    if (dir) dirs.add(realpathSync(join(cwd, dir)));
  }
  return [...dirs];
}

/** A workspace package's production dependencies, followed through their own dependencies. */
export function dependencyClosure(packageDir: string): string[] {
  const seen = new Set<string>();
  const visit = (dir: string) => {
    const pkg = readPackage(dir);
    const require = createRequire(join(dir, 'package.json'));
    for (const name of Object.keys(pkg.dependencies)) {
      const found = findPackageDir(require, name);
      if (!found || seen.has(found)) continue;
      if (!found.includes('node_modules')) {
        visit(found); // a workspace package (shared): its dependencies, not itself
        continue;
      }
      seen.add(found);
      visit(found);
    }
  };
  visit(packageDir);
  return [...seen];
}

function findPackageDir(require: NodeJS.Require, name: string): string | undefined {
  for (const base of require.resolve.paths(name) ?? []) {
    const dir = join(base, name);
    if (existsSync(join(dir, 'package.json'))) return realpathSync(dir);
  }
  return undefined;
}

function licenceText(dir: string): string {
  const file = readdirSync(dir).find((f) => /^(licen[cs]e|copying|notice)(\.|$)/i.test(f));
  return file ? readFileSync(join(dir, file), 'utf8').trim() : '(the package ships no licence file)';
}

export function thirdPartyNotices(packageDirs: readonly string[]): string {
  const packages = [
    ...new Map(packageDirs.map((d) => readPackage(d)).map((p) => [`${p.name}@${p.version}`, p])).values(),
  ].sort((a, b) => a.name.localeCompare(b.name));
  const header = `Crisis Council includes the following third-party software (${packages.length} packages).\n`;
  return (
    header +
    packages
      .map(
        (p) =>
          `\n${'='.repeat(72)}\n${p.name} ${p.version} (${p.license})\n${'-'.repeat(72)}\n${licenceText(p.dir)}\n`,
      )
      .join('')
  );
}

export const dirOfPackageJson = (file: string): string => dirname(file);
