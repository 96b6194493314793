// What the first frame does not need stays out of the first-paint chunk. In the Vite builds:
// - every bundled data file loses its authoring notes (`$schema`, `$comment`, `note`), which nothing reads;
// - the anatomy files also lose `description` and `plainDescription` (most of their bytes, read only when a
//   structure is pointed at), which each file's `?structure-texts` copy keeps alone, a chunk per file imported
//   lazily (src/model/structure-texts.ts), and their `sources` (brief tags for reviewers, which the widget never
//   shows for a structure);
// - a language's anatomy translation (data/i18n/<lang>/anatomy.<lang>.json) likewise keeps the names alone; an
//   anatomy file's `?anatomy-texts=<lang>` copy is the translated descriptions of that file's structures
//   (src/element/i18n/catalogues/);
// - data/obstructions.json keeps the default case only; the others are in src/model/bundled-case-summaries.ts's
//   copy, imported lazily when another case is chosen or author anatomy is validated
//   (src/model/bundled-obstructions.ts);
// - a procedure's copy that plays it (the default's, imported by src/model/procedure-names.ts, and every
//   `?play` import there) loses its clinical context and aftercare texts (`context`, `aftercare`), which playing
//   never shows, and its steps' patient texts (`patient` left empty, `patientTitle`, and those of their
//   `wording`). The `?procedure-texts` copy keeps only the first, loaded after the procedure is drawn, and the
//   `?patient-texts` copy only the second, loaded when a widget's audience is the patient
//   (src/model/procedure-loader.ts);
// - a procedure's translation (data/i18n/<lang>/procedures/) is split the same way: its `?play` copy leaves out the
//   clinical context and aftercare paths, which its `?procedure-texts` copy holds alone;
// - data/stents.json keeps what the drawing needs (open diameter, shortening, lengths); the stent card's words are
//   its `?stent-texts` copy, imported lazily when the stent procedure is shown (src/element/lazy/stents-texts.ts).
// The test runner serves the files whole, so the source behaves the same with or without this plugin.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const DATA = /\/data\/(?!schema\/)(?:[^/]+\/)*[^/]+\.json$/;
const ANATOMY = /\/data\/anatomy\/[^/]+\.json$/;
const NOTES = ['$schema', '$comment', 'note'];
const TEXT_KEYS = ['description', 'plainDescription'];
const QUERY = '?structure-texts';
const TRANSLATED_ANATOMY = /\/data\/i18n\/([^/]+)\/anatomy\.\1\.json$/;
const TRANSLATED_TEXTS = 'anatomy-texts=';
/** Whether a translation's path is a structure's long text (`structures.<id>.description`). */
const isLongText = (path) => TEXT_KEYS.some((key) => path.endsWith(`.${key}`));
const OBSTRUCTIONS = /\/data\/obstructions\.json$/;
const SUMMARIES = '?case-summaries';
const PROCEDURE = /\/data\/procedures\/[^/]+\.json$/;
const TRANSLATED_PROCEDURE = /\/data\/i18n\/[^/]+\/procedures\/[^/]+\.json$/;
/** A procedure's parts that its playing copy leaves to a lazy chunk. */
const LATER = ['context', 'aftercare'];
const PLAY = '?play';
const LATER_QUERY = '?procedure-texts';
const PATIENT_QUERY = '?patient-texts';
const PATIENT = ['patient', 'patientTitle'];
const STENTS = /\/data\/stents\.json$/;
const STENT_QUERY = '?stent-texts';
/** The stent card's words (src/model/stent-schema.ts STENT_TEXT_FIELDS), and the brief's tags, which it never shows. */
const STENT_TEXTS = ['name', 'plainName', 'mechanism', 'sizes', 'shortens', 'removable', 'use', 'patient'];
/** Whether a translation's path lies in the texts that playing never shows. */
const isLater = (path) => LATER.some((key) => path.startsWith(`${key}.`));
const pick = (o, keys) => Object.fromEntries(keys.filter((k) => k in o).map((k) => [k, o[k]]));
const omit = (o, keys) => Object.fromEntries(Object.entries(o).filter(([k]) => !keys.includes(k)));

/** A procedure as playing it needs it: no context, aftercare or patient texts. */
function playCopy(json) {
  const steps = json.steps.map((s) => ({
    ...omit(s, PATIENT),
    ...('patient' in s && { patient: '' }),
    ...(s.wording && { wording: s.wording.map((w) => omit(w, PATIENT)) }),
  }));
  return without({ ...omit(json, LATER), steps }, NOTES);
}

/** A procedure's steps' patient texts alone, step by step and wording by wording. */
const patientCopy = (json) => ({
  steps: json.steps.map((s) => ({
    ...pick(s, PATIENT),
    ...(s.wording && { wording: s.wording.map((w) => pick(w, PATIENT)) }),
  })),
});

/** A copy of a JSON value without the given keys, at any depth. */
const without = (value, keys) =>
  Array.isArray(value)
    ? value.map((v) => without(v, keys))
    : value && typeof value === 'object'
      ? Object.fromEntries(Object.entries(value).flatMap(([k, v]) => (keys.includes(k) ? [] : [[k, without(v, keys)]])))
      : value;

/** Vite plugin: bundled data without authoring notes, anatomy without its long texts, and a texts-only copy. */
export function lazyTextsPlugin() {
  return {
    name: 'lazy-structure-texts',
    enforce: 'pre',
    resolveId(source, importer) {
      if (!source.endsWith('.json')) return null;
      // The default procedure's static import plays it; the other copies are asked for by query (import.meta.glob).
      if (importer?.endsWith('/procedure-names.ts')) {
        const file = resolve(importer, '..', source);
        return PROCEDURE.test(file) ? file + PLAY : null;
      }
      if (importer?.endsWith('/bundled-case-summaries.ts')) {
        const file = resolve(importer, '..', source);
        return OBSTRUCTIONS.test(file) ? file + SUMMARIES : null;
      }
      return null;
    },
    load(id) {
      const [file, query] = id.split('?');
      if (!DATA.test(file)) return null;
      const json = JSON.parse(readFileSync(file, 'utf8'));
      if (query === QUERY.slice(1)) {
        // Vite's JSON plugin turns the plain files into modules; this copy (with a query) is one already.
        const structures = json.structures.map((s) =>
          Object.fromEntries([['id', s.id], ...TEXT_KEYS.filter((k) => k in s).map((k) => [k, s[k]])]),
        );
        return `export default ${JSON.stringify({ structures })};`;
      }
      if (ANATOMY.test(file) && query?.startsWith(TRANSLATED_TEXTS)) {
        const lang = query.slice(TRANSLATED_TEXTS.length);
        const translation = resolve(file, `../../i18n/${lang}/anatomy.${lang}.json`);
        this.addWatchFile(translation);
        const texts = JSON.parse(readFileSync(translation, 'utf8'));
        const ids = new Set(json.structures.map((s) => `structures.${s.id}.`));
        const own = Object.entries(texts).filter(
          ([path]) => isLongText(path) && ids.has(path.slice(0, path.lastIndexOf('.') + 1)),
        );
        return `export default ${JSON.stringify(Object.fromEntries(own))};`;
      }
      if (TRANSLATED_ANATOMY.test(file) && !query) {
        const names = Object.entries(without(json, NOTES)).filter(([path]) => !isLongText(path));
        return JSON.stringify(Object.fromEntries(names));
      }
      if (TRANSLATED_PROCEDURE.test(file) && (query === PLAY.slice(1) || query === LATER_QUERY.slice(1))) {
        const later = query === LATER_QUERY.slice(1);
        const paths = Object.entries(without(json, NOTES)).filter(([path]) => isLater(path) === later);
        return `export default ${JSON.stringify(Object.fromEntries(paths))};`;
      }
      if (query === LATER_QUERY.slice(1)) return `export default ${JSON.stringify(pick(json, LATER))};`;
      if (query === PATIENT_QUERY.slice(1)) return `export default ${JSON.stringify(patientCopy(json))};`;
      if (query === PLAY.slice(1)) return `export default ${JSON.stringify(playCopy(json))};`;
      if (query === SUMMARIES.slice(1)) {
        const cases = json.cases.filter((c) => c.id !== json.default);
        return `export default ${JSON.stringify(without({ cases }, NOTES))};`;
      }
      if (STENTS.test(file)) {
        const types = Object.entries(without(json, NOTES));
        return query === STENT_QUERY.slice(1)
          ? `export default ${JSON.stringify(Object.fromEntries(types.map(([k, t]) => [k, pick(t, STENT_TEXTS)])))};`
          : JSON.stringify(Object.fromEntries(types.map(([k, t]) => [k, omit(t, [...STENT_TEXTS, 'sources'])])));
      }
      if (OBSTRUCTIONS.test(file)) {
        const cases = json.cases.filter((c) => c.id === json.default);
        return JSON.stringify(without({ ...json, cases }, NOTES));
      }
      return JSON.stringify(without(json, ANATOMY.test(file) ? [...NOTES, ...TEXT_KEYS, 'sources'] : NOTES));
    },
  };
}
