// Cease-fire lanes: one row per cease-fire overlapping the window, its status history as coloured
// segments, party positions, alleged violations as marks. Choosing one opens its compliance panel.
import {el, empty, fill, svg} from '../dom.js';
import {ceasefires, SCOPE_COLOURS, STATUS_COLOURS} from './data.js';
import {lane, scale, title} from './lanes.js';

export async function render(ctx) {
  const list = (await ceasefires(ctx)).items;
  const box = document.getElementById('ceasefire-lanes');
  if (!list.length) {
    fill(box, empty('No cease-fire was proposed, in force or ended in this period.'));
    return;
  }
  const ids = list.map(cf => cf.id).join(',');
  const allegations = await ctx.load('allegations', () => ctx.api.get('/api/v1/allegations',
    {ceasefire: ids, size: 500, sort: 'at'}));
  const x = scale(ctx);
  const rows = list.map(cf => {
    const segments = [];
    cf.history.forEach((entry, i) => {
      const from = Date.parse(entry.at);
      const next = cf.history[i + 1];
      const until = next ? Date.parse(next.at) : ctx.toMs;
      if (until <= ctx.fromMs || from >= ctx.toMs) return;
      const x1 = x(from);
      const x2 = Math.max(x(until), x1 + 2);
      segments.push(svg('rect', {x: x1, y: 4, width: x2 - x1, height: 16, fill: STATUS_COLOURS[entry.to] || '#ccc'},
        title(entry.to + ' from ' + entry.at.slice(0, 10) + (entry.note ? ': ' + entry.note : ''))));
    });
    const marks = allegations.items.filter(a => a.ceasefireId === cf.id).map(a => {
      const at = x(Date.parse(a.at));
      return svg('path', {d: `M${at - 6},0 L${at + 6},0 L${at},10 Z`, fill: '#c0392b', class: 'allegation'},
        title('Alleged violation, ' + a.at.slice(0, 10) + ': ' + a.accuser + ' accuses ' + a.accused
          + (a.summary ? ' — ' + a.summary : '')));
    });
    const chosen = String(cf.id) === ctx.view.ceasefire;
    return el('div', {class: 'cf-row' + (chosen ? ' chosen' : ''), 'data-ceasefire': cf.id},
      el('div', {class: 'cf-head'},
        el('button', {type: 'button', class: 'cf-name', 'aria-pressed': chosen ? 'true' : 'false',
          onclick: () => ctx.navigate({ceasefire: chosen ? '' : String(cf.id)})}, cf.name),
        el('span', {class: 'tag', style: null, 'data-scope': cf.scope}, cf.scope.replaceAll('_', ' ').toLowerCase()),
        el('span', {class: 'status'}, cf.status.replaceAll('_', ' ').toLowerCase()),
        el('span', {class: 'note'}, cf.allegations + ' alleged violation(s)')),
      lane(22, cf.name + ': status history and alleged violations', ...segments, ...marks),
      el('p', {class: 'positions'}, cf.parties.map(p => p.party + ' ' + p.position.replaceAll('_', ' ').toLowerCase()
        + (p.conditions ? ' (' + p.conditions + ')' : '')).join(' · ')
        + (cf.mediators.length ? ' · mediators: ' + cf.mediators.join(', ') : '')));
  });
  fill(box, el('p', {class: 'legend'}, ...Object.entries(STATUS_COLOURS).map(([status, colour]) =>
    el('span', {class: 'swatch', 'data-colour': colour}, status.replaceAll('_', ' ').toLowerCase()))), ...rows);
  for (const swatch of box.querySelectorAll('.swatch')) swatch.style.setProperty('--swatch', swatch.dataset.colour);
  for (const tag of box.querySelectorAll('.tag')) tag.style.setProperty('--swatch', SCOPE_COLOURS[tag.dataset.scope]);
}

export function failed(error) {
  fill(document.getElementById('ceasefire-lanes'), empty('Cease-fires unavailable: ' + error.message));
}
