/**
 * A graph over every river vertex, and shortest paths through it. WDBII tributaries stop a few
 * hundred metres short of the main stem instead of sharing a vertex, so each line end is also
 * linked to the nearest vertex of another line within 1 km. Ties are broken by key, so the
 * result never depends on iteration order.
 */
import { distKm, type Pt } from '../geometry.ts';
import { fail } from '../log.ts';
import type { RiverSegment } from './gmt.ts';

export interface RiverNode {
  k: string;
  p: Pt;
  /** Lowest (most important) river level through this vertex. */
  level: number;
  adj: Map<string, number>;
  /** Indexes of the segments the vertex lies on. */
  segs: Set<number>;
}
export type RiverGraph = Map<string, RiverNode>;

const key = (p: Pt): string => `${p[0].toFixed(7)},${p[1].toFixed(7)}`;

export function riverGraph(segs: readonly RiverSegment[]): RiverGraph {
  const nodes: RiverGraph = new Map();
  const node = (p: Pt, level: number): RiverNode => {
    const k = key(p);
    let n = nodes.get(k);
    if (!n) {
      n = { k, p, level, adj: new Map(), segs: new Set() };
      nodes.set(k, n);
    }
    n.level = Math.min(n.level, level);
    return n;
  };
  const link = (a: RiverNode, b: RiverNode): void => {
    if (a === b) return;
    const d = distKm(a.p, b.p);
    a.adj.set(b.k, d);
    b.adj.set(a.k, d);
  };
  segs.forEach((s, si) => {
    let prev: RiverNode | null = null;
    for (const p of s.coords) {
      const n = node(p, s.level);
      n.segs.add(si);
      if (prev) link(prev, n);
      prev = n;
    }
  });
  const all = [...nodes.values()];
  segs.forEach((s, si) => {
    for (const end of [s.coords[0], s.coords[s.coords.length - 1]]) {
      const a = end && nodes.get(key(end));
      if (!a) continue;
      let best: RiverNode | null = null;
      let bestD = 1;
      for (const b of all) {
        if (b.segs.has(si) || b === a) continue;
        const d = distKm(a.p, b.p);
        if (d < bestD || (d === bestD && best && b.k < best.k)) {
          best = b;
          bestD = d;
        }
      }
      if (best) link(a, best);
    }
  });
  return nodes;
}

/** The vertex nearest to p among those of level ≤ maxLevel; fails beyond maxKm. */
export function nearestNode(nodes: RiverGraph, p: Pt, maxLevel = 99, maxKm = 5): RiverNode {
  let best: RiverNode | null = null;
  let bestD = Infinity;
  for (const n of nodes.values()) {
    if (n.level > maxLevel) continue;
    const d = distKm(n.p, p);
    if (d < bestD || (d === bestD && best && n.k < best.k)) {
      best = n;
      bestD = d;
    }
  }
  if (!best || bestD > maxKm) fail(`no river vertex within ${maxKm} km of ${p.join(',')}`);
  return best;
}

type HeapItem = [number, string];
const less = (a: HeapItem, b: HeapItem): boolean => a[0] < b[0] || (a[0] === b[0] && a[1] < b[1]);

/** A binary min-heap ordered by (distance, key) — deterministic ties. */
export class MinHeap {
  private readonly items: HeapItem[] = [];
  get size(): number {
    return this.items.length;
  }
  push(item: HeapItem): void {
    const heap = this.items;
    heap.push(item);
    let i = heap.length - 1;
    while (i > 0) {
      const j = (i - 1) >> 1;
      const parent = heap[j] as HeapItem;
      if (!less(item, parent)) break;
      heap[i] = parent;
      i = j;
    }
    heap[i] = item;
  }
  pop(): HeapItem | undefined {
    const heap = this.items;
    const top = heap[0];
    const last = heap.pop();
    if (heap.length === 0 || last === undefined) return top;
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = -1;
      let best = last;
      const left = heap[l];
      const right = heap[r];
      if (left && less(left, best)) {
        m = l;
        best = left;
      }
      if (right && less(right, best)) m = r;
      if (m < 0) break;
      heap[i] = heap[m] as HeapItem;
      i = m;
    }
    heap[i] = last;
    return top;
  }
}

/** Dijkstra through the graph (optionally restricted to levels ≤ maxLevel); the path's points. */
export function riverPath(nodes: RiverGraph, from: RiverNode, to: RiverNode, maxLevel = 99): Pt[] {
  const dist = new Map<string, number>([[from.k, 0]]);
  const prev = new Map<string, string>();
  const done = new Set<string>();
  const heap = new MinHeap();
  heap.push([0, from.k]);
  while (heap.size) {
    const [d, k] = heap.pop() as HeapItem;
    if (done.has(k)) continue;
    done.add(k);
    if (k === to.k) break;
    for (const [nk, w] of nodes.get(k)?.adj ?? []) {
      if ((nodes.get(nk)?.level ?? 99) > maxLevel) continue;
      const nd = d + w;
      if (nd < (dist.get(nk) ?? Infinity)) {
        dist.set(nk, nd);
        prev.set(nk, k);
        heap.push([nd, nk]);
      }
    }
  }
  if (!done.has(to.k)) fail(`no river path from ${from.p.join(',')} to ${to.p.join(',')}`);
  const out: Pt[] = [];
  for (let k: string | undefined = to.k; k; k = prev.get(k)) {
    const n = nodes.get(k);
    if (n) out.push(n.p);
  }
  return out.reverse();
}

/** Split a line at the vertex nearest to p (the vertex ends the first part and starts the second). */
export function splitAt(coords: readonly Pt[], p: Pt): [Pt[], Pt[]] {
  let bi = 0;
  let bd = Infinity;
  coords.forEach((q, i) => {
    const d = distKm(q, p);
    if (d < bd) {
      bd = d;
      bi = i;
    }
  });
  return [coords.slice(0, bi + 1), coords.slice(bi)];
}
