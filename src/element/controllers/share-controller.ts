import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { LanguageController } from './language-controller.js';
import { ATTRIBUTE_CHOICES } from '../attribute-choices.js';
import { readChoice } from '../read-choice.js';
import { sourceLink } from '../share/source-link.js';
import { buildShareUrl, shareStateOf, type SharedAttributes } from '../share/share-url.js';

/** The QR code of a link, ready to show and download. */
export interface SharedQr {
  readonly url: string;
  /** `data:image/svg+xml` URL of the code. */
  readonly svg: string;
  /** Object URL of the PNG. */
  readonly png: string;
}

/** The element as a link and a picture see it. */
export interface ShareHost extends ReactiveControllerHost, HTMLElement, SharedAttributes {
  readonly shareBase: string | null;
  readonly step: number;
  /** The procedure's shown steps (their count goes on an exported frame without a public link). */
  readonly steps: readonly unknown[];
  readonly renderRoot: HTMLElement | DocumentFragment;
}

/** What the link needs beyond the attributes: whether a step is shown, and the procedure's default route. */
export interface ShareContext {
  readonly hasSteps: () => boolean;
  readonly defaultApproach: () => string;
  /** The widget's language: links carry it, and the exported file's words are in it. */
  readonly language: () => Pick<LanguageController, 'language' | 'catalogue'>;
  readonly warned: Set<string>;
}

/** Defaults a link leaves out; an unset-able attribute (theme) is always written when set. */
const FALLBACKS: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(ATTRIBUTE_CHOICES)
    .filter(([, choice]) => !('unset' in choice))
    .map(([name, choice]) => [name, choice.fallback]),
);

/**
 * The share panel: open or closed, the short link, the link's QR code (made by a lazily loaded chunk, so the
 * QR encoder stays out of the main bundle until asked for), and the picture export.
 */
export class ShareController implements ReactiveController {
  open = false;
  qr?: SharedQr;
  /** Settles when the QR code for the open panel is ready (tests and callers can wait on it). */
  pending?: Promise<void>;

  constructor(
    private readonly host: ShareHost,
    private readonly context: ShareContext,
  ) {
    host.addController(this);
  }

  /** The link to what is shown now: `share-base` with only the attributes that differ from their defaults. */
  link(): string {
    const host = this.host;
    const fallbacks = { ...FALLBACKS, approach: this.context.defaultApproach() };
    const { state, defaults } = shareStateOf(host, this.context.hasSteps() ? host.step : null, fallbacks);
    const here = typeof location === 'undefined' ? 'http://localhost/' : location.href;
    let base = here;
    try {
      base = new URL(host.shareBase ?? here, here).href;
    } catch {
      readChoice(this.context.warned, 'share-base', host.shareBase, [], 'the current page');
    }
    // The language shown (inherited or not), so a link on a Chinese leaflet opens in Chinese.
    return buildShareUrl({ ...state, lang: this.context.language().language }, { ...defaults, lang: 'en' }, base);
  }

  /** The shown frame as an SVG or PNG file, with its caption and a source line carrying the link. */
  async exportFrame(type: 'svg' | 'png'): Promise<Blob> {
    const { frameFile } = await import('../share/frame-file.js');
    const host = this.host;
    const step = this.context.hasSteps() ? host.step : null;
    const ui = this.context.language().catalogue.ui;
    // A picture never names a local address: off the public web the line names the procedure and step.
    const source = sourceLink(this.link(), host.procedure, step, host.steps.length);
    return frameFile(type, { host, root: host.renderRoot, source, ui });
  }

  /** Saves the shown frame as a file (the panel's picture buttons); a failure is only logged. */
  async download(type: 'svg' | 'png'): Promise<void> {
    try {
      const file = await this.exportFrame(type);
      const { saveFile } = await import('../share/frame-file.js');
      saveFile(file, `liver-intervention-step-${this.host.step}.${type}`);
    } catch (e) {
      console.warn('<liver-intervention>: could not export the picture', e);
    }
  }

  private requested?: string;

  /** Opens the panel or closes it. */
  toggle(): void {
    this.open = !this.open;
    if (!this.open) this.release();
    this.host.requestUpdate();
  }

  /** Before each render: a new link (the step moved) while open gets a new code. */
  hostUpdate(): void {
    const url = this.open ? this.link() : undefined;
    if (url && url !== this.requested) this.pending = this.makeQr(url);
  }

  hostDisconnected(): void {
    this.open = false;
    this.release();
  }

  private async makeQr(url: string): Promise<void> {
    this.requested = url;
    try {
      const { qrImages } = await import('../share/qr-code.js');
      const { svg, png } = await qrImages(url);
      if (!this.open || url !== this.requested) return URL.revokeObjectURL(png);
      if (this.qr) URL.revokeObjectURL(this.qr.png);
      this.qr = { url, svg, png };
    } catch (e) {
      // The link itself still shows and copies; only the code is missing.
      console.warn('<liver-intervention>: could not make the QR code', e);
    }
    this.host.requestUpdate();
  }

  private release(): void {
    if (this.qr) URL.revokeObjectURL(this.qr.png);
    this.qr = undefined;
    this.requested = undefined;
  }
}
