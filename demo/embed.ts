import '../src/index.ts';
import { acceptCommands, commandOrigin, postHeight } from './embed-messages.ts';
import { applyState, EXTRA_KEYS, keepStateInUrl, STATE_KEYS } from './url-state.ts';

// The whole state is in the URL, so a link or an LMS iframe reproduces the view. This file is built as one
// classic script inlined into embed.html (see scripts/build.mjs): a sandboxed frame has origin `null`, and a
// module script would need CORS headers from the server.
function start(): void {
  const el = document.querySelector('liver-intervention');
  if (!el) return;
  applyState(el, location.search, [...STATE_KEYS, ...EXTRA_KEYS]);
  keepStateInUrl(el);
  postHeight();
  const origin = commandOrigin(location.search);
  if (origin) acceptCommands(el, origin);
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
else start();
