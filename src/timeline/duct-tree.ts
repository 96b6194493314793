import type { Point } from '../model/anatomy-schema.js';
import type { Anatomy } from '../model/parse-anatomy.js';
import { ductLine, nearestOnLine, type Line } from './duct-line.js';

/** A junction: duct `id` meets another duct at arc `at` of that duct. */
export interface Junction {
  readonly id: string;
  readonly at: number;
}

/** One tube duct in the biliary tree, with where it joins its parent and its children join it. */
export interface DuctNode {
  readonly id: string;
  readonly line: Line;
  /** Half the dilated drawn width: how close a point must be to count as inside. */
  readonly radius: number;
  readonly parent: Junction | null;
  readonly children: Junction[];
}

/**
 * The tree of tube ducts. Point ducts such as `confluence` are passed
 * through to the tube they belong to; a parent that is not a duct (the
 * papilla) ends the tree.
 */
export function buildDuctTree(anatomy: Anatomy): ReadonlyMap<string, DuctNode> {
  const tree = new Map<string, DuctNode>();
  for (const s of anatomy.structures) {
    const line = ductLine(s);
    if (s.kind !== 'duct' || !line || s.shape.type !== 'tube') continue;
    tree.set(s.id, { id: s.id, line, radius: s.shape.diameter.dilated / 2, parent: null, children: [] });
  }
  for (const node of tree.values()) {
    let parentId = anatomy.byId.get(node.id)?.parent;
    while (parentId && !tree.has(parentId) && anatomy.byId.get(parentId)?.kind === 'duct') {
      parentId = anatomy.byId.get(parentId)?.parent;
    }
    const parent = parentId ? tree.get(parentId) : undefined;
    if (!parent) continue;
    const end = node.line.points[node.line.points.length - 1]!;
    const at = nearestOnLine(parent.line, end).arc;
    (node as { parent: Junction | null }).parent = { id: parent.id, at };
    parent.children.push({ id: node.id, at });
  }
  return tree;
}

/** The duct location nearest to p, if p lies inside a (dilated) duct. */
export function locateInDucts(tree: ReadonlyMap<string, DuctNode>, p: Point): { duct: string; arc: number } | null {
  let best: { duct: string; arc: number; gap: number } | null = null;
  for (const node of tree.values()) {
    const { arc, distance } = nearestOnLine(node.line, p);
    const gap = distance - node.radius;
    if (gap <= 0 && (!best || gap < best.gap)) best = { duct: node.id, arc, gap };
  }
  return best && { duct: best.duct, arc: best.arc };
}
