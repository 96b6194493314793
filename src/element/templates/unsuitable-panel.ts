import type { TextLookup } from '../../model/translate-data.js';
import { msg, str } from '@lit/localize';
import { html } from 'lit';
import { obstructionCase } from '../../model/bundled-obstructions.js';
import type { Unsuitability } from '../../model/check-suitability.js';
import type { ObstructionName } from '../../model/obstruction-names.js';

type Audience = 'clinician' | 'patient';

/** Procedures every obstruction case suits (their data has no `unsuitable` rule), offered instead. */
const DRAINS = [
  {
    id: 'internal-drainage',
    label: () => msg('Internal–external drainage'),
    plain: () => msg('A drain past the blockage'),
  },
  { id: 'ptcd', label: () => msg('External drainage (PTCD)'), plain: () => msg('A drain into a bag') },
] as const;
/** A metal stent: offered for a malignant block only, as the stent procedure's own rule allows (brief §3). */
const METAL_STENT = {
  id: 'stent',
  label: () => msg('Metal stent'),
  plain: () => msg('A stent that holds the tube open'),
} as const;
type Alternative = typeof METAL_STENT | (typeof DRAINS)[number];

/**
 * Why the chosen procedure does not suit the chosen obstruction, shown
 * instead of an animation, with the procedures that do suit it.
 */
export function renderUnsuitable(
  u: Unsuitability,
  audience: Audience,
  obstruction: ObstructionName,
  choose: (procedure: Alternative['id']) => void,
  cases: TextLookup = (_path, english) => english,
) {
  const plain = audience === 'patient';
  // Inside the heading's sentence a name starts in lower case ("for hilar cholangiocarcinoma"), an initialism not.
  const name = nameOf(obstruction, plain, cases);
  const caseName = /^\p{Lu}(?!\p{Lu})/u.test(name) ? name[0]!.toLocaleLowerCase() + name.slice(1) : name;
  const alternatives: readonly Alternative[] = isMalignant(obstruction) ? [...DRAINS, METAL_STENT] : DRAINS;
  return html`<div class="unsuitable" part="caption" role="status">
    <h2>${plain ? msg(str`This treatment is not used for: ${caseName}`) : msg(str`Not suitable for ${caseName}`)}</h2>
    <p>${plain ? u.patientReason : u.reason}</p>
    <p class="alternatives">
      ${plain ? msg('See instead:') : msg('Show instead:')}
      ${alternatives.map(
        (a) => html`<button type="button" @click=${() => choose(a.id)}>${plain ? a.plain() : a.label()}</button>`,
      )}
    </p>
  </div>`;
}

/** Whether the bundled case is a malignant block (unknown ids: no). */
function isMalignant(obstruction: ObstructionName): boolean {
  try {
    return obstructionCase(obstruction).malignant;
  } catch {
    return false;
  }
}

/** The obstruction case's name in the chosen register. */
function nameOf(obstruction: ObstructionName, plain: boolean, cases: TextLookup): string {
  try {
    const c = obstructionCase(obstruction);
    return plain ? cases(`cases.${obstruction}.plainName`, c.plainName) : cases(`cases.${obstruction}.name`, c.name);
  } catch {
    return obstruction;
  }
}
