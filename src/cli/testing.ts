/** An in-memory CliIo for tests: files by path, a stdin text, and captured output. */
import type { CliIo } from './io';

export interface FakeIo {
  io: CliIo;
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
    },
    stdout: () => out,
    stderr: () => err,
  };
}
