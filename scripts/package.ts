/**
 * `npm run package`: the store uploads for the version in package.json, in artifacts/:
 * - lead-guard-chrome-<v>.zip  (dist/, for the Chrome Web Store and Edge Add-ons)
 * - lead-guard-firefox-<v>.zip (dist-firefox/, for addons.mozilla.org)
 * - lead-guard-source-<v>.zip  (tracked sources, for AMO's source review)
 * It never builds: it packages what was built, and says so in one line when a build is missing.
 */
import { mkdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import {
  type ArtifactKind,
  artifactName,
  buildEntries,
  checkBuild,
  hasUncommittedChanges,
  PackageError,
  storeEntries,
  trackedFiles,
  writeAtomically,
  type ZipEntry,
  zipEntries,
} from './package-artifacts';

const ROOT = resolve(import.meta.dirname, '..');
const OUT_DIR = join(ROOT, 'artifacts');

interface Build {
  kind: ArtifactKind;
  dir: string;
  command: string;
  entries(dir: string): Promise<ZipEntry[]>;
}

const BUILDS: Build[] = [
  { kind: 'chrome', dir: 'dist', command: 'npm run build', entries: storeEntries },
  { kind: 'firefox', dir: 'dist-firefox', command: 'npm run build:firefox', entries: buildEntries },
];

async function packageVersion(): Promise<string> {
  const pkg: unknown = JSON.parse(await readFile(join(ROOT, 'package.json'), 'utf8'));
  const version = typeof pkg === 'object' && pkg !== null ? Reflect.get(pkg, 'version') : undefined;
  if (typeof version !== 'string') throw new PackageError('package.json has no version.');
  return version;
}

async function main(): Promise<void> {
  const version = await packageVersion();
  // Check every build before writing anything, so a failed run leaves no partial release behind.
  for (const build of BUILDS) await checkBuild(ROOT, build.dir, version, build.command);

  if (hasUncommittedChanges(ROOT)) {
    console.warn(
      'package: tracked files have uncommitted changes; the source zip holds them as they are on disk.',
    );
  }
  const sources: ZipEntry[] = trackedFiles(ROOT).map((name) => ({ name, file: join(ROOT, name) }));
  const uploads: { kind: ArtifactKind; entries: ZipEntry[] }[] = [
    ...(await Promise.all(
      BUILDS.map(async (build) => ({
        kind: build.kind,
        entries: await build.entries(join(ROOT, build.dir)),
      })),
    )),
    { kind: 'source', entries: sources },
  ];

  await mkdir(OUT_DIR, { recursive: true });
  for (const { kind, entries } of uploads) {
    const path = join(OUT_DIR, artifactName(kind, version));
    await writeAtomically(path, await zipEntries(entries));
    console.warn(`Wrote ${path} (${entries.length} files)`);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof PackageError ? `package: ${error.message}` : error);
  process.exitCode = 1;
});
