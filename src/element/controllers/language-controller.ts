import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { type Catalogue, ENGLISH } from '../i18n/catalogue.js';
import { languageOf, loadCatalogue } from '../i18n/languages.js';
import { LANGUAGES, inheritedLang, isTraditionalChinese } from '../i18n/resolve-lang.js';
import { warnOnce } from '../read-choice.js';

/**
 * The widget's language: its own `lang`, else the nearest ancestor's, else the document's, else English. An unknown
 * tag means English, with one warning; a Traditional Chinese tag means Simplified Chinese, with one warning. Follows changes of its own and the document's `lang`; the new language's
 * text loads before it is shown, and `changed` runs once it is there.
 */
export class LanguageController implements ReactiveController {
  /** The language shown: `en`, `zh-Hans`, `es`, or a registered tag. */
  language = 'en';
  catalogue: Catalogue = ENGLISH;
  /** Set while a language's text is loading. */
  pending?: Promise<void>;
  private readonly observer = new MutationObserver(() => this.resolve());

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly warned: Set<string>,
    private readonly changed: () => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.observer.observe(this.host, { attributes: true, attributeFilter: ['lang'] });
    this.observer.observe(this.host.ownerDocument.documentElement, { attributes: true, attributeFilter: ['lang'] });
    this.resolve();
  }

  hostDisconnected(): void {
    this.observer.disconnect();
  }

  /** Looks up the `lang` that applies now and switches to it. */
  resolve(): void {
    const tag = inheritedLang(this.host);
    let language = languageOf(tag);
    if (language === undefined) {
      warnOnce(this.warned, 'lang', tag, `using "en". Allowed: ${LANGUAGES.join(', ')} (and their regional tags).`);
      language = 'en';
    } else if (isTraditionalChinese(tag) && !this.warned.has(`lang=${tag}`)) {
      this.warned.add(`lang=${tag}`);
      console.warn(`<liver-intervention>: no Traditional Chinese text yet for lang "${tag}"; using "zh-Hans".`);
    }
    if (language === this.language && !this.pending) return;
    const wanted = language;
    const pending: Promise<void> = loadCatalogue(wanted).then((catalogue) => {
      if (this.pending !== pending) return;
      this.pending = undefined;
      this.language = wanted;
      this.catalogue = catalogue;
      this.changed();
    });
    this.pending = pending;
  }
}
