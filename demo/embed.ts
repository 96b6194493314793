import '../src/index.ts';

// All state lives in the URL, so a link or QR code reproduces the view. Only
// known attribute names pass; the element itself validates their values.
const ALLOWED = [
  'obstruction',
  'stent',
  'view',
  'procedure',
  'approach',
  'step',
  'audience',
  'labels',
  'controls',
  'ducts',
  'camera',
  'selected',
  'theme',
  'spotlight',
];
const el = document.querySelector('liver-intervention');
const params = new URLSearchParams(location.search);
for (const name of ALLOWED) {
  const value = params.get(name);
  if (el && value !== null) el.setAttribute(name, value);
}
