// The marker for each reach: shape and colour both carry the meaning (a circle, a diamond, a
// triangle, a small hollow dot), and a bar across the marker marks a law in the way. One
// definition serves the map and the legend.
import type { Reach } from '../engine/core.js';

/** A circle of radius r around 0,0 as path data. */
const circle = (r: number) => `M${r},0A${r},${r} 0 1 1 ${-r},0A${r},${r} 0 1 1 ${r},0Z`;

// Every shape is a path, so a marker whose reach changes keeps its one <path> and only its `d`
// changes: no element is removed or added when an answer recolours thousands of markers.
export const MARKER_SHAPES: Record<Reach, string> = {
  direct: circle(3.8),
  assisted: 'M0,-5L5,0L0,5L-5,0Z',
  contested: 'M0,-5.5L5,3.8L-5,3.8Z',
  none: circle(2.6),
};

/** The bar across a marker whose data a law protects. */
export const BARRIER_PATH = 'M-4.8,4.8L4.8,-4.8';
