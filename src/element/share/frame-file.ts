import { msg, str } from '@lit/localize';
import type { Catalogue } from '../i18n/catalogue.js';
import { inLanguage } from '../i18n/messages.js';
import { exportPng, exportSvg } from './export-frame.js';

/** The widget as its exported picture sees it. */
export interface FrameSource {
  readonly host: HTMLElement;
  readonly root: HTMLElement | DocumentFragment;
  /** The link to the state shown, or where it is local the procedure and step it shows. */
  readonly source: string;
  readonly ui: Catalogue['ui'];
}

/**
 * The picture export's chunk (loaded on first use): the shown frame as an SVG or PNG file, with its caption and
 * a source line carrying the link.
 */
export async function frameFile(type: 'svg' | 'png', from: FrameSource): Promise<Blob> {
  const svg = from.root.querySelector<SVGSVGElement>('svg.scene');
  if (!svg) throw new Error('<liver-intervention>: nothing is drawn yet');
  const caption = from.root.querySelector('[part="caption"], .unsuitable');
  const sides = [...from.root.querySelectorAll('.sides > span:not(.scalebar, .hint)')].map((s) =>
    s.textContent!.trim(),
  );
  const bar = from.root.querySelector('.scalebar');
  const scale = bar && {
    px: bar.querySelector('.bar')?.getBoundingClientRect().width ?? 0,
    label: [...bar.childNodes].find((n) => n instanceof Text && n.data.trim())?.textContent?.trim() ?? '',
  };
  const style = getComputedStyle(from.host);
  const file = exportSvg(
    svg,
    inLanguage(from.ui, () => ({
      sides,
      ...(scale && { scale }),
      title: caption?.querySelector('h2')?.textContent?.trim() ?? msg('Liver and biliary tree'),
      text: caption?.querySelector('p')?.textContent?.trim() ?? '',
      source: msg(str`Schematic: lengths to scale, tube widths drawn ×1.5. liver-intervention (MIT): ${from.source}`),
    })),
    style.color,
    style.backgroundColor,
  );
  return type === 'png' ? exportPng(file) : new Blob([file], { type: 'image/svg+xml' });
}

/** Saves a file through a temporary link, as the panel's picture buttons do. */
export function saveFile(file: Blob, name: string): void {
  const href = URL.createObjectURL(file);
  Object.assign(document.createElement('a'), { href, download: name }).click();
  setTimeout(() => URL.revokeObjectURL(href), 0);
}
