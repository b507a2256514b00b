// The provisioning API with the operator's bearer token (kept in this tab's sessionStorage).
const KEY = "hss-console-token";

export function token() {
  return sessionStorage.getItem(KEY);
}

export function setToken(value) {
  sessionStorage.setItem(KEY, value);
}

export function forgetToken() {
  sessionStorage.removeItem(KEY);
}

let onUnauthorized = () => {};

export function whenUnauthorized(handler) {
  onUnauthorized = handler;
}

/** {status, body}: body is the parsed JSON answer, or null. A 401 sends the user to the login. */
export async function call(method, path, body, contentType = "application/json") {
  const headers = {};
  const t = token();
  if (t) headers["Authorization"] = "Bearer " + t;
  const init = { method, headers };
  if (body !== undefined) {
    headers["Content-Type"] = contentType;
    init.body = typeof body === "string" ? body : JSON.stringify(body);
  }
  const response = await fetch(path, init);
  let parsed = null;
  const text = await response.text();
  if (text) {
    try {
      parsed = JSON.parse(text);
    } catch (e) {
      parsed = { text };
    }
  }
  if (response.status === 401) onUnauthorized();
  return { status: response.status, body: parsed };
}

/** The API's errors as "field: reason" lines. */
export function errorText(body) {
  if (!body || !Array.isArray(body.errors)) return "unexpected answer";
  return body.errors.map((e) => (e.field ? e.field + ": " : "") + e.reason).join("; ");
}
