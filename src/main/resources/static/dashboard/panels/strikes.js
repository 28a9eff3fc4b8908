// Strikes: the daily strikes by attacker, a paged sortable table of the filter's strikes with CSV and
// GeoJSON exports, and for the chosen strike its claims — each source's stated figure as a mark over
// the reconciled low/best/high bracket — and the cease-fires it falls under.
import {download} from '../api.js';
import {el, empty, fill, number, range, svg} from '../dom.js';
import {byGroup, FIGURES, stats, strikePage} from './data.js';
import {chart} from './charts.js';
import {REGION_NAMES} from './regions.js';
import {title} from './lanes.js';

let current = null;

export function setUpExports() {
  document.getElementById('export-csv').addEventListener('click', () =>
    download('/api/v1/strikes', {...current.filter, format: 'csv'}, 'text/csv', 'strikes.csv').catch(report));
  document.getElementById('export-geojson').addEventListener('click', () =>
    download('/api/v1/strikes', {...current.filter, format: 'geojson'}, 'application/geo+json', 'strikes.geojson')
      .catch(report));
  document.getElementById('strikes-prev').addEventListener('click', () =>
    current.navigate({page: Math.max(0, current.view.page - 1)}));
  document.getElementById('strikes-next').addEventListener('click', () =>
    current.navigate({page: current.view.page + 1}));
}

function report(error) {
  fill(document.getElementById('strike-detail'), empty('The export failed: ' + error.message));
}

const COLUMNS = [
  ['Started', 'startedAt'], ['Attacker → target', null], ['Where', null], ['Weapon', null],
  ['Launched', 'launched'], ['Stopped', null], ['Killed', 'killed'], ['Claims', null],
];

export async function render(ctx) {
  current = ctx;
  const [page, byAttacker] = await Promise.all([strikePage(ctx), stats(ctx, 'attacker')]);
  drawAttackers(ctx, byAttacker.buckets);
  const table = document.getElementById('strike-table');
  const sort = ctx.view.sort;
  fill(table.tHead, el('tr', {}, ...COLUMNS.map(([label, field]) => {
    if (!field) return el('th', {scope: 'col'}, label);
    const active = sort.replace('-', '') === field;
    const descending = sort.startsWith('-');
    return el('th', {scope: 'col', 'aria-sort': active ? (descending ? 'descending' : 'ascending') : 'none'},
      el('button', {type: 'button', class: 'sort', 'data-sort': field,
        onclick: () => ctx.navigate({sort: active && descending ? field : '-' + field, page: 0})},
      label + (active ? (descending ? ' ▼' : ' ▲') : '')));
  })));
  const formatter = new Intl.DateTimeFormat('en-GB', {timeZone: ctx.view.tz, dateStyle: 'medium', timeStyle: 'short'});
  fill(table.tBodies[0], ...page.items.map(s => el('tr', {'data-strike': s.id,
    class: String(s.id) === ctx.view.strike ? 'chosen' : null},
  el('td', {}, formatter.format(new Date(s.startedAt))),
  el('td', {}, s.attacker + ' → ' + s.target),
  el('td', {}, [s.place, s.region].filter(Boolean).join(', ') || s.country || '—',
    s.regionCode ? el('span', {class: 'code'}, ' ' + s.regionCode) : null),
  el('td', {}, s.weaponCategory.replaceAll('_', ' ').toLowerCase()),
  el('td', {class: 'num'}, range(s.launched)),
  el('td', {class: 'num'}, stoppedText(s)),
  el('td', {class: 'num'}, range(s.killed)),
  el('td', {}, el('button', {type: 'button', class: 'claims', 'aria-label': 'Show the claims of strike ' + s.id,
    onclick: () => ctx.navigate({strike: String(s.id)})}, 'Claims')))));
  if (!page.items.length) {
    fill(table.tBodies[0], el('tr', {}, el('td', {colspan: COLUMNS.length}, empty('No strikes match the filters.'))));
  }
  const pages = Math.max(1, Math.ceil(page.total / page.size));
  fill(document.getElementById('strikes-page'), 'Page ' + (page.page + 1) + ' of ' + pages + ' · '
    + number.format(page.total) + ' strike(s)');
  document.getElementById('strikes-prev').disabled = page.page === 0;
  document.getElementById('strikes-next').disabled = page.page + 1 >= pages;
  await detail(ctx);
}

function stoppedText(s) {
  if (!s.intercepted && !s.suppressed) return '—';
  const best = (s.intercepted?.best ?? 0) + (s.suppressed?.best ?? 0);
  return number.format(best);
}

function drawAttackers(ctx, buckets) {
  const groups = byGroup(buckets);
  const times = [...new Set(buckets.map(b => Date.parse(b.start)))].sort((a, b) => a - b);
  chart('attacker-chart').setOption({
    animation: false,
    aria: {enabled: true},
    grid: {left: 48, right: 16, top: 28, bottom: 24},
    legend: {top: 0},
    tooltip: {trigger: 'axis', confine: true},
    xAxis: {type: 'time', min: ctx.fromMs, max: ctx.toMs},
    yAxis: {type: 'value', min: 0, minInterval: 1, name: 'strikes'},
    series: [...groups].map(([attacker, list]) => ({name: 'by ' + attacker, type: 'bar', stack: 'strikes',
      data: list.map(b => [Date.parse(b.start), b.strikes])})),
  }, {notMerge: true});
  const text = [...groups].map(([attacker, list]) => attacker + ': ' + number.format(list.reduce((n, b) => n + b.strikes, 0))
    + ' strike(s) over ' + list.length + ' ' + ctx.view.bucket + '(s)');
  fill(document.getElementById('attacker-summary'), text.length ? 'Strikes per ' + ctx.view.bucket + ' by attacker — '
    + text.join('; ') + '.' : 'No strikes by any attacker in this period.');
  if (!times.length) return;
}

async function detail(ctx) {
  const box = document.getElementById('strike-detail');
  if (!ctx.view.strike) {
    fill(box, empty('Choose a strike to see what each source claimed and the range they leave.'));
    return;
  }
  const s = await ctx.api.get('/api/v1/strikes/' + ctx.view.strike);
  const rows = FIGURES.filter(f => s[f]).map(f => claimRow(f, s));
  fill(box,
    el('h3', {}, 'Strike #' + s.id + ': ' + s.attacker + ' → ' + s.target + ', ' + s.startedAt.slice(0, 16).replace('T', ' ')
      + ' UTC'),
    el('p', {}, [s.place, s.region].filter(Boolean).join(', ') || '—',
      s.regionCode ? ' (' + (REGION_NAMES.get(s.regionCode) || s.regionCode) + ')' : '',
      ' · ' + s.weaponCategory.replaceAll('_', ' ').toLowerCase(),
      s.weaponModels.length ? ' (' + s.weaponModels.join(', ') + ')' : '',
      s.inconsistent ? el('strong', {class: 'warning'}, ' · a claim is inconsistent') : ''),
    rows.length ? el('div', {class: 'claims-chart', 'data-claims-chart': s.id}, ...rows)
      : empty('No claim states a figure.'),
    el('h4', {}, 'Claims'),
    el('ul', {class: 'claim-list'}, ...s.claims.map(c => el('li', {},
      el('strong', {}, c.source ? c.source.publisher : 'source #' + c.sourceId),
      c.attributedTo ? ' (' + c.attributedTo + ')' : '', ': ',
      FIGURES.filter(f => c[f]).map(f => f + ' ' + stated(c[f])).join(', ') || 'no figures',
      c.quote ? el('q', {}, ' ' + c.quote) : null))),
    el('h4', {}, 'Cease-fires it falls under'),
    s.ceasefires.length ? el('ul', {}, ...s.ceasefires.map(cf => el('li', {},
      el('button', {type: 'button', class: 'link', onclick: () => ctx.navigate({ceasefire: String(cf.id)})}, cf.name),
      ' (' + cf.certainty.toLowerCase() + ')'))) : empty('None.'));
}

const QUALIFIERS = {EXACT: '', AT_LEAST: '≥ ', MORE_THAN: '> ', AT_MOST: '≤ ', ABOUT: '~ ', BETWEEN: ''};

function stated(f) {
  return f.qualifier === 'BETWEEN' ? f.value + ' (' + f.low + '–' + f.high + ')' : QUALIFIERS[f.qualifier] + f.value;
}

/** One figure: the reconciled bracket [low, high] (an arrow when unbounded), best as a tick, each claim as a dot. */
function claimRow(figure, s) {
  const r = s[figure];
  const values = s.claims.filter(c => c[figure]).map(c => c[figure]);
  const top = Math.max(r.high ?? 0, r.best, ...values.map(v => v.high ?? v.value)) * 1.15 + 1;
  const x = v => 10 + (v / top) * 580;
  const parts = [svg('line', {x1: 10, y1: 20, x2: 590, y2: 20, class: 'axis'})];
  const right = r.high === null ? 590 : x(r.high);
  parts.push(svg('rect', {x: x(r.low), y: 12, width: Math.max(2, right - x(r.low)), height: 16,
    class: r.high === null ? 'bracket open' : 'bracket'}, title('reconciled: low ' + r.low + ', best ' + r.best
    + ', high ' + (r.high ?? 'unbounded'))));
  parts.push(svg('line', {x1: x(r.best), y1: 8, x2: x(r.best), y2: 32, class: 'best'}, title('best ' + r.best)));
  s.claims.forEach(c => {
    const f = c[figure];
    if (!f) return;
    parts.push(svg('circle', {cx: x(f.value), cy: 20, r: 6, class: 'claim-mark', 'data-figure': figure},
      title((c.source ? c.source.publisher : 'source #' + c.sourceId) + ': ' + stated(f))));
  });
  parts.push(svg('text', {x: 590, y: 44, 'text-anchor': 'end', class: 'tick'}, number.format(Math.round(top))));
  parts.push(svg('text', {x: 10, y: 44, class: 'tick'}, '0'));
  return el('div', {class: 'claim-row'}, el('span', {class: 'label'}, figure + ' ' + range(r)),
    svg('svg', {viewBox: '0 0 600 48', class: 'claim-svg', role: 'img',
      'aria-label': figure + ': ' + values.length + ' claim(s), reconciled ' + range(r)}, ...parts));
}

export function failed(error) {
  fill(document.getElementById('strike-detail'), empty('Strikes unavailable: ' + error.message));
}
