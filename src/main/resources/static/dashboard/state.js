// The filter state lives in the URL: from, to (days in tz, to exclusive), tz, bucket, attacker,
// target, weaponCategory, region; plus the chosen cease-fire and strike, and the strike table's
// page and sort. Parsing reports bad parameters and drops them (the defaults apply instead).

export const BUCKETS = ['day', 'week', 'month', 'hour'];
export const WEAPONS = ['DRONE', 'CRUISE_MISSILE', 'BALLISTIC_MISSILE', 'GUIDED_BOMB', 'ARTILLERY', 'MIXED', 'UNKNOWN'];
export const SORTS = ['-startedAt', 'startedAt', '-launched', 'launched', '-killed', 'killed'];
export const DEFAULT_TZ = 'Europe/Kyiv';
export const DEFAULT_DAYS = 90;

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const PARTY = /^[A-Za-z][A-Za-z0-9_-]{0,15}$/;
const REGION_CODE = /^[A-Z]{2}-[0-9A-Z]{1,3}$/;

export function validZone(tz) {
  try {
    new Intl.DateTimeFormat('en', {timeZone: tz});
    return true;
  } catch (e) {
    return false;
  }
}

function validDay(text) {
  if (!DAY.test(text)) return false;
  const [y, m, d] = text.split('-').map(Number);
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** Reads the URL's query into {state, problems}; a bad value is reported and left out. */
export function parse(search) {
  const q = new URLSearchParams(search);
  const state = {};
  const problems = [];
  const take = (name, ok, message, normalise = v => v) => {
    const value = q.get(name);
    if (value === null || value === '') return;
    if (ok(value)) state[name] = normalise(value);
    else problems.push(name + ' "' + value + '" ' + message);
  };
  take('from', validDay, 'is not a day (YYYY-MM-DD)');
  take('to', validDay, 'is not a day (YYYY-MM-DD)');
  take('tz', validZone, 'is not a time zone (e.g. Europe/Kyiv, UTC)');
  take('bucket', v => BUCKETS.includes(v), 'is not one of ' + BUCKETS.join(', '));
  take('attacker', v => PARTY.test(v), 'is not a party code (e.g. RU)', v => v.toUpperCase());
  take('target', v => PARTY.test(v), 'is not a party code (e.g. UA)', v => v.toUpperCase());
  take('weaponCategory', v => WEAPONS.includes(v.toUpperCase()), 'is not one of ' + WEAPONS.join(', '), v => v.toUpperCase());
  take('region', v => v.length <= 200, 'is too long');
  take('ceasefire', v => /^\d{1,18}$/.test(v), 'is not a cease-fire id');
  take('strike', v => /^\d{1,18}$/.test(v), 'is not a strike id');
  take('page', v => /^\d{1,6}$/.test(v), 'is not a page number', Number);
  take('sort', v => SORTS.includes(v), 'is not one of ' + SORTS.join(', '));
  if (state.from && state.to && state.from >= state.to) {
    problems.push('to "' + state.to + '" is not after from "' + state.from + '"');
    delete state.from;
    delete state.to;
  }
  return {state, problems};
}

/** The query string of a state, parameters in a fixed order, empty ones left out. */
export function serialize(state) {
  const q = new URLSearchParams();
  for (const name of ['from', 'to', 'tz', 'bucket', 'attacker', 'target', 'weaponCategory', 'region', 'ceasefire',
    'strike', 'sort', 'page']) {
    const value = state[name];
    if (value !== undefined && value !== null && value !== '' && !(name === 'page' && value === 0)) q.set(name, value);
  }
  const text = q.toString();
  return text ? '?' + text : '';
}

// --- days in a time zone ---------------------------------------------------------------

// formatters per zone, made once: each new Intl.DateTimeFormat costs far more than a format
const formatters = new Map();

function formatter(kind, tz) {
  const key = kind + ' ' + tz;
  if (!formatters.has(key)) {
    formatters.set(key, kind === 'parts'
      ? new Intl.DateTimeFormat('en-US', {timeZone: tz, hourCycle: 'h23', year: 'numeric', month: '2-digit',
        day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit'})
      : new Intl.DateTimeFormat('en-CA', {timeZone: tz, year: 'numeric', month: '2-digit', day: '2-digit'}));
  }
  return formatters.get(key);
}

function offsetMillis(instant, tz) {
  const parts = formatter('parts', tz).formatToParts(new Date(instant));
  const get = type => Number(parts.find(p => p.type === type).value);
  const local = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  return local - Math.floor(instant / 1000) * 1000;
}

/** The instant (ms) at which the day "YYYY-MM-DD" starts in tz. */
export function startOfDay(day, tz) {
  const [y, m, d] = day.split('-').map(Number);
  const utc = Date.UTC(y, m - 1, d);
  let guess = utc - offsetMillis(utc, tz);
  guess = utc - offsetMillis(guess, tz);
  return guess;
}

/** The day "YYYY-MM-DD" in tz that holds the instant (ms). */
export function dayOf(instant, tz) {
  return formatter('day', tz).format(new Date(instant));
}

/** "YYYY-MM-DD" plus n days (calendar arithmetic, zone-free). */
export function addDays(day, n) {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + n)).toISOString().slice(0, 10);
}

export function iso(ms) {
  return new Date(ms).toISOString().replace('.000Z', 'Z');
}

/** Days between two "YYYY-MM-DD" (b - a). */
export function daysBetween(a, b) {
  return Math.round((Date.parse(b + 'T00:00:00Z') - Date.parse(a + 'T00:00:00Z')) / 86400000);
}
