/**
 * The fields a course author sets in the H5P editor (h5p/semantics.ts), as H5P hands them to the content type.
 * Every field is optional: an empty one leaves the element's own default.
 */
export interface LiverInterventionParams {
  /** Procedure name (`procedure` attribute). */
  readonly procedure?: string;
  /** Obstruction case (`obstruction` attribute). */
  readonly obstruction?: string;
  /** Stent type for the stent procedure (`stent` attribute). */
  readonly stent?: string;
  /** `illustration` or `fluoroscopy` (`view` attribute). */
  readonly view?: string;
  /** `clinician` or `patient` (`audience` attribute). */
  readonly audience?: string;
  /** BCP 47 language tag (`lang` attribute); empty follows the page. */
  readonly language?: string;
  /** Starting step, 1-based (`step` attribute). */
  readonly step?: number | string;
}

/** Which element attribute each field sets. */
const ATTRIBUTE_OF: Readonly<Record<keyof LiverInterventionParams, string>> = {
  procedure: 'procedure',
  obstruction: 'obstruction',
  stent: 'stent',
  view: 'view',
  audience: 'audience',
  language: 'lang',
  step: 'step',
};

/**
 * The `<liver-intervention>` attributes for the author's fields, as name–value pairs. Empty or missing fields
 * are left out; any other value is passed on as text, so the element warns once about a value it does not know
 * and shows its default (params from an older package version never blank the widget).
 */
export function attributesFor(params: LiverInterventionParams | null | undefined): [string, string][] {
  const pairs: [string, string][] = [];
  for (const [field, attribute] of Object.entries(ATTRIBUTE_OF)) {
    const value: unknown = params?.[field as keyof LiverInterventionParams];
    if ((typeof value === 'string' && value.trim() !== '') || typeof value === 'number')
      pairs.push([attribute, String(value).trim()]);
  }
  return pairs;
}
