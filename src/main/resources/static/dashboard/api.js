// The public API, from the page's own origin. A key, when one is needed, is kept in sessionStorage
// (this tab only) and sent in X-API-Key; it never goes into the URL.

const KEY = 'conflict-ledger.api-key';

export class ApiError extends Error {
  constructor(status, problem) {
    super((problem && (problem.detail || problem.title)) || 'HTTP ' + status);
    this.status = status;
    this.problem = problem;
  }
}

export function key() {
  try {
    return sessionStorage.getItem(KEY);
  } catch (e) {
    return null;
  }
}

export function setKey(value) {
  if (value) sessionStorage.setItem(KEY, value);
  else sessionStorage.removeItem(KEY);
}

let onUnauthorized = () => {};

/** Called with the problem when a read answers 401 (the page then asks for a key). */
export function whenUnauthorized(callback) {
  onUnauthorized = callback;
}

function headers(accept) {
  const h = {Accept: accept};
  const k = key();
  if (k) h['X-API-Key'] = k;
  return h;
}

/** GET path?params as JSON; params with empty values are left out. */
export async function get(path, params = {}, {signal} = {}) {
  const response = await fetch(url(path, params), {headers: headers('application/json'), signal});
  const type = response.headers.get('Content-Type') || '';
  const body = type.includes('json') ? await response.json() : null;
  if (!response.ok) {
    if (response.status === 401) onUnauthorized(body);
    throw new ApiError(response.status, body);
  }
  return body;
}

/** Downloads path?params (CSV, GeoJSON) through the page, with the key header, as a file. */
export async function download(path, params, accept, filename) {
  const response = await fetch(url(path, params), {headers: headers(accept)});
  if (!response.ok) {
    if (response.status === 401) onUnauthorized(null);
    throw new ApiError(response.status, null);
  }
  const blob = await response.blob();
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 10000);
}

export function url(path, params = {}) {
  const q = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') q.set(name, value);
  }
  const text = q.toString();
  return path + (text ? '?' + text : '');
}
