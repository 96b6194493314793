import type { Structure } from './anatomy-schema.js';
import { CAMERAS } from './cameras.js';
import type { Anatomy } from './parse-anatomy.js';
import type { PerApproach } from './action-schema.js';
import { stepTimes } from './action-times.js';
import { OBSTRUCTION_NAMES } from './obstruction-names.js';
import { isPerApproach } from './pick-approach.js';
import type { Procedure } from './procedure-schema.js';
import type { ProblemList } from './problem-list.js';
import type { WhenCondition } from './schema-atoms.js';
import { isCavity, isLumen, LESION_CAMERA } from './structure-kinds.js';

const isDuct = (s: Structure | undefined): boolean => s?.kind === 'duct' && s.shape.type === 'tube';
const isStop = (s: Structure | undefined): boolean => isDuct(s) || s?.shape.type === 'point' || isCavity(s);

/** Each value of a per-approach field with its JSON-path suffix. */
function variants<T>(value: NoInfer<T> | Readonly<Record<string, T>>): [string, T][] {
  if (isPerApproach(value as PerApproach<T>))
    return Object.entries(value as Record<string, T>).map(([k, x]) => [`.${k}`, x]);
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
  const cases = (path: string, list: readonly string[] | undefined) =>
    list?.forEach((id, k) => {
      if (!(OBSTRUCTION_NAMES as readonly string[]).includes(id))
        problems.add(`${path}[${k}]`, `unknown obstruction case "${id}" (use ${OBSTRUCTION_NAMES.join(', ')})`);
    });
  const when = (path: string, w: WhenCondition | undefined) => {
    if (w?.approach && !p.options.approach.values.includes(w.approach)) {
      problems.add(`${path}.approach`, `"${w.approach}" is not one of options.approach.values`);
    }
    cases(`${path}.obstruction`, w?.obstruction);
  };
  if (p.obstruction) {
    if (p.obstruction.duct !== undefined && !isDuct(anatomy.byId.get(p.obstruction.duct))) {
      problems.add('obstruction.duct', `unknown duct id "${p.obstruction.duct}"`);
    }
    ids('obstruction.alsoDilated', p.obstruction.alsoDilated, isDuct, 'duct');
  }
  p.unsuitable.forEach((rule, i) => cases(`unsuitable[${i}].when.obstruction`, rule.when.obstruction));
  for (const id of Object.keys(p.points)) {
    if (anatomy.byId.has(id)) problems.add(`points.${id}`, `"${id}" is already an anatomy id`);
  }
  for (const [name, route] of Object.entries(p.routes)) {
    for (const [key, list] of variants(route)) {
      list.forEach((id, k) => {
        const at = `routes.${name}${key}[${k}]`;
        const s = anatomy.byId.get(id);
        const isPoint = (j: number) => {
          const next = list[j];
          return (
            next !== undefined && (Object.hasOwn(p.points, next) || anatomy.byId.get(next)?.shape.type === 'point')
          );
        };
        if (Object.hasOwn(p.points, id) || isStop(s)) return;
        if (!isLumen(s)) problems.add(at, `unknown point or duct id "${id}"`);
        else if (k === 0 || !isPoint(k + 1)) problems.add(at, `"${id}" must come between a route point and a point`);
      });
    }
  }
  const seen = new Set<string>();
  p.steps.forEach((step, i) => {
    const at = `steps[${i}]`;
    if (seen.has(step.id)) problems.add(`${at}.id`, `duplicate step id "${step.id}"`);
    seen.add(step.id);
    when(`${at}.when`, step.when);
    const cameras = (path: string, given: string | Readonly<Record<string, string>>) => {
      for (const [key, camera] of variants<string>(given)) {
        if (camera !== LESION_CAMERA && !Object.hasOwn(CAMERAS, camera)) {
          problems.add(
            `${path}${key}`,
            `unknown camera preset "${camera}" (use ${Object.keys(CAMERAS).join(', ')} or "${LESION_CAMERA}")`,
          );
        }
      }
    };
    cameras(`${at}.camera`, step.camera);
    for (const [key, list] of variants(step.labels)) if (list !== 'lesion') ids(`${at}.labels${key}`, list);
    ids(`${at}.reveal`, step.reveal);
    step.wording.forEach((w, j) => {
      when(`${at}.wording[${j}].when`, w.when);
      for (const [key, list] of variants(w.labels ?? []))
        if (list !== 'lesion') ids(`${at}.wording[${j}].labels${key}`, list);
      if (w.camera !== undefined) cameras(`${at}.wording[${j}].camera`, w.camera);
    });
    const { times, moment: momentOf } = stepTimes(step.actions, step.duration);
    if (step.picture !== undefined) {
      const moment = momentOf(step.picture);
      if (typeof moment === 'string') problems.add(`${at}.picture`, moment);
    }
    step.actions.forEach((a, j) => {
      const where = `${at}.actions[${j}]`;
      const { start, end, problem } = times[j]!;
      when(`${where}.when`, a.when);
      if (problem) problems.add(`${where}.${problem.field}`, problem.message);
      else if (start < 0) problems.add(`${where}.at`, `starts ${-start} ms before the step`);
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
