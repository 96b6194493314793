import { readFileSync } from 'node:fs';
// The strict policy the widget must run under (README, "Content Security
// Policy"), served with the CSP test pages, and a recorder injected into them.
export const STRICT_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "require-trusted-types-for 'script'",
  'trusted-types lit-html',
].join('; ');

/**
 * The strict policy plus the embed page's own inline script and style, allowed by the hashes the build
 * writes to dist-demo/embed-csp.json (the one-file embed page inlines them so a sandboxed frame needs no CORS).
 */
function embedPolicy() {
  const extra = JSON.parse(readFileSync('dist-demo/embed-csp.json', 'utf8'));
  return STRICT_CSP.split('; ')
    .map((d) => {
      const name = d.split(' ')[0];
      return extra[name]?.length ? `${d} ${extra[name].join(' ')}` : d;
    })
    .join('; ');
}

const RECORDER = '<script src="/test-dist/csp/record-violations.js"></script>';

/** Serves the CSP test page and the built demo pages under STRICT_CSP, recording violations. */
export function strictCspMiddleware() {
  return async (ctx, next) => {
    await next();
    const page = ctx.path.startsWith('/test-dist/csp/') || ctx.path.startsWith('/dist-demo/');
    if (!page || !ctx.response.is('html')) return;
    ctx.set('Content-Security-Policy', ctx.path.endsWith('/embed.html') ? embedPolicy() : STRICT_CSP);
    const body = typeof ctx.body === 'string' ? ctx.body : await streamText(ctx.body);
    ctx.body = body.replace(/<head>/i, `<head>${RECORDER}`);
  };
}

async function streamText(body) {
  if (Buffer.isBuffer(body)) return body.toString('utf8');
  const chunks = [];
  for await (const chunk of body) chunks.push(Buffer.from(chunk));
  return Buffer.concat(chunks).toString('utf8');
}
