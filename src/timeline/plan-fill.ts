import type { DuctNode } from './duct-tree.js';

/** How a fill front reaches one duct: at arc `at`, after `d0` units, confined to [lo, hi]. */
export interface FillEntry {
  readonly duct: string;
  readonly length: number;
  readonly at: number;
  readonly d0: number;
  readonly lo: number;
  readonly hi: number;
}

/** A narrowed stretch no fill crosses: duct arcs [from, to]. */
export interface Barrier {
  readonly duct: string;
  readonly from: number;
  readonly to: number;
}

/**
 * Plans a fill (contrast, or dilation reach) spreading along the duct tree
 * from `source`: into the source duct both ways, up each parent and back
 * down every other branch, never across the barrier.
 */
export function planFill(
  tree: ReadonlyMap<string, DuctNode>,
  source: { readonly duct: string; readonly arc: number },
  barrier: Barrier | null,
): FillEntry[] {
  const plan: FillEntry[] = [];
  const visit = (id: string, arc: number, d0: number, cameFrom: string | null) => {
    const node = tree.get(id);
    if (!node) return;
    const length = node.line.length;
    let [lo, hi] = [0, length];
    if (barrier?.duct === id)
      [lo, hi] = arc <= barrier.from ? [0, barrier.from] : arc >= barrier.to ? [barrier.to, length] : [arc, arc];
    const at = Math.max(lo, Math.min(hi, arc));
    plan.push({ duct: id, length, at, d0, lo, hi });
    const parent = node.parent;
    if (parent && parent.id !== cameFrom && hi >= length - 1e-6) visit(parent.id, parent.at, d0 + length - at, id);
    for (const child of node.children) {
      if (child.id === cameFrom || child.at < lo - 1e-6 || child.at > hi + 1e-6) continue;
      visit(child.id, tree.get(child.id)?.line.length ?? 0, d0 + Math.abs(child.at - at), id);
    }
  };
  visit(source.duct, source.arc, 0, null);
  return plan;
}

/** The front distance at which the whole plan is filled. */
export function fullReach(plan: readonly FillEntry[]): number {
  return plan.reduce((m, e) => Math.max(m, e.d0 + Math.max(e.at - e.lo, e.hi - e.at)), 0);
}

/** Filled stretch of each duct, as [from, to] centreline fractions, when the front has gone `reach` units. */
export function fillAt(plan: readonly FillEntry[], reach: number, into: Record<string, [number, number]> = {}) {
  for (const e of plan) {
    const r = reach - e.d0;
    if (r <= 0 || e.length <= 0) continue;
    const from = Math.max(e.lo, e.at - r) / e.length;
    const to = Math.min(e.hi, e.at + r) / e.length;
    const had = into[e.duct];
    into[e.duct] = had ? [Math.min(had[0], from), Math.max(had[1], to)] : [from, to];
  }
  return into;
}
