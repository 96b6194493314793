import { expect } from '@open-wc/testing';
import ptcd from '../../data/procedures/ptcd.json';
import stents from '../../data/stents.json';
import { DEFAULT_ANATOMY_FILES } from '../../src/model/default-anatomy.js';
import type { AnatomyFile } from '../../src/model/anatomy-schema.js';
import { bundledObstructions } from '../../src/model/bundled-obstructions.js';
import { BUNDLED_PROCEDURES } from '../../src/model/bundled-procedures.js';
import type { Procedure } from '../../src/model/procedure-schema.js';

/** The Flesch–Kincaid grade every patient text must stay at or under (targets.md). */
const MAX_GRADE = 6;

interface Readability {
  fleschKincaidGrade(text: string): number;
}

/**
 * Loads the `text-readability` package. Two of its dependencies are CommonJS
 * (`pluralize`, and `syllable`'s `normalize-strings`); the test runner serves
 * them as ES modules (commonJsPlugin in scripts/test-browsers.mjs).
 */
async function loadReadability(): Promise<Readability> {
  // @ts-expect-error text-readability ships no type declarations.
  const loaded = (await import('text-readability')) as { default: Readability };
  return loaded.default;
}

/** Every structure of the bundled anatomy. */
const structures = () => Object.values(DEFAULT_ANATOMY_FILES).flatMap((f) => (f as AnatomyFile).structures);

/** Words a patient label must not use: segment numerals, vertebral levels, jargon of the deepest pass, eponyms. */
const NOT_PLAIN =
  /\b(?:[IVX]+[ab]?|\d+|T\d+|L\d+|deepest|pass|Wirsung|Santorini|Vater|Calot|Courvoisier|Klatskin|Oddi)\b/;

/** Every patient-facing text of the bundled data, labelled. `{obstruction}` is filled with each case's summary. */
function patientTexts(): [string, string][] {
  const cases = bundledObstructions().cases;
  const out: [string, string][] = [];
  for (const s of structures()) if (s.plainDescription) out.push([`anatomy "${s.id}" description`, s.plainDescription]);
  for (const c of cases) {
    out.push([`obstruction "${c.id}" plain name`, c.plainName], [`obstruction "${c.id}" summary`, c.summary.patient]);
  }
  for (const [type, spec] of Object.entries(stents))
    if (typeof spec === 'object')
      out.push([`stent type "${type}" plain name`, spec.plainName], [`stent type "${type}"`, spec.patient]);
  for (const [name, json] of Object.entries(BUNDLED_PROCEDURES)) {
    const p = json as Procedure;
    if (p.patientTitle) out.push([`${name} title`, p.patientTitle]);
    for (const step of p.steps) {
      if (step.patientTitle) out.push([`${name} "${step.id}" title`, step.patientTitle]);
      const filled = new Set(cases.map((c) => step.patient.replaceAll('{obstruction}', c.summary.patient)));
      filled.forEach((text) =>
        out.push([`${name} "${step.id}"${filled.size > 1 ? ` (${text.slice(0, 24)}…)` : ''}`, text]),
      );
    }
    const context = p.context?.patient;
    if (context) {
      for (const key of ['indications', 'advantages', 'risks'] as const)
        context[key].forEach((text, i) => out.push([`${name} context ${key}[${i}]`, text]));
      out.push([`${name} context caution`, context.caution]);
    }
    (p.unsuitable ?? []).forEach((rule, i) => out.push([`${name} unsuitable[${i}]`, rule.patientReason]));
    const after = p.aftercare?.patient;
    if (after) {
      out.push([`${name} aftercare title`, after.title], [`${name} aftercare summary`, after.summary]);
      for (const [part, { label, text }] of Object.entries(after.parts))
        out.push([`${name} aftercare ${part}`, `${label}. ${text}`]);
      for (const key of ['care', 'warnings'] as const)
        after[key].forEach((item, i) => out.push([`${name} aftercare ${key}[${i}]`, item.text]));
    }
  }
  return out;
}

describe('patient texts', () => {
  let readability: Readability;
  before(async () => {
    readability = await loadReadability();
  });

  it('measures with text-readability: hard clinical prose scores far above the limit', () => {
    const clinical = ptcd.steps.map((s) => s.clinician).join(' ');
    expect(readability.fleschKincaidGrade(clinical)).to.be.greaterThan(MAX_GRADE);
    expect(readability.fleschKincaidGrade('The cat sat on the mat. The dog ran to the cat.')).to.be.lessThan(MAX_GRADE);
  });

  it('covers every bundled procedure, its context and reasons, and every obstruction case', () => {
    const labels = patientTexts().map(([label]) => label);
    for (const name of Object.keys(BUNDLED_PROCEDURES)) {
      expect(
        labels.some((l) => l.startsWith(`${name} "`)),
        name,
      ).to.equal(true);
      expect(
        labels.some((l) => l.startsWith(`${name} context`)),
        `${name} context`,
      ).to.equal(true);
    }
    for (const name of ['ptcd', 'internal-drainage', 'cholecystostomy'])
      expect(labels.filter((l) => l.startsWith(`${name} aftercare`)).length, name).to.be.greaterThan(10);
    expect(labels.filter((l) => l.includes('unsuitable'))).to.have.length.greaterThan(1);
    expect(labels.filter((l) => l.startsWith('obstruction'))).to.have.length(2 * bundledObstructions().cases.length);
    expect(labels.filter((l) => l.startsWith('stent type "'))).to.have.length(2 * 4);
  });

  it('gives every structure a step or case labels a plain name of at most three plain words, and a plain description', () => {
    const labelled = new Set<string>(bundledObstructions().cases.flatMap((c) => c.labels ?? []));
    for (const json of Object.values(BUNDLED_PROCEDURES))
      for (const { labels } of (json as Procedure).steps)
        for (const ids of Array.isArray(labels) || typeof labels === 'string' ? [labels] : Object.values(labels))
          if (Array.isArray(ids)) ids.forEach((id) => labelled.add(id));
    // Technical aims stay unlabelled for patients.
    for (const id of ['t12-aim', 'right-deep-pass']) labelled.delete(id);
    expect(labelled.size).to.be.greaterThan(15);
    const byId = new Map(structures().map((s) => [s.id, s]));
    for (const id of labelled) {
      const s = byId.get(id)!;
      expect(s.plainName, `${id} plain name`).to.be.a('string');
      expect(s.plainDescription, `${id} plain description`).to.be.a('string');
    }
    for (const s of structures()) {
      if (!s.plainName) continue;
      expect(s.plainName.split(/\s+/).length, s.plainName).to.be.at.most(3);
      expect(s.plainName, s.id).to.not.match(NOT_PLAIN);
    }
    for (const id of ['t12-aim', 'right-deep-pass', 'segment-6', 'vertebra-t12', 'pancreatic-duct'])
      expect(byId.get(id)!.plainName ?? '', id).to.not.match(NOT_PLAIN);
  });

  for (const [label, text] of patientTexts()) {
    it(`${label} reads at Flesch–Kincaid grade ${MAX_GRADE} or below`, () => {
      expect(text, label).to.not.contain('{');
      const grade = readability.fleschKincaidGrade(text);
      expect(grade, text).to.be.at.most(MAX_GRADE);
    });
  }
});
