import * as v from 'valibot';
import type { Structure } from './anatomy-schema.js';
import { CAMERAS } from './cameras.js';
import { DataError, type DataProblem } from './data-error.js';
import { issueProblem } from './issue-message.js';
import { ObstructionFileSchema, type ObstructionCase } from './obstruction-schema.js';
import type { Anatomy } from './parse-anatomy.js';

export type { ObstructionCase, ObstructionLesion } from './obstruction-schema.js';

/** Validated obstruction cases, in file order and by id. */
export interface Obstructions {
  readonly default: string;
  readonly cases: readonly ObstructionCase[];
  readonly byId: ReadonlyMap<string, ObstructionCase>;
}

const isDuct = (s: Structure | undefined) => s?.kind === 'duct' && s.shape.type === 'tube';

/**
 * Validates an obstruction file (data/obstructions.json). Throws a DataError
 * (source = `source`) whose problems carry JSON paths such as
 * `cases[2].lesions[0].span`: schema faults first; then duplicate ids, the
 * default, camera presets, two lesions on one duct and, when `anatomy` is
 * given, every duct and label id.
 */
export function parseObstructions(json: unknown, anatomy?: Anatomy, source = 'obstructions.json'): Obstructions {
  const result = v.safeParse(ObstructionFileSchema, json);
  if (!result.success) {
    throw new DataError(source, result.issues.map(issueProblem));
  }
  const file = result.output;
  const problems: DataProblem[] = [];
  const add = (path: string, message: string) => problems.push({ path, message });
  const byId = new Map<string, ObstructionCase>();
  file.cases.forEach((c, i) => {
    const at = `cases[${i}]`;
    if (byId.has(c.id)) add(`${at}.id`, `duplicate case id "${c.id}"`);
    byId.set(c.id, c);
    if (!Object.hasOwn(CAMERAS, c.camera)) {
      add(`${at}.camera`, `unknown camera preset "${c.camera}" (use ${Object.keys(CAMERAS).join(', ')})`);
    }
    for (const [from, to] of Object.entries(c.frames))
      for (const [path, name] of [
        [`${at}.frames`, from],
        [`${at}.frames.${from}`, to],
      ] as const)
        if (!Object.hasOwn(CAMERAS, name)) add(path, `unknown camera preset "${name}"`);
    const ducts = new Set<string>();
    c.lesions.forEach((l, j) => {
      if (ducts.has(l.duct)) add(`${at}.lesions[${j}].duct`, `a second lesion on "${l.duct}" (one per duct)`);
      ducts.add(l.duct);
      if (anatomy && !isDuct(anatomy.byId.get(l.duct))) add(`${at}.lesions[${j}].duct`, `unknown duct id "${l.duct}"`);
    });
    if (!anatomy) return;
    c.alsoDilated.forEach((id, j) => {
      if (!isDuct(anatomy.byId.get(id))) add(`${at}.alsoDilated[${j}]`, `unknown duct id "${id}"`);
    });
    c.labels.forEach((id, j) => {
      if (!anatomy.byId.has(id)) add(`${at}.labels[${j}]`, `unknown structure id "${id}"`);
    });
    const changed = c.anatomy;
    if (!changed) return;
    const ids: [string, string][] = [
      ...changed.remove.map((id, j): [string, string] => [`remove[${j}]`, id]),
      ...changed.show.map((id, j): [string, string] => [`show[${j}]`, id]),
      ...Object.entries(changed.join).flatMap(([k, id]): [string, string][] => [
        [`join.${k}`, k],
        [`join.${k}`, id],
      ]),
      ...Object.entries(changed.routes).flatMap(([k, list]) =>
        list.map((id, j): [string, string] => [`routes.${k}[${j}]`, id]),
      ),
    ];
    for (const [path, id] of ids)
      if (!anatomy.byId.has(id)) add(`${at}.anatomy.${path}`, `unknown structure id "${id}"`);
  });
  if (!byId.has(file.default)) add('default', `"${file.default}" is not one of the case ids`);
  if (problems.length) throw new DataError(source, problems);
  return { default: file.default, cases: file.cases, byId };
}
