import { generate } from 'lean-qr';

/** Modules of white border around the code, as the QR standard asks. */
const QUIET = 4;

/** A QR code of `text` as SVG markup: one path of dark modules, black on white, crisp at any size. */
export function qrSvg(text: string): string {
  const code = generate(text);
  const n = code.size + QUIET * 2;
  let d = '';
  // One rectangle per run of dark modules in a row keeps the file small.
  for (let y = 0; y < code.size; y++) {
    for (let x = 0; x < code.size; x++) {
      if (!code.get(x, y)) continue;
      let run = 1;
      while (code.get(x + run, y)) run++;
      d += `M${x + QUIET} ${y + QUIET}h${run}v1h-${run}z`;
      x += run;
    }
  }
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${n} ${n}" shape-rendering="crispEdges">` +
    `<rect width="${n}" height="${n}" fill="#fff"/><path fill="#000" d="${d}"/></svg>`
  );
}

/** The same code as a PNG, `scale` pixels per module (default 8). */
export function qrPng(text: string, scale = 8): Promise<Blob> {
  const code = generate(text);
  const n = code.size + QUIET * 2;
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = n * scale;
  const ctx = canvas.getContext('2d')!;
  ctx.fillStyle = '#fff';
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.fillStyle = '#000';
  for (let y = 0; y < code.size; y++) {
    for (let x = 0; x < code.size; x++) {
      if (code.get(x, y)) ctx.fillRect((x + QUIET) * scale, (y + QUIET) * scale, scale, scale);
    }
  }
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('no PNG'))), 'image/png'),
  );
}

/** The code of `url` as a `data:image/svg+xml` URL and as an object URL of its PNG (the caller revokes it). */
export async function qrImages(url: string): Promise<{ readonly svg: string; readonly png: string }> {
  const png = URL.createObjectURL(await qrPng(url));
  return { svg: `data:image/svg+xml,${encodeURIComponent(qrSvg(url))}`, png };
}
