export { sourceLink } from './source-link.js';

/** Paint properties copied from the live drawing, so the file looks the same without the element's style sheets. */
const PAINT = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-opacity',
  'stroke-width',
  'stroke-dasharray',
  'stroke-linecap',
  'stroke-linejoin',
  'opacity',
  'display',
  'font-family',
  'font-weight',
  'paint-order',
  'vector-effect',
  'stop-color',
  'stop-opacity',
] as const;

/**
 * Computed colours can come back as `color(srgb r g b / a)` (from color-mix), which many SVG viewers do not read:
 * write them as rgba().
 */
const portable = (value: string) =>
  value.replace(/color\(srgb ([\d.e-]+) ([\d.e-]+) ([\d.e-]+)(?: \/ ([\d.]+))?\)/g, (_, r, g, b, a) => {
    const c = [r, g, b].map((v: string) => Math.round(Math.min(1, Math.max(0, Number(v))) * 255));
    return `rgba(${c.join(', ')}, ${a ?? 1})`;
  });

/** What goes under the picture. */
export interface FrameText {
  readonly title: string;
  readonly text: string;
  /** One line naming the source (and a link back to this view). */
  readonly source: string;
  /**
   * The side markers over the drawing, as the widget shows them: the patient's right over the left edge, their left
   * over the right edge (a picture on a slide must still say which side is which).
   */
  readonly sides?: readonly string[];
  /** The scale bar over the drawing: its length on screen (px) and what it reads ("1 cm"). */
  readonly scale?: { readonly px: number; readonly label: string };
}

const escapeXml = (s: string) =>
  s.replace(/[<>&"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;' })[c]!);

/** Greedy word wrap to about `width` characters per line. */
function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && line.length + word.length + 1 > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  return line ? [...lines, line] : lines;
}

/**
 * The shown frame as a standalone SVG file: the side markers, the drawing with
 * its computed paint inlined (theme and view included), then the step's caption
 * and a source line underneath. `ink` and `paper` are the text and background colours.
 */
export function exportSvg(live: SVGSVGElement, text: FrameText, ink: string, paper: string): string {
  const { width, height } = live.getBoundingClientRect();
  const clone = live.cloneNode(true) as SVGSVGElement;
  const from = [live, ...live.querySelectorAll('*')];
  const to = [clone, ...clone.querySelectorAll('*')];
  from.forEach((node, i) => {
    const style = getComputedStyle(node);
    const paint = PAINT.map((p) => `${p}:${portable(style.getPropertyValue(p))}`);
    (to[i] as SVGElement).setAttribute('style', paint.join(';'));
  });
  clone.querySelector('g.targets')?.remove();
  const sides = text.sides?.filter(Boolean) ?? [];
  const top = sides.length ? 24 : 0;
  clone.setAttribute('x', '0');
  clone.setAttribute('y', String(top));
  clone.setAttribute('width', String(width));
  clone.setAttribute('height', String(height));
  const chars = Math.max(30, Math.floor(width / 8));
  const body = wrap(text.text, chars);
  // A long link has no spaces: cut the source line into fixed widths instead.
  const source = text.source.match(new RegExp(`.{1,${Math.round(chars * 1.2)}}`, 'g')) ?? [];
  const lineH = 20;
  const textTop = top + height + 28;
  const sourceTop = textTop + lineH * (body.length + 1) + 6;
  const total = sourceTop + 16 * source.length;
  const [right, left] = [sides[0], sides.length > 1 ? sides.at(-1) : undefined];
  const bar = text.scale && text.scale.px > 0 ? text.scale : undefined;
  const x0 = (width - (bar?.px ?? 0)) / 2;
  const marks = sides.length
    ? `<g class="sides" font-size="13">${right ? `<text x="8" y="17">${escapeXml(right)}</text>` : ''}${
        left ? `<text x="${width - 8}" y="17" text-anchor="end">${escapeXml(left)}</text>` : ''
      }${
        bar
          ? `<path class="scalebar" d="M${x0} 9V14H${x0 + bar.px}V9" fill="none" stroke="${ink}"/>` +
            `<text x="${x0 + bar.px + 6}" y="17">${escapeXml(bar.label)}</text>`
          : ''
      }</g>`
    : '';
  const lines = [
    marks,
    `<text x="12" y="${textTop}" font-size="18" font-weight="700">${escapeXml(text.title)}</text>`,
    ...body.map((l, i) => `<text x="12" y="${textTop + lineH * (i + 1)}" font-size="15">${escapeXml(l)}</text>`),
    ...source.map(
      (l, i) => `<text x="12" y="${sourceTop + 16 * i}" font-size="12" opacity="0.8">${escapeXml(l)}</text>`,
    ),
  ];
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${total}" viewBox="0 0 ${width} ${total}" ` +
    `font-family="system-ui, sans-serif" fill="${ink}"><rect width="100%" height="100%" fill="${paper}"/>` +
    `${new XMLSerializer().serializeToString(clone)}${lines.join('')}</svg>`
  );
}

/** The same file rendered to PNG at `scale` × its CSS size (default 2, sharp on slides). */
export async function exportPng(svg: string, scale = 2): Promise<Blob> {
  const img = new Image();
  img.src = `data:image/svg+xml,${encodeURIComponent(svg)}`;
  await img.decode();
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(img.naturalWidth * scale);
  canvas.height = Math.round(img.naturalHeight * scale);
  canvas.getContext('2d')!.drawImage(img, 0, 0, canvas.width, canvas.height);
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('no PNG'))), 'image/png'),
  );
}
