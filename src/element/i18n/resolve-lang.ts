/** The languages the widget speaks; English is the source and the fallback. */
export const LANGUAGES = ['en', 'zh-Hans', 'es'] as const;
export type Language = (typeof LANGUAGES)[number];

/**
 * The `lang` that applies to `el`: its own, then the nearest ancestor's (across shadow roots, so a widget inside
 * another component inherits the host page's), then the document's; '' when none is set.
 */
export function inheritedLang(el: Element): string {
  for (let node: Element | null = el; node;) {
    const owner: Element | null = node.closest('[lang]');
    if (owner) return owner.getAttribute('lang') ?? '';
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return el.ownerDocument.documentElement.getAttribute('lang') ?? '';
}

/**
 * The supported language for a BCP 47 tag: `en*` → en, `es*` → es, Simplified Chinese (`zh`, `zh-Hans*`, `zh-CN`,
 * `zh-SG`, `zh-MY`) → zh-Hans; undefined for anything else, including Traditional Chinese (`zh-Hant`, `zh-TW`,
 * `zh-HK`, `zh-MO`), which the simplified text does not serve. An empty tag is English.
 */
export function supportedLanguage(tag: string): Language | undefined {
  const parts = tag.trim().toLowerCase().split(/[-_]/);
  const [primary = '', second = ''] = parts;
  if (primary === '' || primary === 'en') return 'en';
  if (primary === 'es') return 'es';
  if (primary !== 'zh') return undefined;
  if (parts.includes('hant') || ['tw', 'hk', 'mo'].includes(second)) return undefined;
  return 'zh-Hans';
}
