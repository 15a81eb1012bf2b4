/**
 * A d3 brush that arrives later (it loads on demand, `lazyGestures.ts`): until then the window is
 * drawn as the brush draws its selection — the same element and class, so the page looks the same
 * and the styles apply to both — and the extent is kept for the brush. Shared by the detail view
 * and the overview strip.
 */
import type { BrushBehavior, D3BrushEvent } from 'd3-brush';
import type { Selection } from 'd3-selection';
import type { GestureLib } from './lazyGestures';

type Extent = [[number, number], [number, number]];

export interface LazyBrush {
  /** Sets the brush's extent (and the stand-in's height); takes effect at the next `move`. */
  setExtent(extent: Extent): void;
  /** Shows the window at `sel` (x); the brush's own events for the move do not reach `onBrush`. */
  move(sel: [number, number]): void;
  /** Replaces the stand-in with d3's brush, calling `onBrush` for the user's brushing. */
  attach(lib: GestureLib): void;
}

/** A brush in `g`, drawn by a stand-in until `attach`. */
export function lazyBrush(g: Selection<SVGGElement, unknown, null, undefined>, onBrush: (ev: D3BrushEvent<unknown>) => void): LazyBrush {
  let brush: BrushBehavior<unknown> | null = null;
  let extent: Extent = [
    [0, 0],
    [0, 0],
  ];
  let programmatic = false;
  return {
    setExtent: (e) => {
      extent = e;
      if (brush) g.call(brush.extent(extent));
    },
    move: (sel) => {
      if (!brush) {
        const [[, y0], [, y1]] = extent;
        g.selectAll('rect.selection')
          .data([sel])
          .join('rect')
          .attr('class', 'selection')
          .attr('shape-rendering', 'crispEdges')
          .attr('x', sel[0])
          .attr('y', y0)
          .attr('width', Math.max(0, sel[1] - sel[0]))
          .attr('height', Math.max(0, y1 - y0));
        return;
      }
      programmatic = true;
      g.call(brush.move, sel);
      programmatic = false;
    },
    attach: (lib) => {
      // The stand-in goes: the brush draws its own overlay, selection and handles.
      g.selectAll('*').remove();
      brush = lib
        .brushX<unknown>()
        .extent(extent)
        .on('brush end', (ev: D3BrushEvent<unknown>) => programmatic || onBrush(ev));
      g.call(brush);
    },
  };
}
