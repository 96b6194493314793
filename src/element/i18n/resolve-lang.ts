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
 * Whether a tag asks for Traditional Chinese (`zh-Hant*`, `zh-TW`, `zh-HK`, `zh-MO`). There is no Traditional text
 * yet; its readers get the Simplified text, which they read far more easily than English.
 */
export function isTraditionalChinese(tag: string): boolean {
  const parts = tag.trim().toLowerCase().split(/[-_]/);
  return parts[0] === 'zh' && (parts.includes('hant') || ['tw', 'hk', 'mo'].includes(parts[1] ?? ''));
}

/**
 * The supported language for a BCP 47 tag: `en*` → en, `es*` → es, any Chinese tag → zh-Hans (Traditional too, see
 * isTraditionalChinese); undefined for anything else. An empty tag is English.
 */
export function supportedLanguage(tag: string): Language | undefined {
  const [primary = ''] = tag.trim().toLowerCase().split(/[-_]/);
  if (primary === '' || primary === 'en') return 'en';
  if (primary === 'es') return 'es';
  return primary === 'zh' ? 'zh-Hans' : undefined;
}
