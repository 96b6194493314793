import { BUNDLED_PROCEDURES } from '../../src/model/bundled-procedures.js';
import { DEFAULT_ANATOMY_FILES } from '../../src/model/default-anatomy.js';
import { trustedParsers } from '../../src/model/trusted-parsers.js';
import { createSceneSvg } from '../../src/render/render-scene.js';
import type { SceneInput } from '../../src/scene/build-scene.js';
import { sceneInputFor, type ElementView } from '../../src/scene/scene-input.js';
import { IDENTITY_VIEW } from '../../src/scene/zoom-camera.js';
import { loadTimeline, type Loaded } from '../../src/timeline/load-timeline.js';
import { sampleTimeline } from '../../src/timeline/sample-timeline.js';
import { loadDeviceDrawing } from '../../src/scene/devices/lazy-devices.js';
import { loadXrayBones } from '../../src/scene/lazy-xray-bones.js';

// The element loads the stent, balloon and measure drawing before it shows a procedure with them, and the X-ray bones
// before it shows a film; scenes built here draw them too.
await Promise.all([loadDeviceDrawing(), loadXrayBones()]);

/** A bundled procedure compiled with its defaults (right approach, distal case, mesh stent). */
export function loadProcedure(
  name: string,
  options: Partial<Pick<ElementView, 'view'>> = {},
): Loaded & { view: ElementView } {
  const loaded = loadTimeline(
    {
      anatomyFiles: DEFAULT_ANATOMY_FILES,
      procedure: name,
      procedureData: BUNDLED_PROCEDURES[name],
      approach: 'right',
      obstruction: 'distal',
      stent: 'mesh',
    },
    trustedParsers,
  );
  return { ...loaded, view: { ...VIEW, ...options } };
}

/** The element's view at a fixed desktop size, labels on, nothing hovered. */
export const VIEW: ElementView = {
  size: { width: 800, height: 779 },
  labels: true,
  active: null,
  view: 'illustration',
  audience: 'clinician',
  userView: IDENTITY_VIEW,
  camera: 'overview',
  ducts: 'normal',
};

/** The scene input at time `t` of a loaded procedure. */
export function inputAt(loaded: Loaded & { view: ElementView }, t: number, active: string | null = null): SceneInput {
  return sceneInputFor({ ...loaded.view, active }, sampleTimeline(loaded.timeline!, t));
}

/** A detached stage with a fresh scene SVG in it. */
export function freshSvg(): SVGSVGElement {
  return createSceneSvg(document.createElement('div'), 'Scene', 'Test scene', 'li0');
}

/**
 * Long decimals rounded to a thousandth of a unit, far below a pixel: the engines' Math functions differ in the
 * last digits, and that is not a change of the picture.
 */
function roundedNumbers(value: string): string {
  return value.replace(/-?\d+\.\d{4,}/g, (n) => String(Math.round(Number(n) * 1000) / 1000));
}

/** Serialises an element with its attributes in sorted order (DOM history must not matter). */
export function normalisedSvg(node: Element): string {
  const attrs = [...node.attributes]
    .map((a) => `${a.name}="${roundedNumbers(a.value.replace(/\bli\d+-/g, 'li-'))}"`)
    .sort()
    .join(' ');
  const children = [...node.children].map(normalisedSvg).join('\n');
  const text = node.children.length ? '' : (node.textContent ?? '');
  return `<${node.localName} ${attrs}>${text}${children ? `\n${children}\n` : ''}</${node.localName}>`;
}
