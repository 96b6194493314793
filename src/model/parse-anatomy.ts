import * as v from 'valibot';
import { AnatomyFileSchema, type Structure } from './anatomy-schema.js';
import { checkAnatomySize } from './check-size.js';
import { DataError, type DataProblem } from './data-error.js';
import { DEFAULT_ANATOMY_FILES } from './default-anatomy.js';
import { formatIssuePath } from './format-issue-path.js';
import { issueMessage } from './issue-message.js';
import { trustedAnatomy } from './trusted-data.js';

/*
 * A bundled file passed on as it is (`{ ...el.anatomyFiles, 'ducts.json': mine }`) is trusted, as the element trusts
 * it on its own: the build leaves its descriptions and sources to other chunks, so the schema would reject it.
 */
const BUNDLED = new Set(Object.values(DEFAULT_ANATOMY_FILES));

/** Validated anatomy: every structure by id, in file order. */
export interface Anatomy {
  readonly structures: readonly Structure[];
  readonly byId: ReadonlyMap<string, Structure>;
}

/**
 * Validates anatomy files and merges them (treat the files as immutable: the
 * result is remembered per files object). Throws a DataError whose problems
 * name the file and the JSON path of each fault; cross-references (parent,
 * clip) and duplicate ids are checked too.
 */
export function parseAnatomy(files: Readonly<Record<string, unknown>>): Anatomy {
  checkShape(files);
  // Widgets sharing the same files (the bundled ones, usually) share one parsed anatomy.
  const known = parsed.get(files);
  if (known) return known;
  checkAnatomySize(files, 'anatomy');
  const anatomy = parseFresh(files);
  parsed.set(files, anatomy);
  return anatomy;
}

const parsed = new WeakMap<object, Anatomy>();

/** Anatomy must be a non-empty object of files by name; anything else is named plainly. */
function checkShape(files: unknown): asserts files is Readonly<Record<string, unknown>> {
  const kind = files === null ? 'null' : Array.isArray(files) ? 'an array' : typeof files;
  const fault =
    kind !== 'object'
      ? `must be an object of anatomy files by file name, not ${kind}`
      : Object.keys(files as object).length === 0
        ? 'has no files: give at least one anatomy file, e.g. { "liver.json": { … } }'
        : null;
  if (fault) throw new DataError('anatomyFiles', [{ path: '(root)', message: fault }]);
}

function parseFresh(files: Readonly<Record<string, unknown>>): Anatomy {
  const structures: Structure[] = [];
  const problems: DataProblem[] = [];
  const origin = new Map<string, string>();
  for (const [name, json] of Object.entries(files)) {
    const result = BUNDLED.has(json)
      ? ({ success: true, output: trustedAnatomy({ [name]: json }) } as const)
      : v.safeParse(AnatomyFileSchema, json);
    if (!result.success) {
      for (const issue of result.issues) {
        problems.push({ path: `${name}: ${formatIssuePath(issue)}`, message: issueMessage(issue) });
      }
      continue;
    }
    result.output.structures.forEach((s, i) => {
      const where = `${name}: structures[${i}]`;
      if (origin.has(s.id)) {
        problems.push({ path: `${where}.id`, message: `duplicate id "${s.id}" (also in ${origin.get(s.id)})` });
      }
      origin.set(s.id, where);
      structures.push(s);
    });
  }
  const byId = new Map(structures.map((s) => [s.id, s]));
  for (const s of structures) {
    const where = origin.get(s.id) ?? s.id;
    for (const key of ['parent', 'clip', 'under'] as const) {
      const ref = s[key];
      if (ref !== undefined && !byId.has(ref)) {
        problems.push({ path: `${where}.${key}`, message: `unknown structure id "${ref}"` });
      }
    }
  }
  if (problems.length) throw new DataError('anatomy', problems);
  return { structures, byId };
}
