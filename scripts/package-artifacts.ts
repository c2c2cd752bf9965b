/**
 * Building blocks of `npm run package`: which files go into each store upload, how they are zipped
 * (reproducibly: sorted entries, fixed timestamps), and how an artifact is written (atomically).
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import JSZip from 'jszip';

export type ArtifactKind = 'chrome' | 'firefox' | 'source';

/** A release problem the user can fix; printed as one line, without a stack. */
export class PackageError extends Error {}

export function artifactName(kind: ArtifactKind, version: string): string {
  return `lead-guard-${kind}-${version}.zip`;
}

/** Same bytes for the same inputs, so a reviewer can compare a rebuild with the upload. */
const FIXED_DATE = new Date('2000-01-01T00:00:00Z');

/** A file in a zip: `name` is its path inside (forward slashes); the bytes come from disk or memory. */
export type ZipEntry = { name: string; file: string } | { name: string; data: Buffer };

export async function zipEntries(entries: readonly ZipEntry[]): Promise<Buffer> {
  const zip = new JSZip();
  const sorted = [...entries].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of sorted) {
    const data = 'data' in entry ? entry.data : await readFile(entry.file);
    zip.file(entry.name, data, { date: FIXED_DATE, createFolders: false });
  }
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 9 } });
}

/** Every file under `dir`, named relative to it (the manifest lands at the zip's root, as stores require). */
export async function buildEntries(dir: string): Promise<ZipEntry[]> {
  const files = await readdir(dir, { recursive: true, withFileTypes: true });
  return files
    .filter((entry) => entry.isFile())
    .map((entry) => {
      const file = join(entry.parentPath, entry.name);
      return { name: relative(dir, file).split(sep).join('/'), file };
    });
}

/** Fails with one clear line when a build is missing or was made from another version. */
export async function checkBuild(
  root: string,
  dir: string,
  version: string,
  buildCommand: string,
): Promise<void> {
  const manifestPath = join(root, dir, 'manifest.json');
  if (!existsSync(manifestPath)) {
    throw new PackageError(`No build in ${dir}/ (no manifest.json): run \`${buildCommand}\` first.`);
  }
  const manifest: unknown = JSON.parse(await readFile(manifestPath, 'utf8'));
  const built =
    typeof manifest === 'object' && manifest !== null ? Reflect.get(manifest, 'version') : undefined;
  if (built !== version) {
    throw new PackageError(
      `${dir}/manifest.json has version ${String(built)}, package.json has ${version}: run \`${buildCommand}\` again.`,
    );
  }
}

/**
 * The Chrome Web Store refuses a manifest with `key` (it only pins the id of unpacked development
 * installs); the stores assign the id. Edge Add-ons gets the same upload.
 */
export async function storeEntries(dir: string): Promise<ZipEntry[]> {
  const entries = await buildEntries(dir);
  return Promise.all(
    entries.map(async (entry) => {
      if (entry.name !== 'manifest.json' || !('file' in entry)) return entry;
      const parsed: unknown = JSON.parse(await readFile(entry.file, 'utf8'));
      if (typeof parsed !== 'object' || parsed === null)
        throw new PackageError(`${dir}/manifest.json is not an object.`);
      const manifest = Object.fromEntries(Object.entries(parsed).filter(([name]) => name !== 'key'));
      return { name: entry.name, data: Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`) };
    }),
  );
}

const GENERATED = /^(node_modules|dist|dist-[^/]+|artifacts)\//;

/** Tracked files that belong in the source upload for AMO review (no dependencies, no build output). */
export function isSourceFile(path: string): boolean {
  return !GENERATED.test(path);
}

/** Tracked files of the repository at `root`, as git lists them. */
export function trackedFiles(root: string): string[] {
  const output = execFileSync('git', ['ls-files', '-z'], { cwd: root, encoding: 'utf8' });
  return output
    .split('\0')
    .filter((path) => path !== '' && isSourceFile(path) && existsSync(join(root, path)));
}

/** True when tracked files differ from the last commit (the source upload holds them as they are on disk). */
export function hasUncommittedChanges(root: string): boolean {
  const status = execFileSync('git', ['status', '--porcelain', '--untracked-files=no'], {
    cwd: root,
    encoding: 'utf8',
  });
  return status.trim() !== '';
}

/** Writes next to the target and renames, so a reader never sees half an artifact. */
export async function writeAtomically(path: string, data: Buffer): Promise<void> {
  const temporary = `${path}.${process.pid}.tmp`;
  try {
    await writeFile(temporary, data);
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}
