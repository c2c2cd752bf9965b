/** An in-memory CliIo for tests: files by path, a stdin text, and captured output. */
import type { CliIo } from './io';

export interface FakeIo {
  io: CliIo;
  /** Files written through `io.writeFile`, by path. */
  written: Map<string, Uint8Array>;
  stdout(): string;
  stderr(): string;
}

function errnoError(code: string): Error {
  return Object.assign(new Error(`${code}: simulated`), { code });
}

/** `files` maps a path to its bytes/text, or to an errno code string prefixed with `!` ("!EISDIR"). */
export function fakeIo(
  files: Record<string, string | Uint8Array> = {},
  stdin: string | Uint8Array = '',
): FakeIo {
  let out = '';
  let err = '';
  const written = new Map<string, Uint8Array>();
  const encode = (value: string | Uint8Array): Uint8Array =>
    typeof value === 'string' ? new TextEncoder().encode(value) : value;
  return {
    io: {
      stdin: (async function* () {
        yield encode(stdin);
      })(),
      stdout: (text) => {
        out += text;
      },
      stderr: (text) => {
        err += text;
      },
      readFile: async (path) => {
        const content = files[path];
        if (content === undefined) throw errnoError('ENOENT');
        if (typeof content === 'string' && content.startsWith('!')) throw errnoError(content.slice(1));
        return encode(content);
      },
      writeFile: async (path, bytes) => {
        written.set(path, bytes);
      },
    },
    written,
    stdout: () => out,
    stderr: () => err,
  };
}
