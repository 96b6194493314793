import { svg } from 'lit';
import type { Aftercare, ExitSite } from '../../model/aftercare-schema.js';

/*
 * A front view of the trunk, the patient facing the viewer (the patient's right on the viewer's left), in a
 * 360 × 376 box (the head above the trunk). Numbered markers match the numbered list of parts beside the picture, so no label text has to
 * fit into the drawing in any language.
 */

/** Where each exit site lies on the trunk outline. */
const SITES: Readonly<Record<ExitSite, readonly [number, number]>> = {
  // Low intercostal space in the right mid-axillary line: the viewer's left edge of the trunk.
  'right-flank': [98, 158],
  // Below the right costal margin, over the gallbladder fundus.
  'right-upper-abdomen': [136, 196],
  // Just below the xiphoid, in the midline.
  subxiphoid: [180, 136],
};

const TRUNK =
  'M150 6Q150 24 118 30L92 36Q70 42 72 70L82 170Q86 205 96 232L98 300L262 300L264 232Q274 205 278 170' +
  'L288 70Q290 42 268 36L242 30Q210 24 210 6Z';
/** The bag hangs outside the body, lower than any exit site: drainage runs downhill. */
const BAG = { x: 14, y: 232, w: 50, h: 74 };

/** A numbered marker at `at`, with a leader to the point it names. */
const marker = (n: number, [x, y]: readonly [number, number], [tx, ty]: readonly [number, number]) =>
  svg`<g class="marker"><line x1=${x} y1=${y} x2=${tx} y2=${ty}></line><circle cx=${x} cy=${y} r="10"></circle><text x=${x} y=${y + 4}>${n}</text></g>`;

/** The tube from the exit site: down and out to the bag, or a short loop taped to the skin ending in a cap. */
function tubeFrom([x, y]: readonly [number, number], end: Aftercare['end']) {
  if (end === 'cap') {
    const path = `M${x} ${y}C${x + 26} ${y + 8} ${x + 40} ${y + 30} ${x + 22} ${y + 48}`;
    return {
      path,
      mid: [x + 36, y + 22] as const,
      midMarker: [x + 62, y + 14] as const,
      end: svg`<rect class="cap" x=${x + 12} y=${y + 46} width="18" height="12" rx="3"></rect>`,
      endAt: [x + 30, y + 52] as const,
      endMarker: [x + 52, y + 62] as const,
    };
  }
  const top = [BAG.x + BAG.w / 2, BAG.y - 6] as const;
  const c1 = [x - 20, y + 30] as const;
  const c2 = [top[0] + 10, top[1] - 50] as const;
  const path = `M${x} ${y}C${c1[0]} ${c1[1]} ${c2[0]} ${c2[1]} ${top[0]} ${top[1]}`;
  // The curve's own midpoint (t = 0.5), where marker 3 points.
  const mid = [(x + 3 * c1[0] + 3 * c2[0] + top[0]) / 8, (y + 3 * c1[1] + 3 * c2[1] + top[1]) / 8] as const;
  const bag = svg`<g class="bag">
    <path class="bag-body" d=${`M${BAG.x} ${BAG.y + 8}Q${BAG.x} ${BAG.y} ${BAG.x + 8} ${BAG.y}H${BAG.x + BAG.w - 8}Q${BAG.x + BAG.w} ${BAG.y} ${BAG.x + BAG.w} ${BAG.y + 8}V${BAG.y + BAG.h - 10}Q${BAG.x + BAG.w / 2} ${BAG.y + BAG.h + 6} ${BAG.x} ${BAG.y + BAG.h - 10}Z`}></path>
    <path class="bag-fluid" d=${`M${BAG.x + 2} ${BAG.y + 34}H${BAG.x + BAG.w - 2}V${BAG.y + BAG.h - 11}Q${BAG.x + BAG.w / 2} ${BAG.y + BAG.h + 4} ${BAG.x + 2} ${BAG.y + BAG.h - 11}Z`}></path>
    <rect class="bag-port" x=${top[0] - 4} y=${top[1]} width="8" height="8" rx="1"></rect>
    ${[0, 1, 2].map((i) => svg`<line class="bag-scale" x1=${BAG.x + BAG.w - 12} x2=${BAG.x + BAG.w - 4} y1=${BAG.y + 22 + i * 14} y2=${BAG.y + 22 + i * 14}></line>`)}
  </g>`;
  return {
    path,
    mid,
    midMarker: [mid[0] + 10, mid[1] + 30] as const,
    end: bag,
    endAt: [BAG.x + BAG.w, BAG.y + 50] as const,
    endMarker: [BAG.x + BAG.w + 16, BAG.y + 62] as const,
  };
}

/**
 * The trunk with the drain's exit site, dressing, tube and bag or cap, each numbered 1–4 in that order; `sides`
 * names the patient's right and left (over the viewer's left and right).
 */
export function renderAftercarePicture(
  site: ExitSite,
  end: Aftercare['end'],
  label: string,
  sides: readonly [string, string] = ['R', 'L'],
) {
  const at = SITES[site];
  const [x, y] = at;
  const tube = tubeFrom(at, end);
  return svg`<svg class="aftercare-picture" viewBox="0 -56 360 376" role="img" aria-label=${label}>
    <circle class="trunk head" cx="180" cy="-22" r="30"></circle>
    <path class="trunk" d=${TRUNK}></path>
    <path class="landmark" d="M180 40V118M108 180Q140 150 180 118Q220 150 252 180"></path>
    <circle class="landmark navel" cx="180" cy="232" r="3"></circle>
    <text class="side" x="64" y="24">${sides[0]}</text><text class="side" x="296" y="24">${sides[1]}</text>
    <path class="tube" d=${tube.path}></path>
    ${tube.end}
    <rect class="dressing" x=${x - 17} y=${y - 14} width="34" height="28" rx="5"></rect>
    <rect class="dressing-pad" x=${x - 10} y=${y - 8} width="20" height="16" rx="2"></rect>
    <circle class="exit" cx=${x} cy=${y} r="3"></circle>
    ${marker(1, [x + 30, y - 30], [x + 2, y - 2])} ${marker(2, [x - 30, y - 30], [x - 15, y - 12])}
    ${marker(3, tube.midMarker, tube.mid)} ${marker(4, tube.endMarker, tube.endAt)}
  </svg>`;
}
