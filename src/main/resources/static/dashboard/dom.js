// Small DOM helpers. Text always goes in as text nodes, never as HTML: titles, quotes and names
// come from sources and users.

/** el('p', {class: 'note'}, 'text', child, ...): attributes are set one by one, children appended as nodes or text. */
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (name.startsWith('on') && typeof value === 'function') node.addEventListener(name.slice(2), value);
    else node.setAttribute(name, value === true ? '' : String(value));
  }
  append(node, children);
  return node;
}

const SVG = 'http://www.w3.org/2000/svg';

export function svg(tag, attrs = {}, ...children) {
  const node = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined) continue;
    if (name.startsWith('on') && typeof value === 'function') node.addEventListener(name.slice(2), value);
    else node.setAttribute(name, String(value));
  }
  append(node, children);
  return node;
}

function append(node, children) {
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

/** Replaces the node's children. */
export function fill(node, ...children) {
  node.replaceChildren();
  append(node, children);
  return node;
}

/** An empty state: a short sentence saying why there is nothing to show. */
export function empty(text) {
  return el('p', {class: 'empty'}, text);
}

/** Escapes text for the few places a library insists on HTML (chart tooltips). */
export function escapeHtml(text) {
  return String(text ?? '').replace(/[&<>"']/g, c => ({'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;'})[c]);
}

export const number = new Intl.NumberFormat('en-GB');

/** A reconciled figure or a sum {low, best, high} as text: "88 (80–96)", "≥ 88" when unbounded. */
export function range(figure) {
  if (!figure || figure.best === null || figure.best === undefined) return '—';
  const best = number.format(figure.best);
  if (figure.high === null || figure.high === undefined) {
    return figure.low === figure.best ? '≥ ' + best : best + ' (≥ ' + number.format(figure.low) + ')';
  }
  if (figure.low === figure.high) return best;
  return best + ' (' + number.format(figure.low) + '–' + number.format(figure.high) + ')';
}

export function percent(value) {
  return value === null || value === undefined || Number.isNaN(value) ? '—' : (value * 100).toFixed(1) + ' %';
}
