/**
 * A real newsletter endpoint for the browser tests, mounted in Web Test Runner's dev server next to
 * feed-server.js. `<newsletter-signup>` posts to it with fetch as it would to a partner's service;
 * nothing in the widget is mocked.
 *
 *   POST /api/newsletter?key=K&mode=M[&delay=ms][&message=text][&type=json|text|html]
 *     key      records every post under K (see /api/newsletter/posts)
 *     mode     ok    200 `{ "ok": true }`
 *              4xx   422 with a message: JSON `{ "message": … }` (type=json, the default), text/plain
 *                    (type=text) or an HTML page (type=html); `message` sets its text
 *              5xx   503 with a technical text/plain body that readers must never see
 *              slow  waits `delay` ms (default 3000), then 200
 *   GET /api/newsletter/posts?key=K -> [{ method, contentType, accept, body, email, fields }]
 */

const posts = new Map();

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** The raw request body as text (the dev server has no body parser). */
async function bodyOf(request) {
  const chunks = [];
  for await (const chunk of request) chunks.push(chunk);
  return Buffer.concat(chunks).toString('utf8');
}

export async function newsletterServer(ctx, next) {
  const url = new URL(ctx.url, 'http://localhost');
  if (url.pathname === '/api/newsletter/posts') {
    ctx.type = 'application/json';
    ctx.body = JSON.stringify(posts.get(url.searchParams.get('key')) ?? []);
    return;
  }
  if (url.pathname !== '/api/newsletter') return next();
  const q = url.searchParams;
  if (ctx.method !== 'POST') {
    ctx.status = 405;
    ctx.set('Allow', 'POST');
    return;
  }
  const body = await bodyOf(ctx.req);
  const fields = Object.fromEntries(new URLSearchParams(body));
  const key = q.get('key') ?? 'default';
  posts.set(key, [
    ...(posts.get(key) ?? []),
    { method: ctx.method, contentType: ctx.get('Content-Type'), accept: ctx.get('Accept'), body, email: fields.email, fields },
  ]);
  const mode = q.get('mode') ?? 'ok';
  if (mode === 'slow') await sleep(Number(q.get('delay') ?? 3000));
  if (mode === '4xx') {
    const message = q.get('message') ?? 'This address is already subscribed.';
    ctx.status = 422;
    if (q.get('type') === 'text') {
      ctx.type = 'text/plain; charset=utf-8';
      ctx.body = message;
    } else if (q.get('type') === 'html') {
      ctx.type = 'text/html; charset=utf-8';
      ctx.body = `<!DOCTYPE html><title>422</title><p>${message}</p>`;
    } else {
      ctx.type = 'application/json';
      ctx.body = JSON.stringify({ message });
    }
    return;
  }
  if (mode === '5xx') {
    ctx.status = 503;
    ctx.type = 'text/plain';
    ctx.body = 'upstream mailer: connection pool exhausted (db-7)';
    return;
  }
  ctx.type = 'application/json';
  ctx.body = JSON.stringify({ ok: true });
}
