import sequences from '../../data/sequences.json';
import { SHARED_ROUTES } from './shared-routes.js';

type Json = Record<string, unknown>;

/** data/sequences.json's sequences, trusted as bundled (test/data/bundled-data.test.ts validates the file). */
export const SHARED_SEQUENCES = sequences.sequences as Readonly<Record<string, readonly Json[]>>;

/** Where an expanded action came from: its index in the step as written, and the sequence item if any. */
export interface ActionOrigin {
  readonly index: number;
  readonly via?: string;
}

/**
 * A procedure's routes with each shared route name replaced by the route of
 * data/routes.json (an unknown name becomes an empty route and is reported to
 * `unknown`), and its points on top of the shared points. The validating and
 * the trusted paths both resolve through here.
 */
export function withSharedRoutes(
  file: { readonly routes?: Readonly<Record<string, unknown>>; readonly points?: Readonly<Record<string, unknown>> },
  unknown: (name: string, route: string) => void = () => {},
): { routes: Record<string, unknown>; points: Record<string, unknown> } {
  const routes = Object.fromEntries(
    Object.entries(file.routes ?? {}).map(([name, route]) => {
      if (typeof route !== 'string') return [name, route];
      const shared = SHARED_ROUTES.routes[route];
      if (!shared) unknown(name, route);
      return [name, shared ?? []];
    }),
  );
  return { routes, points: { ...SHARED_ROUTES.points, ...file.points } };
}

/**
 * Replaces each `use` action by the sequence's actions (the procedure's own
 * first, then data/sequences.json), each acting on the call's device: the
 * first starts at the call's `at`, the last takes its `name`, and all take its
 * `when`. `finish` turns each expanded item into an action, or undefined when
 * it reported a fault; `unknown` hears of a sequence that does not exist.
 */
export function expandUses<A>(
  actions: readonly Json[],
  own: Readonly<Record<string, readonly Json[]>>,
  finish: (item: Json, index: number, via: string) => A | undefined,
  unknown: (index: number, sequence: string) => void = () => {},
): { actions: A[]; origins: ActionOrigin[] } {
  const out: A[] = [];
  const origins: ActionOrigin[] = [];
  actions.forEach((a, index) => {
    if (a.type !== 'use') {
      out.push(a as A);
      origins.push({ index });
      return;
    }
    const name = a.sequence as string;
    const items = own[name] ?? SHARED_SEQUENCES[name];
    if (!items) return unknown(index, name);
    items.forEach((item, k) => {
      const via = `${name}[${k}]`;
      const action = finish(
        {
          ...item,
          device: a.device,
          ...(k === 0 && a.at !== undefined && { at: a.at }),
          ...(k === items.length - 1 && a.name !== undefined && { name: a.name }),
          ...(a.when !== undefined && { when: a.when }),
        },
        index,
        via,
      );
      if (action === undefined) return;
      out.push(action);
      origins.push({ index, via });
    });
  });
  return { actions: out, origins };
}
