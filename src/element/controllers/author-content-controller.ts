import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { DataError } from '../../model/data-error.js';
import { LIMITS } from '../../model/limits.js';
import { parseJsonText } from '../../model/parse-json-text.js';

/** JSON given by the author in the page, and where it came from (for error messages). */
export interface Authored {
  readonly json: unknown;
  readonly source: string;
}

const SCRIPT = ':scope > script[type="application/json"]';

/**
 * Author content given in the page rather than by property: a procedure in
 * a child `<script type="application/json">`, anatomy files (by file name) in
 * one marked `data-anatomy`, or a procedure at the `src` URL (same origin or
 * CORS). Text past the byte caps or not JSON is reported through `fail`; the
 * last good content stays.
 */
export class AuthorContentController implements ReactiveController {
  /** The procedure from an inline script, else from `src`. */
  procedure?: Authored;
  /** Anatomy files from an inline `data-anatomy` script. */
  anatomy?: Authored;
  /** Set while `src` is being fetched. */
  pending?: Promise<void>;
  private errors: { script?: DataError; src?: DataError } = {};
  private fromScript?: Authored;
  private fromSrc?: Authored;
  private texts: readonly (string | null)[] = [null, null];
  private changed = false;
  private observer?: MutationObserver;
  private request?: AbortController;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly report: (error: DataError) => void,
  ) {
    host.addController(this);
  }

  /** Why the inline or fetched text could not be used; cleared when it is fixed or removed. */
  get error(): DataError | null {
    return this.errors.script ?? this.errors.src ?? null;
  }

  /** True once after the content changed: the data must be loaded again. */
  takeChanged(): boolean {
    const changed = this.changed;
    this.changed = false;
    return changed;
  }

  hostConnected(): void {
    this.readScripts();
    this.observer = new MutationObserver(() => this.readScripts());
    this.observer.observe(this.host, {
      childList: true,
      subtree: true,
      characterData: true,
      attributeFilter: ['type', 'data-anatomy'],
    });
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
  }

  /** Fetches the procedure at `url` (relative to the page); null drops it. A newer call wins. */
  setSrc(url: string | null): void {
    this.request?.abort();
    this.request = undefined;
    this.errors.src = undefined;
    if (!url) {
      this.fromSrc = undefined;
      this.pending = undefined;
      return this.update();
    }
    const request = new AbortController();
    this.request = request;
    this.pending = this.fetchJson(url, request.signal)
      .then((json) => {
        if (request.signal.aborted) return;
        this.fromSrc = { json, source: url };
        this.update();
      })
      .catch((e: unknown) => {
        if (request.signal.aborted) return;
        this.fail('src', e instanceof DataError ? e : loadFailed(url, String(e)));
      })
      .finally(() => {
        if (this.request !== request) return;
        this.pending = undefined;
        this.host.requestUpdate();
      });
  }

  private async fetchJson(url: string, signal: AbortSignal): Promise<unknown> {
    const where = new URL(url, document.baseURI);
    if (where.protocol !== 'https:' && where.protocol !== 'http:') {
      throw loadFailed(url, `only http and https URLs are fetched, not ${where.protocol}`);
    }
    const response = await fetch(where, { credentials: 'same-origin', signal });
    if (!response.ok) throw loadFailed(url, `could not be loaded (HTTP ${response.status})`);
    return parseJsonText(await response.text(), url, LIMITS.procedureBytes);
  }

  private readScripts(): void {
    const scripts = [...this.host.querySelectorAll(SCRIPT)];
    const procedure = scripts.find((s) => !s.hasAttribute('data-anatomy'));
    const anatomy = scripts.find((s) => s.hasAttribute('data-anatomy'));
    const texts = [procedure?.textContent ?? null, anatomy?.textContent ?? null];
    if (texts[0] === this.texts[0] && texts[1] === this.texts[1]) return;
    const [procedureText = null, anatomyText = null] = texts;
    try {
      if (procedureText !== this.texts[0]) {
        this.fromScript = read(procedureText, 'inline procedure <script>', LIMITS.procedureBytes);
      }
      if (anatomyText !== this.texts[1]) {
        this.anatomy = read(anatomyText, 'inline anatomy <script>', LIMITS.anatomyBytes);
      }
    } catch (e) {
      return this.fail('script', e as DataError);
    } finally {
      this.texts = texts;
    }
    this.errors.script = undefined;
    this.update();
  }

  private fail(from: 'script' | 'src', error: DataError): void {
    this.errors[from] = error;
    this.report(error);
    this.host.requestUpdate();
  }

  private update(): void {
    this.procedure = this.fromScript ?? this.fromSrc;
    this.changed = true;
    this.host.requestUpdate();
  }
}

const read = (text: string | null, source: string, cap: number): Authored | undefined =>
  text === null ? undefined : { json: parseJsonText(text, source, cap), source };

const loadFailed = (url: string, message: string) => new DataError(url, [{ path: '(root)', message }], 'load-failed');
