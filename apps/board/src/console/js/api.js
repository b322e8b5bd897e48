// JSON calls to the board API with the session cookie. A 401 sends the user back to the login form.

export class ApiError extends Error {
  constructor(status, message, body) {
    super(message);
    this.status = status;
    this.body = body;
  }
}

export async function api(path, { method = 'GET', body, headers = {} } = {}) {
  const res = await fetch(path, {
    method,
    credentials: 'same-origin',
    headers: { ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  let data;
  try {
    data = text ? JSON.parse(text) : undefined;
  } catch {
    data = undefined;
  }
  if (!res.ok) {
    const message = Array.isArray(data?.message) ? data.message.join('; ') : (data?.message ?? `HTTP ${res.status}`);
    if (res.status === 401 && !path.startsWith('/v1/auth/')) window.dispatchEvent(new CustomEvent('board:unauthorized'));
    throw new ApiError(res.status, message, data);
  }
  return data;
}
