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

export interface ZipEntry {
  /** Path inside the zip, with forward slashes. */
  name: string;
  /** File on disk. */
  file: string;
}

export async function zipEntries(entries: readonly ZipEntry[]): Promise<Buffer> {
  const zip = new JSZip();
  const sorted = [...entries].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const { name, file } of sorted)
    zip.file(name, await readFile(file), { date: FIXED_DATE, createFolders: false });
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
