import { describe, expect, it } from 'vitest';
import type { Pt } from '../geometry.ts';
import { GeoBuildError } from '../log.ts';
import { MinHeap, nearestNode, riverGraph, riverPath, splitAt } from './graph.ts';

describe('MinHeap', () => {
  it('pops by distance, then by key', () => {
    const h = new MinHeap();
    for (const item of [
      [3, 'c'],
      [1, 'b'],
      [1, 'a'],
      [2, 'z'],
      [0.5, 'y'],
    ] as Array<[number, string]>)
      h.push(item);
    const out: string[] = [];
    while (h.size) out.push(h.pop()?.[1] ?? '');
    expect(out).toEqual(['y', 'a', 'b', 'z', 'c']);
    expect(h.pop()).toBeUndefined();
  });
});

// A main stem along 37° N and a tributary whose end stops ~0.3 km short of it.
const main = {
  level: 1,
  coords: [
    [68, 37],
    [68.1, 37],
    [68.2, 37],
    [68.3, 37],
  ] as Pt[],
};
const trib = {
  level: 3,
  coords: [
    [68.1, 37.5],
    [68.1, 37.2],
    [68.1, 37.003],
  ] as Pt[],
};
const far = {
  level: 3,
  coords: [
    [69, 38],
    [69.1, 38],
  ] as Pt[],
};

describe('riverGraph()', () => {
  const g = riverGraph([main, trib, far]);
  it('links a tributary end to the nearest vertex of another line within 1 km', () => {
    const end = nearestNode(g, [68.1, 37.003]);
    expect([...end.adj.keys()]).toContain('68.1000000,37.0000000');
  });
  it('keeps the lowest level on each vertex', () => {
    expect(nearestNode(g, [68.1, 37]).level).toBe(1);
  });
  it('nearestNode() honours maxLevel and maxKm', () => {
    expect(nearestNode(g, [68.1, 37.01], 1).p).toEqual([68.1, 37]);
    expect(() => nearestNode(g, [68.1, 37.5], 1)).toThrow(/within 5 km/);
    expect(() => nearestNode(g, [75, 40])).toThrow(GeoBuildError);
  });
  it('riverPath() walks through the link, and refuses levels above maxLevel', () => {
    const path = riverPath(g, nearestNode(g, [68.1, 37.5]), nearestNode(g, [68.3, 37]));
    expect(path).toEqual([
      [68.1, 37.5],
      [68.1, 37.2],
      [68.1, 37.003],
      [68.1, 37],
      [68.2, 37],
      [68.3, 37],
    ]);
    expect(riverPath(g, nearestNode(g, [68, 37]), nearestNode(g, [68.3, 37]), 1)).toHaveLength(4);
    expect(() => riverPath(g, nearestNode(g, [68.1, 37.5]), nearestNode(g, [68.3, 37]), 1)).toThrow(GeoBuildError);
    expect(() => riverPath(g, nearestNode(g, [68, 37]), nearestNode(g, [69, 38]))).toThrow(/no river path/);
  });
});

describe('splitAt()', () => {
  it.each<[Pt, number, number]>([
    [[68.11, 37.01], 2, 3],
    [[67, 37], 1, 4],
    [[70, 37], 4, 1],
  ])('at %j: parts of %i and %i points sharing the split vertex', (p, a, b) => {
    const [first, second] = splitAt(main.coords, p);
    expect([first.length, second.length]).toEqual([a, b]);
    expect(first[first.length - 1]).toEqual(second[0]);
  });
});
