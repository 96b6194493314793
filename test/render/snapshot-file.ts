import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';

const command = <R>(name: string, payload?: object) => executeServerCommand<R, object | undefined>(name, payload);

/**
 * Compares `content` with the stored snapshot test/snapshots/NAME. With
 * `npm run snapshots` (UPDATE_SNAPSHOTS=1) the file is rewritten instead, as
 * it is when missing; on a mismatch the new content is written beside it as
 * NAME-changed, to diff and to accept.
 */
export async function matchSnapshot(name: string, content: string): Promise<void> {
  const changed = `${name}-changed`;
  const update = await command<boolean>('snapshot-update');
  const stored = (await command<{ content: string | null }>('snapshot-read', { name })).content;
  if (update || stored === null || stored === content) {
    if (stored !== content) await command('snapshot-write', { name, content });
    await command('snapshot-remove', { name: changed });
    return;
  }
  await command('snapshot-write', { name: changed, content });
  let i = 0;
  while (stored[i] === content[i]) i++;
  const around = (s: string) => s.slice(Math.max(0, i - 200), i + 200);
  expect(around(content), `${name} differs: see test/snapshots/${changed}; \`npm run snapshots\` accepts it`).to.equal(
    around(stored),
  );
}
