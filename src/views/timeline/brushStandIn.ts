/**
 * The time window drawn as d3's brush draws its selection, for the moments before the brush is
 * attached (it loads on demand): the same element and class, so the page looks the same and the
 * styles apply to both.
 */
import type { Selection } from 'd3-selection';

type Extent = [[number, number], [number, number]];

/** Draws (or moves) the stand-in selection in `g`: x from `sel`, y over the brush's `extent`. */
export function drawBrushSelection(g: Selection<SVGGElement, unknown, null, undefined>, extent: Extent, sel: [number, number]): void {
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
}
