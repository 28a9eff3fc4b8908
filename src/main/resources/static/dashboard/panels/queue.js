// The review queue: pending candidates by kind, each linked, when the key allows reviewing; without a
// key the empty state says one is needed.
import {key} from '../api.js';
import {el, empty, fill} from '../dom.js';

const NEEDS_KEY = 'Reviewing the queue needs an API key with the ANALYST role: enter one with “API key…” above.';

export async function render(ctx) {
  const box = document.getElementById('queue-body');
  if (!key()) {
    fill(box, empty(NEEDS_KEY));
    return;
  }
  // a key too weak or unknown lands in failed(), which says so
  const page = await ctx.api.get('/api/v1/candidates', {status: 'PENDING', size: 100, sort: '-createdAt'});
  if (!page.items.length) {
    fill(box, empty('No candidates are waiting for review.'));
    return;
  }
  const kinds = new Map();
  for (const c of page.items) {
    if (!kinds.has(c.kind)) kinds.set(c.kind, []);
    kinds.get(c.kind).push(c);
  }
  fill(box, el('p', {}, page.total + ' candidate(s) pending' + (page.total > page.items.length ? ', the newest '
    + page.items.length + ' shown' : '') + '.'),
  ...[...kinds].map(([kind, list]) => el('details', {open: true}, el('summary', {}, kind.toLowerCase() + ' (' + list.length + ')'),
    el('ul', {}, ...list.map(c => el('li', {},
      el('a', {href: '/api/v1/candidates/' + c.id}, c.article ? c.article.title : 'candidate #' + c.id),
      ' · confidence ' + Number(c.confidence).toFixed(2)))))));
}

export function failed(error) {
  const box = document.getElementById('queue-body');
  if (!key() && error.status === 401) fill(box, empty(NEEDS_KEY));
  else if (error.status === 401 || error.status === 403) fill(box, empty('This key may not read the review queue: an ANALYST key is needed.'));
  else fill(box, empty('The queue is unavailable: ' + error.message));
}
