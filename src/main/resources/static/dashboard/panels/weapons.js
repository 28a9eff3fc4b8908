// Weapons: volume and interception rate by weapon category, and attack sizes (strikes with < 10,
// 10–49, 50–99 and ≥ 100 launched, best figure; those without a launched figure counted apart).
import {fill, number, percent} from '../dom.js';
import {add, byGroup, rate, stats, stopped, total} from './data.js';
import {chart} from './charts.js';

export async function render(ctx) {
  const [byWeapon, sizes] = await Promise.all([
    stats(ctx, 'weaponCategory', 'month'),
    ctx.load('sizes', () => ctx.api.get('/api/v1/stats/strikes/sizes', {...ctx.filter})),
  ]);
  const rows = [...byGroup(byWeapon.buckets)].map(([category, buckets]) => {
    const launched = total(buckets, 'launched');
    const stop = add(...buckets.map(stopped));
    return {category, strikes: buckets.reduce((n, b) => n + b.strikes, 0), launched, stop, rate: rate(launched, stop)};
  }).sort((a, b) => (b.launched?.best ?? 0) - (a.launched?.best ?? 0));
  const categories = rows.map(r => r.category.replaceAll('_', ' ').toLowerCase());
  chart('weapons-chart').setOption({
    animation: false,
    aria: {enabled: true},
    grid: {left: 110, right: 48, top: 28, bottom: 24},
    legend: {top: 0, data: ['Launched', 'Stopped', 'Interception rate']},
    tooltip: {trigger: 'axis', confine: true},
    yAxis: {type: 'category', data: categories, inverse: true},
    xAxis: [{type: 'value', min: 0}, {type: 'value', min: 0, max: 100, show: false}],
    series: [
      {name: 'Launched', type: 'bar', data: rows.map(r => r.launched?.best ?? 0), itemStyle: {color: '#d62728'}},
      {name: 'Stopped', type: 'bar', data: rows.map(r => r.stop?.best ?? 0), itemStyle: {color: '#1f77b4'}},
      {name: 'Interception rate', type: 'scatter', xAxisIndex: 1, symbolSize: 10,
        data: rows.map(r => r.rate === null ? null : +(r.rate * 100).toFixed(1)), itemStyle: {color: '#111'}},
    ],
  }, {notMerge: true});
  fill(document.getElementById('weapons-summary'), rows.length
    ? rows.map(r => r.category.replaceAll('_', ' ').toLowerCase() + ': ' + number.format(r.strikes) + ' strike(s), '
      + (r.launched ? number.format(r.launched.best) + ' launched, ' + percent(r.rate) + ' stopped' : 'launched not stated'))
      .join('; ') + '.'
    : 'No strikes match the filters in this period.');

  chart('sizes-chart').setOption({
    animation: false,
    aria: {enabled: true},
    grid: {left: 56, right: 16, top: 16, bottom: 24},
    tooltip: {trigger: 'axis', confine: true},
    xAxis: {type: 'category', data: [...sizes.classes.map(c => c.label), 'not stated']},
    yAxis: {type: 'value', min: 0, minInterval: 1, name: 'strikes'},
    series: [{name: 'Strikes', type: 'bar', data: [...sizes.classes.map(c => c.strikes), sizes.withoutLaunched],
      itemStyle: {color: '#8c564b'}}],
  }, {notMerge: true});
  fill(document.getElementById('sizes-summary'), 'Attack sizes (launched, best figure): '
    + sizes.classes.map(c => c.label + ': ' + number.format(c.strikes)).join(', ')
    + '; without a launched figure: ' + number.format(sizes.withoutLaunched) + ' (of ' + number.format(sizes.total) + ').');
}

export function failed(error) {
  fill(document.getElementById('weapons-summary'), 'Weapons unavailable: ' + error.message);
}
