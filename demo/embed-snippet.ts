/** The frame size a snippet proposes: the embed's content at 800 px wide fits without scrolling. */
export const SNIPPET_SIZE = { width: 800, height: 1000 };

const escape = (value: string) =>
  value.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

/**
 * An LMS-safe embed: one `<iframe>` with only the attributes course-page sanitisers keep
 * (`src`, `width`, `height`, `title`, `allow`, `loading`).
 */
export function iframeSnippet(src: string, title: string): string {
  const { width, height } = SNIPPET_SIZE;
  return (
    `<iframe src="${escape(src)}" width="${width}" height="${height}" title="${escape(title)}"` +
    ` allow="fullscreen" loading="lazy"></iframe>`
  );
}

/** For pages that allow scripts: the iframe plus the host script that sizes it to its content. */
export function scriptSnippet(src: string, title: string, hostScript: string): string {
  return `${iframeSnippet(src, title)}\n<script src="${escape(hostScript)}" async></script>`;
}
