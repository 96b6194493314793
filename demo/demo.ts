import { OBSTRUCTION_NAMES, PROCEDURE_NAMES, STENT_NAMES } from '../src/index.ts';
import { iframeSnippet, scriptSnippet } from './embed-snippet.ts';
import { applyState, keepStateInUrl, stateParams } from './url-state.ts';

// Picker labels; a name missing here (a newly added procedure) shows as itself.
const LABELS: Record<string, string> = {
  ptcd: 'PTCD, external drainage',
  'internal-drainage': 'Internal–external drainage',
  'balloon-dilation': 'Balloon dilation',
  stent: 'Stent placement',
  cholecystostomy: 'Cholecystostomy (gallbladder drain)',
  none: 'Anatomy only',
  distal: 'Pancreatic-head mass',
  'hilar-1': 'Hilar, Bismuth I',
  'hilar-2': 'Hilar, Bismuth II',
  'hilar-3a': 'Hilar, Bismuth IIIa',
  'hilar-3b': 'Hilar, Bismuth IIIb',
  'hilar-4': 'Hilar, Bismuth IV',
  'benign-anastomotic': 'Benign anastomotic stricture',
  mesh: 'Mesh metal',
  z: 'Z-stent',
  spiral: 'Spiral',
  plastic: 'Plastic',
};
const CHOICES: Record<string, readonly string[]> = {
  procedure: PROCEDURE_NAMES,
  obstruction: OBSTRUCTION_NAMES,
  stent: STENT_NAMES,
};

const el = document.querySelector('liver-intervention')!;
// A phone shows the drawing first: the six pickers fold into one line until asked for.
document.querySelector<HTMLDetailsElement>('#pickers')!.open = matchMedia('(min-width: 700px)').matches;
const form = document.querySelector<HTMLFormElement>('#options')!;
const selects = [...form.querySelectorAll('select')];
for (const select of selects) {
  for (const name of CHOICES[select.name] ?? []) select.add(new Option(LABELS[name] ?? name, name));
  select.addEventListener('change', () => el.setAttribute(select.name, select.value));
}

const iframeBox = document.querySelector<HTMLTextAreaElement>('#embed-iframe')!;
const scriptBox = document.querySelector<HTMLTextAreaElement>('#embed-script')!;
const status = document.querySelector<HTMLElement>('#copy-status')!;

/** The form and the embed code follow the element, whoever changed it (picker, widget button or URL). */
function sync(): void {
  for (const select of selects) select.value = el.getAttribute(select.name) ?? select.value;
  const src = new URL(`embed.html?${stateParams(el)}`, location.href).href;
  const title = `Liver and bile ducts: ${LABELS[el.procedure] ?? el.procedure}`;
  iframeBox.value = iframeSnippet(src, title, el.procedure);
  scriptBox.value = scriptSnippet(src, title, el.procedure, new URL('embed-host.js', location.href).href);
}

/** Copies with the Clipboard API, else the older copy command; if both are blocked the code is left selected. */
async function copy(box: HTMLTextAreaElement): Promise<void> {
  try {
    await navigator.clipboard.writeText(box.value);
    status.textContent = 'Copied to the clipboard.';
    return;
  } catch {
    box.select();
  }
  let copied = false;
  try {
    copied = document.execCommand('copy');
  } catch {
    // Reported below.
  }
  status.textContent = copied
    ? 'Copied to the clipboard.'
    : 'This browser blocked the clipboard: the code is selected below, copy it with Ctrl+C.';
}
document.querySelector('#copy-iframe')!.addEventListener('click', () => void copy(iframeBox));
document.querySelector('#copy-script')!.addEventListener('click', () => void copy(scriptBox));

applyState(el, location.search);
keepStateInUrl(el, sync);
