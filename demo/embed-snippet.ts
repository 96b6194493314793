/**
 * The frame size a snippet proposes, in CSS pixels: at 800 px wide a procedure with its step text, controls and
 * cards is about 1 360 px tall (measured on the built embed page), the anatomy alone about 910.
 */
export function snippetSize(procedure: string): { width: number; height: number } {
  return { width: 800, height: procedure === 'none' ? 920 : 1360 };
}

const escape = (value: string) =>
  value.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

/**
 * An LMS-safe embed: one `<iframe>` with only the attributes course-page sanitisers keep
 * (`src`, `width`, `height`, `title`, `allow`, `loading`).
 */
export function iframeSnippet(src: string, title: string, procedure: string): string {
  const { width, height } = snippetSize(procedure);
  return (
    `<iframe src="${escape(src)}" width="${width}" height="${height}" title="${escape(title)}"` +
    ` allow="fullscreen" loading="lazy"></iframe>`
  );
}

/** For pages that allow scripts: the iframe plus the host script that sizes it to its content. */
export function scriptSnippet(src: string, title: string, procedure: string, hostScript: string): string {
  return `${iframeSnippet(src, title, procedure)}\n<script src="${escape(hostScript)}" async></script>`;
}
