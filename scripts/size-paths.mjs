// size-limit measures a path that matches no file as 0 B and passes it: a renamed chunk would leave its budget
// checking nothing. Every budget's paths must match at least one built file.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const budgets = JSON.parse(readFileSync(join(root, '.size-limit.json'), 'utf8'));

const segment = (part) => new RegExp(`^${part.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replaceAll('*', '.*')}$`);

/** Files matching a relative path whose parts may hold `*` wildcards. */
function matches(pattern, dir = root) {
  const [part, ...rest] = pattern.split('/');
  if (!existsSync(dir)) return [];
  const names = readdirSync(dir).filter((f) => segment(part).test(f));
  return rest.length ? names.flatMap((n) => matches(rest.join('/'), join(dir, n))) : names;
}

const empty = budgets.flatMap((b) =>
  [b.path]
    .flat()
    .filter((p) => matches(p).length === 0)
    .map((p) => `${p} (${b.name.slice(0, 60)}…)`),
);
if (empty.length) {
  console.error(`Size budgets whose path matches no built file (run npm run build first):\n  ${empty.join('\n  ')}`);
  process.exit(1);
}
console.log(`${budgets.length} size budgets, every path matches a built file`);
