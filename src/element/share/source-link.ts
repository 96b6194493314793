/** Hosts that only the author's own machine can reach: a handout must not print them. */
const LOCAL = /^(localhost|127(?:\.\d+){3}|\[::1\]|0\.0\.0\.0)$|\.localhost$/i;

/**
 * What an exported frame names as its source: the link to this view when it is a public web address (http or https,
 * not this machine), otherwise only where in the project the frame comes from, e.g. `stent 8/11`.
 * @param link the view's share link
 * @param procedure the procedure id shown
 * @param step the 1-based step shown, or null without steps
 * @param steps how many steps the procedure shows
 */
export function sourceLink(link: string, procedure: string, step: number | null, steps: number): string {
  let url: URL | null = null;
  try {
    url = new URL(link);
  } catch {
    url = null;
  }
  if (url && /^https?:$/.test(url.protocol) && !LOCAL.test(url.hostname)) return link;
  return step === null ? procedure : `${procedure} ${step}/${steps}`;
}
