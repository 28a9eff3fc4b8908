// A horizontal lane on the window's time axis, drawn in SVG (0..1000 wide, stretched to the panel).
import {svg} from '../dom.js';

export const WIDTH = 1000;

export function scale(ctx) {
  const span = ctx.toMs - ctx.fromMs;
  return ms => Math.max(0, Math.min(WIDTH, (ms - ctx.fromMs) / span * WIDTH));
}

export function lane(height, label, ...children) {
  return svg('svg', {class: 'lane', viewBox: '0 0 ' + WIDTH + ' ' + height, preserveAspectRatio: 'none',
    role: 'img', 'aria-label': label, height}, ...children);
}

export function title(text) {
  return svg('title', {}, text);
}
