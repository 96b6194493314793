import { _installMsgImplementation } from '@lit/localize/init/install.js';
import { runtimeMsg } from '@lit/localize/internal/runtime-msg.js';
import type { MsgFn, TemplateMap } from '@lit/localize/internal/types.js';

/**
 * The interface text of one language: lit-localize's generated templates (runtime mode), or a function that makes
 * each message from the English one (a pseudo-locale). English has neither.
 */
export interface UiText {
  readonly templates?: TemplateMap;
  readonly wrap?: (english: string) => string;
}

let active: UiText | undefined;

// lit-localize's runtime mode has one language per page; several widgets may each have their own, so `msg()` reads
// the language of the widget that is rendering now (renders are synchronous).
_installMsgImplementation(((template, options) => {
  const wrap = active?.wrap;
  if (wrap && typeof template === 'string') return wrap(template);
  if (wrap && typeof template !== 'string' && 'strTag' in template) {
    // Each written part on its own, so the values put in (names, numbers) are checked as themselves.
    const parts = template.strings.map((part) => (part ? wrap(part) : part));
    return parts.reduce((all, part, i) => `${all}${String(template.values[i - 1])}${part}`);
  }
  return runtimeMsg(active?.templates, template, options);
}) as MsgFn);

/** Runs `make` with `msg()` answering in `text`'s language (English when undefined); returns what it made. */
export function inLanguage<T>(text: UiText | undefined, make: () => T): T {
  const before = active;
  active = text;
  try {
    return make();
  } finally {
    active = before;
  }
}
