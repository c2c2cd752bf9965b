/** What the CLI needs from the outside world, injected so tests run it in-process. */
export interface CliIo {
  /** Raw bytes of standard input, read only when a command needs them. */
  stdin: AsyncIterable<Uint8Array>;
  stdout(text: string): void;
  stderr(text: string): void;
  readFile(path: string): Promise<Uint8Array>;
  /** Replaces the file atomically (temporary file, then rename). */
  writeFile(path: string, bytes: Uint8Array): Promise<void>;
}
