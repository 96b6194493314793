import type { Structure } from './anatomy-schema.js';
import type { ObstructionCase } from './obstruction-schema.js';
import type { Anatomy } from './parse-anatomy.js';
import type { Obstructions } from './parse-obstructions.js';
import type { Procedure } from './procedure-schema.js';
import { expandUses, withSharedRoutes } from './resolve-procedure.js';

/*
 * The bundled data is validated by the tests (test/data/bundled-data.test.ts), so the element
 * trusts it and draws its first frame without loading the validator. These functions give what
 * the validator would: the same objects with the schemas' defaults filled in. The test compares
 * them with the validator's output for every bundled file, so a new default cannot be missed.
 */

type Json = Record<string, unknown>;
const trustedAnatomies = new WeakMap<object, Anatomy>();

/** Bundled anatomy files as the validator would return them, merged (remembered per files object). */
export function trustedAnatomy(files: Readonly<Record<string, unknown>>): Anatomy {
  let anatomy = trustedAnatomies.get(files);
  if (anatomy) return anatomy;
  const structures = Object.values(files).flatMap((file) =>
    ((file as Json).structures as Json[]).map((s) =>
      s.label ? { ...s, label: { align: 'start', priority: 3, ...(s.label as Json) } } : s,
    ),
  ) as unknown as Structure[];
  anatomy = { structures, byId: new Map(structures.map((s) => [s.id, s])) };
  trustedAnatomies.set(files, anatomy);
  return anatomy;
}

/** A lesion-relative stop (`{ lesions: "end" }`) anywhere in an action gets its default offset. */
function stopDefaults(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(stopDefaults);
  if (!value || typeof value !== 'object') return value;
  const out: Json = {};
  for (const [k, v] of Object.entries(value)) out[k] = stopDefaults(v);
  if (typeof out.lesions === 'string' && out.offset === undefined) out.offset = 0;
  return out;
}

/** Aftercare advice and warning items get their empty source list and `typical: false`, as the schema gives. */
function aftercareDefaults(aftercare: Json): Json {
  const items = (list: unknown) => (list as Json[]).map((i) => ({ sources: [], typical: false, ...i }));
  const register = (r: Json) => ({ ...r, care: items(r.care), warnings: items(r.warnings) });
  return {
    ...aftercare,
    clinician: register(aftercare.clinician as Json),
    patient: register(aftercare.patient as Json),
  };
}

/** A bundled procedure file as the validator would return it, shared routes and sequences resolved as parseProcedure resolves them. */
export function trustedProcedure(json: unknown): Procedure {
  const p = json as Json;
  const obstruction = p.obstruction as Json | undefined;
  const own = (p.sequences ?? {}) as Readonly<Record<string, readonly Json[]>>;
  return {
    unsuitable: [],
    sequences: {},
    ...p,
    ...withSharedRoutes(p as Parameters<typeof withSharedRoutes>[0]),
    ...(p.aftercare !== undefined && { aftercare: aftercareDefaults(p.aftercare as Json) }),
    ...(obstruction && {
      obstruction: { dilation: 1, alsoDilated: [], gallbladder: 'distended', ...obstruction },
    }),
    steps: (p.steps as Json[]).map((s) => ({
      sources: [],
      reveal: [],
      wording: [],
      ...s,
      actions: expandUses((s.actions as Json[] | undefined) ?? [], own, (item) => item).actions.map(stopDefaults),
    })),
  } as unknown as Procedure;
}

/** The bundled obstruction file as the validator would return it. */
export function trustedObstructions(json: unknown): Obstructions {
  const file = json as Json;
  const cases = (file.cases as Json[]).map((c) => ({
    alsoDilated: [],
    frames: {},
    ...c,
  })) as unknown as ObstructionCase[];
  return { default: file.default as string, cases, byId: new Map(cases.map((c) => [c.id, c])) };
}
