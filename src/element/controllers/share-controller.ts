import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** The QR code of a link, ready to show and download. */
export interface SharedQr {
  readonly url: string;
  /** `data:image/svg+xml` URL of the code. */
  readonly svg: string;
  /** Object URL of the PNG. */
  readonly png: string;
}

/**
 * The share panel: open or closed, and the link's QR code, made by a lazily
 * loaded chunk (the QR encoder stays out of the main bundle until asked for).
 */
export class ShareController implements ReactiveController {
  open = false;
  qr?: SharedQr;
  /** Settles when the QR code for the open panel is ready (tests and callers can wait on it). */
  pending?: Promise<void>;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly link: () => string,
  ) {
    host.addController(this);
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
      const { qrSvg, qrPng } = await import('../share/qr-code.js');
      const png = URL.createObjectURL(await qrPng(url));
      if (!this.open || url !== this.requested) return URL.revokeObjectURL(png);
      if (this.qr) URL.revokeObjectURL(this.qr.png);
      this.qr = { url, svg: `data:image/svg+xml,${encodeURIComponent(qrSvg(url))}`, png };
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
