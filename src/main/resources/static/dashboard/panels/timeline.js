// The main time chart: launched and stopped per bucket, each best figure as a line inside its low–high
// band; cease-fires in force as shaded periods coloured by scope; negotiation events as markers.
// Brushing a range sets from/to for every panel.
import {escapeHtml, fill, number, range} from '../dom.js';
import {addDays, dayOf} from '../state.js';
import {ceasefires, negotiations, SCOPE_COLOURS, stats, stopped} from './data.js';
import {chart} from './charts.js';

let navigateTo = null;
let tz = 'UTC';
let brushArmed = false;

export async function render(ctx) {
  navigateTo = ctx.navigate;
  tz = ctx.view.tz;
  const [series, cfs, talks] = await Promise.all([stats(ctx), ceasefires(ctx), negotiations(ctx)]);
  document.getElementById('timeline-bucket').textContent = ctx.view.bucket;
  const buckets = series.buckets;
  const point = (b, f) => [Date.parse(b.start), f ? f.best : null];
  const lows = (f) => buckets.map(b => [Date.parse(b.start), f(b) ? f(b).low : null]);
  const spans = (f) => buckets.map(b => {
    const v = f(b);
    return [Date.parse(b.start), v ? (v.high ?? v.best) - v.low : null];
  });
  const launched = b => b.launched;
  const stop = b => stopped(b);

  const areas = [];
  for (const cf of cfs.items) {
    for (const interval of cf.inForce) {
      const from = Math.max(Date.parse(interval.from), ctx.fromMs);
      const until = Math.min(interval.until ? Date.parse(interval.until) : ctx.toMs, ctx.toMs);
      if (from < until) {
        areas.push([{xAxis: from, name: cf.name, itemStyle: {color: SCOPE_COLOURS[cf.scope] || '#999', opacity: 0.15}},
          {xAxis: until}]);
      }
    }
  }
  const events = talks.items.map(n => ({value: [Date.parse(n.occurredAt), 1], name: n.title || n.kind,
    kind: n.kind, track: n.trackName}));

  const c = chart('timeline-chart');
  c.setOption({
    animation: false,
    aria: {enabled: true},
    grid: [{left: 56, right: 24, top: 36, bottom: 56}],
    legend: {top: 0, data: ['Launched', 'Stopped', 'Negotiation event']},
    tooltip: {trigger: 'axis', confine: true, formatter: params => tooltip(params, buckets)},
    xAxis: [{type: 'time', min: ctx.fromMs, max: ctx.toMs}],
    yAxis: [{type: 'value', name: 'weapons', min: 0}, {type: 'value', min: 0, max: 1, show: false}],
    brush: {xAxisIndex: 0, brushType: 'lineX', brushMode: 'single', transformable: false, throttleType: 'debounce',
      removeOnClick: true, outOfBrush: {colorAlpha: 0.4}},
    toolbox: {show: false, feature: {brush: {type: ['lineX']}}},
    series: [
      {name: 'Launched low', type: 'line', data: lows(launched), stack: 'launched', symbol: 'none',
        lineStyle: {opacity: 0}, silent: true, connectNulls: false},
      {name: 'Launched range', type: 'line', data: spans(launched), stack: 'launched', symbol: 'none',
        lineStyle: {opacity: 0}, areaStyle: {color: '#d62728', opacity: 0.18}, silent: true},
      {name: 'Launched', type: 'line', data: buckets.map(b => point(b, b.launched)), symbol: 'circle', symbolSize: 4,
        itemStyle: {color: '#d62728'}, markArea: {silent: true, label: {show: true, position: 'insideTop',
          fontSize: 10, color: '#444'}, data: areas}},
      {name: 'Stopped low', type: 'line', data: lows(stop), stack: 'stopped', symbol: 'none', lineStyle: {opacity: 0},
        silent: true},
      {name: 'Stopped range', type: 'line', data: spans(stop), stack: 'stopped', symbol: 'none',
        lineStyle: {opacity: 0}, areaStyle: {color: '#1f77b4', opacity: 0.18}, silent: true},
      {name: 'Stopped', type: 'line', data: buckets.map(b => point(b, stop(b))), symbol: 'circle', symbolSize: 4,
        itemStyle: {color: '#1f77b4'}},
      {name: 'Negotiation event', type: 'scatter', yAxisIndex: 1, data: events, symbol: 'diamond', symbolSize: 11,
        itemStyle: {color: '#6a3d9a'}},
    ],
  }, {notMerge: true});
  // the brush cursor is taken when a pointer first comes over the chart, not here: taking it redraws the
  // whole chart once more, a cost every render paid before anyone brushed
  brushArmed = false;
  const node = document.getElementById('timeline-chart');
  if (!node.dataset.brushListener) {
    node.dataset.brushListener = 'true';
    node.addEventListener('pointerenter', () => {
      if (brushArmed) return;
      brushArmed = true;
      chart('timeline-chart').dispatchAction({type: 'takeGlobalCursor', key: 'brush',
        brushOption: {brushType: 'lineX', brushMode: 'single'}});
    });
  }
  c.off('brushEnd');
  c.on('brushEnd', event => {
    const area = event.areas && event.areas[0];
    if (!area || !area.coordRange) return;
    const [a, b] = area.coordRange;
    const from = dayOf(a, tz);
    const to = addDays(dayOf(b, tz), 1);
    if (from < to) navigateTo({from, to}, {keepSelection: false});
  });
  summarise(buckets, cfs.items, talks.items, ctx);
}

function tooltip(params, buckets) {
  const at = params[0] && params[0].value && params[0].value[0];
  const bucket = buckets.find(b => Date.parse(b.start) === at);
  const lines = [];
  if (bucket) {
    lines.push(escapeHtml(bucket.local) + ': ' + bucket.strikes + ' strike(s)');
    lines.push('Launched ' + escapeHtml(range(bucket.launched)));
    lines.push('Stopped ' + escapeHtml(range(stopped(bucket))));
  }
  for (const p of params) {
    if (p.seriesName === 'Negotiation event') lines.push('◆ ' + escapeHtml(p.data.name) + ' (' + escapeHtml(p.data.kind) + ')');
  }
  return lines.join('<br>');
}

function summarise(buckets, cfs, talks, ctx) {
  const text = [];
  if (!buckets.length) {
    text.push('No strikes match the filters in this period.');
  } else {
    const peak = buckets.reduce((a, b) => ((b.launched?.best ?? 0) > (a.launched?.best ?? 0) ? b : a));
    text.push(buckets.length + ' ' + ctx.view.bucket + '(s) with strikes; the most launched in one '
      + ctx.view.bucket + ' was ' + (peak.launched ? range(peak.launched) : 'not stated') + ' on ' + peak.local + '.');
  }
  const inForce = cfs.filter(cf => cf.inForce.length);
  text.push(inForce.length ? 'Cease-fires in force: ' + inForce.map(cf => cf.name).join('; ') + '.'
    : 'No cease-fire was in force.');
  text.push(talks.length ? number.format(talks.length) + ' negotiation event(s).' : 'No negotiation events.');
  fill(document.getElementById('timeline-summary'), text.join(' '));
}

export function failed(error) {
  fill(document.getElementById('timeline-summary'), 'The time chart is unavailable: ' + error.message);
}
