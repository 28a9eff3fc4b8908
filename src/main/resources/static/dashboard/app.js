// The dashboard: reads the filter state from the URL, works out the window's instants in the chosen
// zone, and lets every panel render from the public API. <html data-ready="true"> marks the moment
// the current URL's render is complete; it is removed while a new URL's data loads.
import * as api from './api.js';
import {addDays, dayOf, DEFAULT_DAYS, DEFAULT_TZ, iso, parse, serialize, startOfDay} from './state.js';
import * as filters from './panels/filters.js';
import * as headline from './panels/headline.js';
import * as timeline from './panels/timeline.js';
import * as ceasefires from './panels/ceasefires.js';
import * as compliance from './panels/compliance.js';
import * as negotiations from './panels/negotiations.js';
import * as map from './panels/map.js';
import * as weapons from './panels/weapons.js';
import * as strikes from './panels/strikes.js';
import * as queue from './panels/queue.js';

const PANELS = [headline, timeline, ceasefires, compliance, negotiations, map, weapons, strikes, queue];
const REFRESH_MS = 60_000;
const root = document.documentElement;
let generation = 0;

/** The view of the current URL: the state with defaults filled in, and what the API is sent. */
async function resolve() {
  const {state, problems} = parse(location.search);
  const view = {...state, tz: state.tz || DEFAULT_TZ, bucket: state.bucket || 'day', page: state.page || 0,
    sort: state.sort || '-startedAt'};
  if (!view.from || !view.to) {
    if (view.from) view.to = addDays(view.from, DEFAULT_DAYS);
    else if (view.to) view.from = addDays(view.to, -DEFAULT_DAYS);
    else {
      // the last 90 days of data: from the newest strike's day minus 89 days to the end of that day
      const newest = await api.get('/api/v1/strikes', {size: 1, sort: '-startedAt'});
      const last = newest.items.length ? dayOf(Date.parse(newest.items[0].startedAt), view.tz) : dayOf(Date.now(), view.tz);
      view.from = addDays(last, 1 - DEFAULT_DAYS);
      view.to = addDays(last, 1);
    }
  }
  const fromMs = startOfDay(view.from, view.tz);
  const toMs = startOfDay(view.to, view.tz);
  const region = view.region || '';
  const filter = {
    attacker: view.attacker, target: view.target, weaponCategory: view.weaponCategory,
    // the region filter holds an oblast's ISO 3166-2 code (UA-63) or, typed by hand, a region's name
    regionCode: /^[A-Z]{2}-[0-9A-Z]{1,3}$/.test(region) ? region : undefined,
    region: /^[A-Z]{2}-[0-9A-Z]{1,3}$/.test(region) ? undefined : region || undefined,
    from: iso(fromMs), to: iso(toMs),
  };
  return {view, problems, fromMs, toMs, filter};
}

function context(resolved) {
  const cache = new Map();
  return {
    ...resolved,
    api,
    /** One request per key and render, shared by the panels that need the same answer. */
    load(key, fetcher) {
      if (!cache.has(key)) cache.set(key, fetcher());
      return cache.get(key);
    },
    navigate,
  };
}

/** Moves to a new state (a new history entry unless replace) and renders it. */
export function navigate(changes, {replace = false, keepSelection = true} = {}) {
  const {state} = parse(location.search);
  const next = {...state, ...changes};
  if (!keepSelection) {
    delete next.strike;
    next.page = 0;
  }
  for (const [name, value] of Object.entries(next)) if (value === undefined || value === null || value === '') delete next[name];
  const target = location.pathname + serialize(next);
  if (replace) history.replaceState(null, '', target);
  else history.pushState(null, '', target);
  render();
}

let renderStartedAt = 0;

async function render() {
  const mine = ++generation;
  renderStartedAt = generation === 1 ? 0 : performance.now();
  root.removeAttribute('data-ready');
  root.setAttribute('aria-busy', 'true');
  let ctx;
  try {
    ctx = context(await resolve());
  } catch (error) {
    filters.failed(error);
    // without a key the panels cannot load; the review queue still says what it needs
    queue.failed(error);
    if (mine === generation) finish();
    return;
  }
  if (mine !== generation) return;
  filters.render(ctx);
  await Promise.allSettled(PANELS.map(panel => Promise.resolve().then(() => panel.render(ctx)).catch(error => {
    if (panel.failed) panel.failed(error);
  })));
  if (mine === generation) finish();
}

function finish() {
  // milliseconds from the navigation to the end of this render (what bench/dashboard.sh reports)
  root.setAttribute('data-render-ms', String(Math.round(performance.now() - renderStartedAt)));
  root.setAttribute('data-ready', 'true');
  root.removeAttribute('aria-busy');
  performance.mark('dashboard-ready');
  for (const panel of PANELS) if (panel.afterReady) panel.afterReady();
}

function setUpKeys() {
  const form = document.getElementById('key-form');
  const input = document.getElementById('key-input');
  const reason = document.getElementById('key-reason');
  const show = text => {
    form.hidden = false;
    reason.textContent = text || '';
    input.focus();
  };
  document.getElementById('key-button').addEventListener('click', () => show(''));
  api.whenUnauthorized(() => show('This service needs an API key for reads: enter one to see its data.'));
  form.addEventListener('submit', event => {
    event.preventDefault();
    api.setKey(input.value.trim());
    input.value = '';
    form.hidden = true;
    render();
  });
  document.getElementById('key-clear').addEventListener('click', () => {
    api.setKey(null);
    form.hidden = true;
    render();
  });
}

setUpKeys();
strikes.setUpExports();
filters.setUp(navigate);
window.addEventListener('popstate', render);
setInterval(() => {
  if (document.visibilityState === 'visible' && root.getAttribute('data-ready') === 'true') render();
}, REFRESH_MS);
render();
