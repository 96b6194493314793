import type { Action, Approach } from '../model/action-schema.js';
import { stepTimes, type StepTimes } from '../model/action-times.js';
import { obstructionCase } from '../model/bundled-obstructions.js';
import { caseAnatomy } from '../model/case-anatomy.js';
import type { CameraName } from '../model/cameras.js';
import { LESION_CAMERA } from '../model/structure-kinds.js';
import { DEFAULT_OBSTRUCTION } from '../model/obstruction-names.js';
import type { ObstructionCase } from '../model/obstruction-schema.js';
import type { Anatomy } from '../model/parse-anatomy.js';
import { pickApproach } from '../model/pick-approach.js';
import type { Procedure } from '../model/procedure-schema.js';
import { DEFAULT_STENT, STENT_NAMES, type StentName } from '../model/stent-names.js';
import { whenHolds } from '../model/when-holds.js';
import type { CompileContext } from './compile-context.js';
import { initialContext } from './initial-context.js';
import { setupFromCase, setupFromInline, type ObstructionSetup } from './obstruction-setup.js';
import type { ActionCompiler, Span } from './tracks/action-compiler.js';
import { advanceTrack } from './tracks/advance-track.js';
import { capTrack } from './tracks/cap-track.js';
import { contrastTrack } from './tracks/contrast-track.js';
import { decompressTrack } from './tracks/decompress-track.js';
import { deflateTrack } from './tracks/deflate-track.js';
import { deployTrack } from './tracks/deploy-track.js';
import { exchangeTrack } from './tracks/exchange-track.js';
import { flowTrack } from './tracks/flow-track.js';
import { inflateTrack } from './tracks/inflate-track.js';
import { markTrack } from './tracks/mark-track.js';
import { openLesionTrack } from './tracks/open-lesion-track.js';
import { pigtailTrack } from './tracks/pigtail-track.js';
import { removeTrack } from './tracks/remove-track.js';
import { withdrawTrack } from './tracks/withdraw-track.js';
import { stepDevices } from './step-devices.js';
import type { Timeline, TimelineStep } from './timeline-types.js';

const COMPILERS: { readonly [T in Action['type']]: ActionCompiler<T> } = {
  advance: advanceTrack,
  withdraw: withdrawTrack,
  exchange: exchangeTrack,
  contrast: contrastTrack,
  pigtail: pigtailTrack,
  flow: flowTrack,
  cap: capTrack,
  remove: removeTrack,
  highlight: markTrack,
  dim: markTrack,
  decompress: decompressTrack,
  inflate: inflateTrack,
  deflate: deflateTrack,
  deploy: deployTrack,
  'open-lesion': openLesionTrack,
};

const compile = (ctx: CompileContext, action: Action, span: Span) =>
  (COMPILERS[action.type] as ActionCompiler<Action['type']>)(ctx, action as never, span);

/** How a procedure is compiled. */
export interface CompileOptions {
  /** The requested access side; a case that must be drained from one side (IIIa, IIIb) overrides it. */
  readonly approach: Approach;
  /**
   * The obstruction case: a case id of data/obstructions.json, or a case.
   * Default: the procedure's own `obstruction` if it has one, else `distal`.
   */
  readonly obstruction?: string | ObstructionCase;
  /** The stent type that actions of kind `stent` place (default `mesh`). */
  readonly stent?: StentName;
}

/**
 * The obstruction a compile uses, and the anatomy as that case's surgery left it. A procedure with no
 * bile-duct blockage of its own ignores the cases.
 */
function obstructionFor(
  procedure: Procedure,
  anatomy: Anatomy,
  choice: CompileOptions['obstruction'],
): [ObstructionSetup, Anatomy] {
  const own = procedure.obstruction;
  if (own && (choice === undefined || own.duct === undefined)) return [setupFromInline(own), anatomy];
  const found = typeof choice === 'object' ? choice : obstructionCase(choice ?? DEFAULT_OBSTRUCTION);
  return [setupFromCase(found), caseAnatomy(anatomy, found)];
}

/** Fills `{obstruction}` in a step text with the case's summary. */
const fillText = (text: string, summary: string) =>
  text.replaceAll('{obstruction}', summary).replace(/\s+/g, ' ').trim();

/** Ms into a step of its still picture: the moment it names (checked by parseProcedure), else its end. */
function pictureMoment(step: { duration: number; picture?: string }, { moment: momentOf }: StepTimes): number {
  const moment = step.picture === undefined ? step.duration : momentOf(step.picture);
  return typeof moment === 'number' ? Math.min(Math.max(moment, 0), step.duration) : step.duration;
}

/**
 * Compiles a parsed procedure for one approach, obstruction case and stent
 * type ("compile, then play"): the steps whose conditions hold are laid end
 * to end on one time axis (ms), each action's `at` offset becomes absolute
 * times, and every track records its from- and to-values, so
 * `sampleTimeline` is a pure function of t. A case that must be drained
 * from one side (Bismuth IIIa: left; IIIb: right) overrides the requested
 * approach when the procedure offers that side; an approach the procedure
 * does not offer falls back to its default. `Timeline.approach` is the one
 * used. A pair that `checkSuitability`
 * rejects still compiles. Expects a procedure checked by `parseProcedure`
 * against the same anatomy; throws for an unknown obstruction case id.
 */
export function compileTimeline(procedure: Procedure, anatomy: Anatomy, options: CompileOptions): Timeline {
  const offered = procedure.options.approach;
  const stent = options.stent && STENT_NAMES.includes(options.stent) ? options.stent : DEFAULT_STENT;
  const [setup, operated] = obstructionFor(procedure, anatomy, options.obstruction);
  const asked = setup.drainSide && offered.values.includes(setup.drainSide) ? setup.drainSide : options.approach;
  const approach = offered.values.includes(asked) ? asked : offered.default;
  const variant = { approach, obstruction: setup.id, stent };
  const [ctx, base] = initialContext(procedure, operated, variant, setup);
  const steps: TimelineStep[] = [];
  let t = 0;
  for (const plain of procedure.steps) {
    if (!whenHolds(plain.when, variant)) continue;
    const step = { ...plain, ...plain.wording.find((w) => whenHolds(w.when, variant)), when: plain.when };
    ctx.stepEnd = t + step.duration;
    const timed = stepTimes(step.actions, step.duration);
    const { times } = timed;
    const held = step.actions.filter((action, j) => {
      const holds = whenHolds(action.when, variant);
      if (holds) compile(ctx, action, { start: t + times[j]!.start, end: t + times[j]!.end });
      return holds;
    });
    const preset = pickApproach(step.camera, approach) ?? 'overview';
    const camera = setup.frames?.[preset] ?? preset;
    const labels = pickApproach(step.labels, approach) ?? [];
    steps.push({
      id: step.id,
      title: step.title,
      patientTitle: step.patientTitle ?? step.title,
      clinician: fillText(step.clinician, setup.summary.clinician),
      patient: fillText(step.patient, setup.summary.patient),
      guidance: step.guidance,
      start: t,
      end: ctx.stepEnd,
      picture: t + pictureMoment(step, timed),
      camera: (camera === LESION_CAMERA ? setup.camera : camera) as CameraName,
      labels: labels === 'lesion' ? setup.labels : labels,
      reveal: step.reveal,
      sources: step.sources,
      devices: stepDevices(held),
    });
    t = ctx.stepEnd;
  }
  const devices = [...ctx.tracks.filter((k) => k.type === 'device'), ...[...ctx.devices.values()].map((d) => d.track)];
  devices.sort((a, b) => a.appear - b.appear);
  const others = ctx.tracks.filter((k) => k.type !== 'device');
  return {
    procedureId: procedure.id,
    title: procedure.title,
    patientTitle: procedure.patientTitle ?? procedure.title,
    approach,
    obstruction: setup.id,
    stent,
    steps,
    duration: t,
    tracks: [base, ...devices, ...others],
  };
}
