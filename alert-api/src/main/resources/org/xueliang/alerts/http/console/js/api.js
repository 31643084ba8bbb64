// The server's HTTP API: bearer token, JSON in and out, Problem+JSON turned into ApiError.

/** A failed request: the HTTP status and the problem document's title, detail and field errors. */
export class ApiError extends Error {
  constructor(status, problem) {
    super((problem && (problem.detail || problem.title)) || `request failed with status ${status}`);
    this.status = status;
    this.problem = problem || {};
    this.errors = (problem && problem.errors) || [];
  }
}

let token = null;
let unauthorized = () => {};

export function setToken(value) {
  token = value;
}

export function getToken() {
  return token;
}

/** Called when the server refuses the token, so that the console asks to sign in again. */
export function onUnauthorized(handler) {
  unauthorized = handler;
}

async function problemOf(response) {
  try {
    return await response.json();
  } catch {
    return null;
  }
}

/** A fetch with the bearer token; the raw Response when `raw` is set, else the parsed JSON body. */
export async function api(path, { method = 'GET', body, raw = false, open = false } = {}) {
  const headers = {};
  if (token && !open) headers.Authorization = `Bearer ${token}`;
  const init = { method, headers };
  if (body !== undefined) {
    headers['Content-Type'] = 'application/json';
    init.body = JSON.stringify(body);
  }
  const response = await fetch(path, init);
  if (response.status === 401 && !open) unauthorized();
  if (!response.ok) throw new ApiError(response.status, await problemOf(response));
  if (raw) return response;
  if (response.status === 204) return null;
  const type = response.headers.get('Content-Type') || '';
  return type.includes('json') ? response.json() : response.text();
}

/** An object URL of an image the API serves (img elements cannot send the bearer token). */
export async function imageUrl(path) {
  const response = await api(path, { raw: true });
  return URL.createObjectURL(await response.blob());
}

/** The WebSocket URL of an API route, with the token as the query parameter the server accepts. */
export function socketUrl(path) {
  const scheme = location.protocol === 'https:' ? 'wss://' : 'ws://';
  const join = path.includes('?') ? '&' : '?';
  return `${scheme}${location.host}${path}${join}token=${encodeURIComponent(token)}`;
}
