// Requests several panels share (one per render, through ctx.load), and sums over statistics buckets.

export const FIGURES = ['launched', 'intercepted', 'suppressed', 'hit', 'killed', 'wounded'];

/** Statistics of the filter's strikes per bucket of the view (optionally grouped). */
export function stats(ctx, groupBy, bucket = ctx.view.bucket) {
  const params = {...ctx.filter, bucket, tz: ctx.view.tz};
  if (groupBy) params.groupBy = groupBy;
  return ctx.load('stats ' + bucket + ' ' + (groupBy || ''), () => ctx.api.get('/api/v1/stats/strikes', params));
}

/** The strike table's page; its total is the headline's strike count. */
export function strikePage(ctx) {
  return ctx.load('strikes', () => ctx.api.get('/api/v1/strikes', {...ctx.filter, size: 20, page: ctx.view.page,
    sort: ctx.view.sort}));
}

/** Cease-fires whose lifetime overlaps the window. */
export function ceasefires(ctx) {
  return ctx.load('ceasefires', () => ctx.api.get('/api/v1/ceasefires', {from: ctx.filter.from, to: ctx.filter.to,
    size: 100, sort: 'proposedAt'}));
}

/** Negotiation events in the window, in time order. */
export function negotiations(ctx) {
  return ctx.load('negotiations', () => ctx.api.get('/api/v1/negotiations', {from: ctx.filter.from,
    to: ctx.filter.to, size: 500, sort: 'occurredAt'}));
}

/** {low, best, high} summed over figures (null entries skipped); high null when any is unbounded; null when none. */
export function add(...sums) {
  const present = sums.filter(Boolean);
  if (!present.length) return null;
  return present.reduce((a, b) => ({low: a.low + b.low, best: a.best + b.best,
    high: a.high === null || b.high === null ? null : a.high + b.high}));
}

/** The sum of one figure over buckets. */
export function total(buckets, figure) {
  return add(...buckets.map(b => b[figure]));
}

/** Intercepted plus suppressed: what was stopped. */
export function stopped(bucket) {
  return add(bucket.intercepted, bucket.suppressed);
}

/** (intercepted + suppressed) / launched on best figures, as the API computes it. */
export function rate(launched, stop) {
  if (!launched || !launched.best) return null;
  return (stop ? stop.best : 0) / launched.best;
}

/** Buckets grouped: Map group -> buckets. */
export function byGroup(buckets) {
  const groups = new Map();
  for (const b of buckets) {
    const key = b.group ?? '(none)';
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key).push(b);
  }
  return groups;
}

export const SCOPE_COLOURS = {
  COMPREHENSIVE: '#4e79a7', ENERGY_INFRASTRUCTURE: '#f28e2b', MARITIME: '#76b7b2', HUMANITARIAN_CORRIDOR: '#59a14f',
  LOCAL: '#edc948', HOLIDAY: '#b07aa1',
};

export const STATUS_COLOURS = {
  PROPOSED: '#c9d3df', AGREED: '#9fb7d6', IN_FORCE: '#2e8b57', SUSPENDED: '#e6a23c', EXPIRED: '#a0a0a0',
  COLLAPSED: '#c0392b', REJECTED: '#8e44ad', WITHDRAWN: '#7f8c8d',
};
