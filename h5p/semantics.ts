import obstructions from '../data/obstructions.json';
import stents from '../data/stents.json';
import { ATTRIBUTE_CHOICES } from '../src/element/attribute-choices.js';
import { PROCEDURE_FILES } from '../src/model/procedure-names.js';
import { LANGUAGES } from './languages.js';

/** One field of an H5P semantics.json (the subset this content type uses). */
export interface SemanticsField {
  readonly name: string;
  readonly type: 'select' | 'number';
  readonly label: string;
  readonly description: string;
  readonly options?: readonly { readonly value: string; readonly label: string }[];
  readonly default?: string | number;
  readonly optional?: boolean;
  readonly min?: number;
}

const PLAIN_LABELS: Readonly<Record<string, string>> = {
  none: 'Anatomy only (no procedure)',
  clinician: 'Clinician (medical terms)',
  patient: 'Patient (plain language)',
  illustration: 'Illustration',
  fluoroscopy: 'Fluoroscopy (what the X-ray shows)',
};

const titleOf = async (name: string): Promise<string> => {
  const file = (await PROCEDURE_FILES[name]?.()) as { title?: string } | undefined;
  return file?.title ?? PLAIN_LABELS[name] ?? name;
};

/** A select whose options are exactly the element's allowed values, labelled for authors. */
async function select(
  name: keyof typeof ATTRIBUTE_CHOICES,
  label: string,
  description: string,
  labelOf: (value: string) => string | Promise<string>,
): Promise<SemanticsField> {
  const { allowed, fallback } = ATTRIBUTE_CHOICES[name];
  const options = await Promise.all(allowed.map(async (value) => ({ value, label: await labelOf(value) })));
  return { name, type: 'select', label, description, options, default: fallback };
}

const caseName = (id: string) => obstructions.cases.find((c) => c.id === id)?.name ?? id;
const stentName = (id: string) => (stents as Record<string, { name?: string }>)[id]?.name ?? id;
const plain = (value: string) => PLAIN_LABELS[value] ?? value;

/**
 * The H5P editor's fields, made at build time from the element's own lists of procedures, cases, stents,
 * views, audiences and languages, so the editor never offers a value the element does not know.
 */
export async function h5pSemantics(): Promise<SemanticsField[]> {
  return [
    await select('procedure', 'Procedure', 'The procedure to show step by step.', titleOf),
    await select('obstruction', 'Case', 'Where the bile ducts are blocked, and by what.', caseName),
    await select('stent', 'Stent', 'The stent type, used by the stent procedure.', stentName),
    await select('view', 'View', 'An illustration, or the same moment as the X-ray shows it.', plain),
    await select('audience', 'Audience', 'Medical wording, or plain language for patients.', plain),
    {
      name: 'language',
      type: 'select',
      label: 'Language',
      description: 'Language of all text. Empty: the language of the page around the content.',
      options: LANGUAGES,
      optional: true,
    },
    {
      name: 'step',
      type: 'number',
      label: 'Starting step',
      description: 'The step shown first (1 is the first step; a larger number than there are steps shows the last).',
      default: 1,
      min: 1,
      optional: true,
    },
  ];
}
