import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { beforeEach, describe, expect, test } from 'vitest';
import {
  artifactName,
  buildEntries,
  checkBuild,
  isSourceFile,
  PackageError,
  storeEntries,
  writeAtomically,
  zipEntries,
} from '../../scripts/package-artifacts';

let root: string;

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'lead-guard-package-'));
});

async function writeBuild(dir: string, version: string): Promise<void> {
  await mkdir(join(root, dir, 'assets'), { recursive: true });
  await writeFile(join(root, dir, 'manifest.json'), JSON.stringify({ manifest_version: 3, version }));
  await writeFile(join(root, dir, 'assets', 'guard.js'), 'export const guard = 1;');
}

test.each([
  ['chrome', '1.2.3', 'lead-guard-chrome-1.2.3.zip'],
  ['firefox', '0.1.0', 'lead-guard-firefox-0.1.0.zip'],
  ['source', '0.1.0', 'lead-guard-source-0.1.0.zip'],
] as const)('names the %s artifact for version %s', (kind, version, name) => {
  expect(artifactName(kind, version)).toBe(name);
});

test.each([
  ['src/content/bootstrap.ts', true],
  ['manifest.json', true],
  ['docs/dist/notes.md', true],
  ['distance.ts', true],
  ['node_modules/jszip/index.js', false],
  ['dist/manifest.json', false],
  ['dist-firefox/manifest.json', false],
  ['dist-cli/lead-guard.mjs', false],
  ['artifacts/lead-guard-chrome-0.1.0.zip', false],
])('source upload includes %s: %s', (path, included) => {
  expect(isSourceFile(path)).toBe(included);
});

describe('zipping a build', () => {
  test('puts the manifest at the root and every file under its relative path', async () => {
    await writeBuild('dist', '0.1.0');
    const zip = await JSZip.loadAsync(await zipEntries(await buildEntries(join(root, 'dist'))));
    expect(Object.keys(zip.files)).toEqual(['assets/guard.js', 'manifest.json']);
    expect(await zip.file('assets/guard.js')?.async('string')).toBe('export const guard = 1;');
  });

  test('is reproducible: the same files give the same bytes', async () => {
    await writeBuild('dist', '0.1.0');
    const first = await zipEntries(await buildEntries(join(root, 'dist')));
    const second = await zipEntries([...(await buildEntries(join(root, 'dist')))].reverse());
    expect(second.equals(first)).toBe(true);
  });
});

test('the Chrome/Edge store upload drops `key` from the manifest and keeps everything else', async () => {
  await mkdir(join(root, 'dist'));
  const manifest = { manifest_version: 3, version: '0.1.0', key: 'MIIB', permissions: ['storage'] };
  await writeFile(join(root, 'dist', 'manifest.json'), JSON.stringify(manifest));
  const zip = await JSZip.loadAsync(await zipEntries(await storeEntries(join(root, 'dist'))));
  const uploaded: unknown = JSON.parse((await zip.file('manifest.json')?.async('string')) ?? 'null');
  expect(uploaded).toEqual({ manifest_version: 3, version: '0.1.0', permissions: ['storage'] });
});

describe('checkBuild', () => {
  test('accepts a build of the package version', async () => {
    await writeBuild('dist-firefox', '0.1.0');
    await expect(checkBuild(root, 'dist-firefox', '0.1.0', 'npm run build:firefox')).resolves.toBeUndefined();
  });

  test.each([
    [undefined, 'No build in dist-firefox/ (no manifest.json): run `npm run build:firefox` first.'],
    [
      '0.0.9',
      'dist-firefox/manifest.json has version 0.0.9, package.json has 0.1.0: run `npm run build:firefox` again.',
    ],
  ])('rejects a build of version %s with one clear line', async (builtVersion, message) => {
    if (builtVersion) await writeBuild('dist-firefox', builtVersion);
    const check = checkBuild(root, 'dist-firefox', '0.1.0', 'npm run build:firefox');
    await expect(check).rejects.toThrow(PackageError);
    await expect(check).rejects.toThrow(message);
  });
});

test('writeAtomically leaves the finished file and no temporary file', async () => {
  const path = join(root, 'lead-guard-chrome-0.1.0.zip');
  await writeAtomically(path, Buffer.from('zip bytes'));
  expect(await readFile(path, 'utf8')).toBe('zip bytes');
  expect(await readdir(root)).toEqual(['lead-guard-chrome-0.1.0.zip']);
  expect(existsSync(`${path}.${process.pid}.tmp`)).toBe(false);
});
