/** Polls a condition until it holds (like waitForFunction, for checks that span frames, worlds or Node). */
export async function waitUntil(
  check: () => Promise<boolean> | boolean,
  options: { timeout?: number; message: string },
): Promise<void> {
  const deadline = Date.now() + (options.timeout ?? 10_000);
  for (;;) {
    if (await check()) return;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${options.message}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}
