// Negotiations: one lane per track with its events on the window's time axis, and the events with
// their participants and outcome.
import {el, empty, fill, svg} from '../dom.js';
import {negotiations} from './data.js';
import {lane, scale, title} from './lanes.js';

export async function render(ctx) {
  const events = (await negotiations(ctx)).items;
  const box = document.getElementById('negotiation-lanes');
  if (!events.length) {
    fill(box, empty('No negotiation events in this period.'));
    return;
  }
  const tracks = new Map();
  for (const e of events) {
    const name = e.trackName || 'Without a track';
    if (!tracks.has(name)) tracks.set(name, []);
    tracks.get(name).push(e);
  }
  const x = scale(ctx);
  const rows = [...tracks].map(([name, list]) => el('div', {class: 'track'},
    el('h3', {}, name + ' (' + list.length + ')'),
    lane(20, name + ': ' + list.length + ' event(s)', svg('line', {x1: 0, y1: 10, x2: 1000, y2: 10, class: 'axis'}),
      ...list.map(e => {
        const at = x(Date.parse(e.occurredAt));
        return svg('path', {d: `M${at},2 L${at + 7},10 L${at},18 L${at - 7},10 Z`, class: 'event'},
          title(e.occurredAt.slice(0, 10) + ' ' + e.kind + ': ' + (e.title || '')));
      })),
    el('ul', {class: 'events'}, ...list.map(e => el('li', {},
      el('time', {datetime: e.occurredAt}, e.occurredAt.slice(0, 10)), ' ',
      el('strong', {}, e.title || e.kind.replaceAll('_', ' ').toLowerCase()), ' ',
      el('span', {class: 'tag'}, e.kind.replaceAll('_', ' ').toLowerCase()),
      e.place ? ' · ' + e.place : '',
      e.participants.length ? el('div', {class: 'note'}, 'With ' + e.participants.map(p => p.name
        + (p.party ? ' (' + p.party + ')' : '')).join(', ')) : null,
      e.outcome ? el('div', {class: 'outcome'}, 'Outcome: ' + e.outcome) : null)))));
  fill(box, ...rows);
}

export function failed(error) {
  fill(document.getElementById('negotiation-lanes'), empty('Negotiations unavailable: ' + error.message));
}
