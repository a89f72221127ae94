/** GET or POST JSON on the same origin; the session cookie goes along by itself (HttpOnly, SameSite=Strict). */
export async function api(path, body) {
  const init = body === undefined ? {} : { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) };
  const response = await fetch(path, { credentials: 'same-origin', ...init });
  const data = await response.json().catch(() => ({ error: 'bad-response', reason: `HTTP ${response.status}` }));
  return { ok: response.ok, status: response.status, data };
}
