import type { StentEnd } from './measure-marks.js';
import { LESION_NAMES, XRAY_NAMES, XRAY_STENTED, type LesionNames } from './lesion-label.js';

/** The drawing's own words (not from the data): what the element passes in the widget's language. */
export interface SceneWords {
  /** The block's label for each lesion kind. */
  readonly lesions: LesionNames;
  /** The block's label in the X-ray view, which shows only what the contrast does. */
  readonly xrayLesions: LesionNames;
  /** The block's X-ray label once a stent holds it open and contrast runs through it. */
  readonly xrayStented: { readonly name: string; readonly plain: string };
  /** A patient's names for the devices and the block. */
  readonly plain: {
    readonly stent: string;
    readonly balloon: string;
    readonly drain: string;
    readonly needle: string;
    readonly scanner: string;
    readonly tube: string;
    readonly wire: string;
    readonly lump: string;
    readonly blockage: string;
  };
  /**
   * Where the skin entry is, on a patient's torso locator: the side and the ribs on an access step; `went`
   * on the steps after it, which work through the same spot.
   */
  readonly where: {
    readonly flank: string;
    readonly underRibs: string;
    readonly belowBreastbone: string;
    readonly went: string;
  };
  /**
   * The measure step's figures: `margin` a margin beyond the stricture and `stricture` the narrowed stretch
   * (`{0}` the number of cm), `into` the stub of a transpapillary stent in
   * D2 (`{0}` the number), `sum` the plan (`{0}`–`{2}` the upper margin, the stricture and the lower stretch,
   * `{3}` their total, numbers in cm), `stent` the stent ordered by where its lower end goes (`{0}` whole cm), and
   * the BCP 47 `locale` whose number format the figures use.
   */
  readonly measure: {
    readonly locale: string;
    readonly margin: string;
    readonly stricture: string;
    readonly into: string;
    readonly sum: string;
    readonly stent: Readonly<Record<StentEnd, string>>;
  };
}

/** The English words, the default. */
export const ENGLISH_WORDS: SceneWords = {
  lesions: LESION_NAMES,
  xrayLesions: XRAY_NAMES,
  xrayStented: XRAY_STENTED,
  plain: {
    stent: 'stent',
    balloon: 'balloon',
    drain: 'drain',
    needle: 'needle',
    scanner: 'scanner',
    tube: 'tube',
    wire: 'wire',
    lump: 'lump',
    blockage: 'blockage',
  },
  where: {
    flank: 'Here: your right side, between two ribs',
    underRibs: 'Here: your right side, under the ribs',
    belowBreastbone: 'Here: just below your breastbone',
    went: 'This is where it went in',
  },
  measure: {
    locale: 'en',
    margin: '{0} cm margin',
    stricture: '{0} cm stricture',
    into: '{0} cm into D2',
    sum: '{0} + {1} + {2} ≈ {3} cm',
    stent: {
      transpapillary: '→ {0} cm stent, transpapillary',
      suprapapillary: '→ {0} cm stent, above the papilla',
      none: '→ {0} cm stent',
    },
  },
};
