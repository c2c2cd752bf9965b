import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { FOCUSED_FRAME_MESSAGES } from '../shared/messages';
import { COMMAND_MESSAGES } from './commands';

const manifest: { commands: Record<string, unknown> } = JSON.parse(
  readFileSync(new URL('../../manifest.json', import.meta.url), 'utf8'),
);

test('every keyboard command in the manifest is forwarded, to a message only the frame the writer is in answers', () => {
  expect([...COMMAND_MESSAGES.keys()].sort()).toEqual(Object.keys(manifest.commands).sort());
  for (const message of COMMAND_MESSAGES.values()) expect(FOCUSED_FRAME_MESSAGES.has(message)).toBe(true);
});
