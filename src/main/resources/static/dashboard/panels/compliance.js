// Compliance of the chosen cease-fire: per party the strikes per day in force against the same length
// of time before it, alleged violations, and the covered strikes.
import {el, empty, fill, number} from '../dom.js';

export async function render(ctx) {
  const box = document.getElementById('compliance-body');
  if (!ctx.view.ceasefire) {
    fill(box, empty('Choose a cease-fire to see whether it held: strikes per day before and during it, per party.'));
    return;
  }
  const report = await ctx.api.get('/api/v1/ceasefires/' + ctx.view.ceasefire + '/compliance',
    {tz: ctx.view.tz, size: 20});
  const days = window => window ? Math.max(1, Math.round((Date.parse(window.until) - Date.parse(window.from)) / 86400000)) : 0;
  const inForceDays = days(report.window);
  const head = el('p', {}, el('strong', {}, report.ceasefire.name), ' — ', report.ceasefire.scope.replaceAll('_', ' ')
    .toLowerCase(), ', now ', report.ceasefire.status.replaceAll('_', ' ').toLowerCase(), '. ',
  report.window ? 'In force ' + report.window.from.slice(0, 10) + ' to ' + report.window.until.slice(0, 10)
    + ' (' + inForceDays + ' days), compared with the ' + inForceDays + ' days before.'
    : 'It was never in force: nothing to compare.');
  const rows = report.parties.map(p => el('tr', {},
    el('th', {scope: 'row'}, p.party),
    el('td', {}, p.position.replaceAll('_', ' ').toLowerCase() + (p.bound ? '' : ' (not bound)')),
    el('td', {class: 'num'}, perDay(p.baseline.strikes, inForceDays)),
    el('td', {class: 'num'}, perDay(p.inForce.strikes, inForceDays)),
    el('td', {class: 'num'}, number.format(p.covered.total) + ' (' + p.covered.certain + ' certain)'),
    el('td', {class: 'num'}, number.format(p.allegationsAgainst))));
  const table = el('table', {class: 'compliance'},
    el('caption', {}, 'Strikes per day by each party, before and while in force'),
    el('thead', {}, el('tr', {}, el('th', {scope: 'col'}, 'Party'), el('th', {scope: 'col'}, 'Position'),
      el('th', {scope: 'col'}, 'Before, per day'), el('th', {scope: 'col'}, 'In force, per day'),
      el('th', {scope: 'col'}, 'Covered strikes'), el('th', {scope: 'col'}, 'Accused'))),
    el('tbody', {}, ...rows));
  const strikes = report.strikes.items.length
    ? el('ul', {class: 'covered'}, ...report.strikes.items.map(s => el('li', {},
      el('button', {type: 'button', class: 'link', onclick: () => ctx.navigate({strike: String(s.id)})},
        s.startedAt.slice(0, 10) + ' ' + s.attacker + '→' + s.target + ' ' + (s.place || s.region || '')),
      ' ', s.certainty.toLowerCase())))
    : empty('No strike falls under it.');
  fill(box, head, table, el('h3', {}, 'Covered strikes (' + number.format(report.covered.total) + ')'), strikes);
}

function perDay(strikes, days) {
  return days ? (strikes / days).toFixed(2) + ' (' + strikes + ')' : '—';
}

export function failed(error) {
  fill(document.getElementById('compliance-body'), empty('Compliance unavailable: ' + error.message));
}
