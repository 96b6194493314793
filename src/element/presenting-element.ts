import { LitElement } from 'lit';
import type { Parts } from './controllers/widget-parts.js';

/**
 * What a presenter or teacher does with the widget as a whole, besides playing it: full screen, blanking,
 * sharing a link, exporting the frame and printing the handout. The element below declares the attributes.
 */
export abstract class PresentingElement extends LitElement {
  protected abstract readonly parts: Parts;
  /** Blanks the widget (presenter mode). */
  abstract blank: boolean;

  /** True while the widget fills the screen. Read-only. */
  get fullscreen(): boolean {
    return this.parts.fullscreen.active;
  }

  /** Enters or leaves full screen (the `F` key and the Full screen button); browsers allow it only after a user action. */
  toggleFullscreen(): Promise<void> {
    return this.parts.fullscreen.toggle();
  }

  /** Blanks or unblanks the widget (the `B` and `.` keys). */
  toggleBlank(): void {
    this.blank = !this.blank;
  }

  /**
   * A short link to what is shown now: `share-base` (default the current page) with only the attributes that
   * differ from their defaults, e.g. `…/embed.html?procedure=stent&step=4`. The embed page reads the same names.
   */
  shareUrl(): string {
    return this.parts.share.link();
  }

  /**
   * The shown frame as a file, `svg` (default) or `png` (2× size): the drawing as it looks now (theme, view,
   * labels), the step's caption and a source line with the link to this view. The exporter loads on first use.
   */
  exportFrame(type: 'svg' | 'png' = 'svg'): Promise<Blob> {
    return this.parts.share.exportFrame(type);
  }

  /** Prints an A4 storyboard of every step (drawings, captions, warning signs, source line), without controls. */
  printHandout(): void {
    this.parts.handout.print();
  }
}
