import type { Action, Approach } from '../model/action-schema.js';
import { actionTimes } from '../model/action-times.js';
import type { CameraName } from '../model/cameras.js';
import type { Anatomy } from '../model/parse-anatomy.js';
import { pickApproach } from '../model/pick-approach.js';
import type { Procedure } from '../model/procedure-schema.js';
import type { CompileContext } from './compile-context.js';
import { initialContext } from './initial-context.js';
import type { ActionCompiler, Span } from './tracks/action-compiler.js';
import { advanceTrack } from './tracks/advance-track.js';
import { contrastTrack } from './tracks/contrast-track.js';
import { decompressTrack } from './tracks/decompress-track.js';
import { exchangeTrack } from './tracks/exchange-track.js';
import { flowTrack } from './tracks/flow-track.js';
import { markTrack } from './tracks/mark-track.js';
import { pigtailTrack } from './tracks/pigtail-track.js';
import { removeTrack } from './tracks/remove-track.js';
import { withdrawTrack } from './tracks/withdraw-track.js';
import type { Timeline, TimelineStep } from './timeline-types.js';

const COMPILERS: { readonly [T in Action['type']]: ActionCompiler<T> } = {
  advance: advanceTrack,
  withdraw: withdrawTrack,
  exchange: exchangeTrack,
  contrast: contrastTrack,
  pigtail: pigtailTrack,
  flow: flowTrack,
  remove: removeTrack,
  highlight: markTrack,
  dim: markTrack,
  decompress: decompressTrack,
};

const compile = (ctx: CompileContext, action: Action, span: Span) =>
  (COMPILERS[action.type] as ActionCompiler<Action['type']>)(ctx, action as never, span);

/**
 * Compiles a parsed procedure for one approach ("compile, then play"): the
 * steps that apply are laid end to end on one time axis (ms), each action's
 * `at` offset becomes absolute times, and every track records its from- and
 * to-values, so `sampleTimeline` is a pure function of t. An approach the
 * procedure does not offer falls back to its default. Expects a procedure
 * checked by `parseProcedure` against the same anatomy.
 */
export function compileTimeline(procedure: Procedure, anatomy: Anatomy, options: { approach: Approach }): Timeline {
  const offered = procedure.options.approach;
  const approach = offered.values.includes(options.approach) ? options.approach : offered.default;
  const [ctx, base] = initialContext(procedure, anatomy, approach);
  const steps: TimelineStep[] = [];
  let t = 0;
  for (const step of procedure.steps) {
    if (step.when && step.when.approach !== approach) continue;
    ctx.stepEnd = t + step.duration;
    const times = actionTimes(step.actions, step.duration);
    step.actions.forEach((action, j) => compile(ctx, action, { start: t + times[j]!.start, end: t + times[j]!.end }));
    steps.push({
      id: step.id,
      title: step.title,
      clinician: step.clinician,
      patient: step.patient,
      guidance: step.guidance,
      start: t,
      end: ctx.stepEnd,
      camera: (pickApproach(step.camera, approach) ?? 'overview') as CameraName,
      labels: pickApproach(step.labels, approach) ?? [],
      reveal: step.reveal,
      sources: step.sources,
    });
    t = ctx.stepEnd;
  }
  const devices = [...ctx.tracks.filter((k) => k.type === 'device'), ...[...ctx.devices.values()].map((d) => d.track)];
  devices.sort((a, b) => a.appear - b.appear);
  const others = ctx.tracks.filter((k) => k.type !== 'device');
  return {
    procedureId: procedure.id,
    title: procedure.title,
    approach,
    steps,
    duration: t,
    tracks: [base, ...devices, ...others],
  };
}
