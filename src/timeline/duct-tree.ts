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
  /**
   * A bowel lumen the ducts empty into (the duodenum, through the papilla):
   * a fill reaching it spreads a little way along it and never flows back
   * into the ducts. Never dilated.
   */
  readonly sink?: boolean;
}

/**
 * The tree of tube ducts. Point ducts such as `confluence` are passed
 * through to the tube they belong to. A duct whose parent is a landmark on a
 * tube organ (the CBD and pancreatic duct at the major papilla on the
 * duodenum) drains into that organ as a sink node.
 */
export function buildDuctTree(anatomy: Anatomy): ReadonlyMap<string, DuctNode> {
  const tree = new Map<string, DuctNode>();
  for (const s of anatomy.structures) {
    const line = ductLine(s);
    if (s.kind !== 'duct' || !line || s.shape.type !== 'tube') continue;
    tree.set(s.id, { id: s.id, line, radius: s.shape.diameter.dilated / 2, parent: null, children: [] });
  }
  const ducts = [...tree.values()];
  for (const node of ducts) {
    let parentId = anatomy.byId.get(node.id)?.parent;
    while (parentId && !tree.has(parentId) && anatomy.byId.get(parentId)?.kind === 'duct') {
      parentId = anatomy.byId.get(parentId)?.parent;
    }
    let parent = parentId ? tree.get(parentId) : undefined;
    if (!parent && parentId) parent = sinkFor(anatomy, tree, parentId);
    if (!parent) continue;
    const end = node.line.points[node.line.points.length - 1]!;
    const at = nearestOnLine(parent.line, end).arc;
    (node as { parent: Junction | null }).parent = { id: parent.id, at };
    parent.children.push({ id: node.id, at });
  }
  return tree;
}

/** The tube organ a landmark lies on (the papilla's duodenum), as a sink node, or undefined. */
function sinkFor(anatomy: Anatomy, tree: Map<string, DuctNode>, landmarkId: string): DuctNode | undefined {
  const landmark = anatomy.byId.get(landmarkId);
  if (landmark?.shape.type !== 'point' || !landmark.parent) return undefined;
  const organ = anatomy.byId.get(landmark.parent);
  const line = organ && ductLine(organ);
  if (!organ || !line || organ.shape.type !== 'tube' || organ.kind === 'duct') return undefined;
  let node = tree.get(organ.id);
  if (!node) {
    node = { id: organ.id, line, radius: organ.shape.diameter.dilated / 2, parent: null, children: [], sink: true };
    tree.set(organ.id, node);
  }
  return node;
}

/**
 * The duct location nearest to p, if p lies inside a (dilated) duct; else
 * inside a sink's lumen. A bile duct wins over the duodenum where they
 * overlap in projection (the CBD runs behind D1).
 */
export function locateInDucts(tree: ReadonlyMap<string, DuctNode>, p: Point): { duct: string; arc: number } | null {
  let best: { duct: string; arc: number; gap: number; sink: boolean } | null = null;
  for (const node of tree.values()) {
    const { arc, distance } = nearestOnLine(node.line, p);
    const gap = distance - node.radius;
    if (gap > 0) continue;
    const sink = node.sink === true;
    if (!best || (best.sink && !sink) || (best.sink === sink && gap < best.gap))
      best = { duct: node.id, arc, gap, sink };
  }
  return best && { duct: best.duct, arc: best.arc };
}
