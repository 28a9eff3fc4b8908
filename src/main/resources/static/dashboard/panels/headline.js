// Headline figures as ranges: strikes, launched, stopped (intercepted + suppressed), killed, wounded,
// each against the previous period of the same length, and the interception rate.
import {el, fill, number, percent, range} from '../dom.js';
import {addDays, daysBetween, iso, startOfDay} from '../state.js';
import {add, rate, stats, stopped, strikePage, total} from './data.js';

export async function render(ctx) {
  const days = daysBetween(ctx.view.from, ctx.view.to);
  const previousFrom = iso(startOfDay(addDays(ctx.view.from, -days), ctx.view.tz));
  const [page, current, previous] = await Promise.all([
    strikePage(ctx),
    stats(ctx),
    ctx.load('previous', () => ctx.api.get('/api/v1/stats/strikes', {...ctx.filter, from: previousFrom,
      to: ctx.filter.from, bucket: 'month', tz: ctx.view.tz})),
  ]);
  const sums = buckets => {
    const launched = total(buckets, 'launched');
    const stop = add(...buckets.map(stopped));
    return {strikes: buckets.reduce((n, b) => n + b.strikes, 0), launched, stopped: stop,
      killed: total(buckets, 'killed'), wounded: total(buckets, 'wounded'), rate: rate(launched, stop)};
  };
  const now = sums(current.buckets);
  const before = sums(previous.buckets);
  const box = document.getElementById('headline-figures');
  const strikes = el('div', {class: 'figure'},
    el('span', {class: 'label'}, 'Strikes'),
    el('strong', {'data-figure': 'strikes', 'data-value': String(page.total), 'data-from': ctx.filter.from,
      'data-to': ctx.filter.to}, number.format(page.total)),
    change(page.total, before.strikes));
  const figure = (label, name, sum, previousSum) => el('div', {class: 'figure'},
    el('span', {class: 'label'}, label),
    el('strong', {'data-figure': name, 'data-value': sum ? String(sum.best) : '',
      'data-low': sum ? String(sum.low) : '', 'data-high': sum && sum.high !== null ? String(sum.high) : ''},
    range(sum)),
    change(sum ? sum.best : 0, previousSum ? previousSum.best : 0));
  fill(box, strikes,
    figure('Launched', 'launched', now.launched, before.launched),
    figure('Stopped (shot down + jammed)', 'stopped', now.stopped, before.stopped),
    figure('Killed', 'killed', now.killed, before.killed),
    figure('Wounded', 'wounded', now.wounded, before.wounded),
    el('div', {class: 'figure'}, el('span', {class: 'label'}, 'Interception rate'),
      el('strong', {'data-figure': 'interceptionRate', 'data-value': now.rate === null ? '' : now.rate.toFixed(4)},
        percent(now.rate)),
      el('span', {class: 'change'}, 'before: ' + percent(before.rate))));
  fill(document.getElementById('headline-note'),
    'Best figure, then the low–high range the sources leave ("≥" when a source gives only a lower bound). ',
    'Changes are against the ' + days + ' days before ' + ctx.view.from + '.');
}

function change(now, before) {
  if (!before) return el('span', {class: 'change'}, before === 0 && now ? 'none in the previous period' : 'no change');
  const delta = (now - before) / before;
  const sign = delta > 0 ? '+' : '';
  return el('span', {class: 'change ' + (delta > 0 ? 'up' : delta < 0 ? 'down' : '')},
    sign + (delta * 100).toFixed(0) + ' % vs previous period (' + number.format(before) + ')');
}

export function failed(error) {
  fill(document.getElementById('headline-figures'), el('p', {class: 'empty'}, 'Figures unavailable: ' + error.message),
    el('span', {'data-figure': 'strikes', hidden: true}));
}
