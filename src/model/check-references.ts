import type { Structure } from './anatomy-schema.js';
import { CAMERAS } from './cameras.js';
import type { Anatomy } from './parse-anatomy.js';
import type { PerApproach } from './action-schema.js';
import { actionTimes } from './action-times.js';
import type { Procedure } from './procedure-schema.js';
import type { ProblemList } from './problem-list.js';

const isDuct = (s: Structure | undefined): boolean => s?.kind === 'duct' && s.shape.type === 'tube';
const isStop = (s: Structure | undefined): boolean => isDuct(s) || s?.shape.type === 'point';

/** Each value of a per-approach field with its JSON-path suffix. */
function variants<T>(value: PerApproach<T>): [string, T][] {
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    return Object.entries(value as Record<string, T>).map(([k, x]) => [`.${k}`, x]);
  }
  return [['', value as T]];
}

/** Checks every anatomy id, camera preset and approach name a procedure names, and each action's timing. */
export function checkReferences(p: Procedure, anatomy: Anatomy, problems: ProblemList): void {
  const ids = (
    path: string,
    list: readonly string[],
    test = (s: Structure | undefined): boolean => s !== undefined,
    what = 'structure',
  ) =>
    list.forEach((id, k) => {
      if (!test(anatomy.byId.get(id))) problems.add(`${path}[${k}]`, `unknown ${what} id "${id}"`);
    });
  if (p.obstruction) {
    if (!isDuct(anatomy.byId.get(p.obstruction.duct))) {
      problems.add('obstruction.duct', `unknown duct id "${p.obstruction.duct}"`);
    }
    ids('obstruction.alsoDilated', p.obstruction.alsoDilated, isDuct, 'duct');
  }
  for (const [name, route] of Object.entries(p.routes)) {
    for (const [key, list] of variants(route)) ids(`routes.${name}${key}`, list, isStop, 'point or duct');
  }
  const seen = new Set<string>();
  p.steps.forEach((step, i) => {
    const at = `steps[${i}]`;
    if (seen.has(step.id)) problems.add(`${at}.id`, `duplicate step id "${step.id}"`);
    seen.add(step.id);
    if (step.when && !p.options.approach.values.includes(step.when.approach)) {
      problems.add(`${at}.when.approach`, `"${step.when.approach}" is not one of options.approach.values`);
    }
    for (const [key, camera] of variants(step.camera)) {
      if (!Object.hasOwn(CAMERAS, camera)) {
        problems.add(
          `${at}.camera${key}`,
          `unknown camera preset "${camera}" (use ${Object.keys(CAMERAS).join(', ')})`,
        );
      }
    }
    for (const [key, list] of variants(step.labels)) ids(`${at}.labels${key}`, list);
    ids(`${at}.reveal`, step.reveal);
    const times = actionTimes(step.actions, step.duration);
    step.actions.forEach((a, j) => {
      const where = `${at}.actions[${j}]`;
      const { start, end } = times[j]!;
      if (start < 0) problems.add(`${where}.at`, `starts ${-start} ms before the step`);
      else if (end > step.duration)
        problems.add(`${where}.duration`, `ends at ${end} ms, after the step's ${step.duration} ms`);
      if (a.type === 'highlight' || a.type === 'dim') ids(`${where}.ids`, a.ids);
      if (a.type === 'decompress' && a.ducts) ids(`${where}.ducts`, a.ducts, isDuct, 'duct');
      if (a.type === 'contrast' && a.from !== undefined && !isStop(anatomy.byId.get(a.from))) {
        problems.add(`${where}.from`, `unknown point or duct id "${a.from}"`);
      }
    });
  });
}
