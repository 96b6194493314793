import type { PropertyValues, ReactiveControllerHost } from 'lit';
import type { Unsuitability } from '../../model/check-suitability.js';
import { hasCase, loadOtherCases } from '../../model/bundled-obstructions.js';
import { DataError } from '../../model/data-error.js';
import { DEFAULT_ANATOMY_FILES } from '../../model/default-anatomy.js';
import type { ObstructionName } from '../../model/obstruction-names.js';
import type { Anatomy } from '../../model/parse-anatomy.js';
import type { ProcedureName } from '../../model/procedure-names.js';
import {
  cachedProcedure,
  fetchProcedure,
  hasPatientTexts,
  hasProcedureTexts,
  loadPatientTexts,
  loadProcedureTexts,
} from '../../model/procedure-loader.js';
import type { Procedure } from '../../model/procedure-schema.js';
import type { StentName } from '../../model/stent-names.js';
import { trustedParsers } from '../../model/trusted-parsers.js';
import type { DataParsers } from '../../model/validate-data.js';
import { loadTimeline } from '../../timeline/load-timeline.js';
import { awaitsLazyDevices, loadDeviceDrawing } from '../../scene/devices/lazy-devices.js';
import { stepAt } from '../../timeline/sample-timeline.js';
import type { Timeline } from '../../timeline/timeline-types.js';
import { LoadError } from '../../model/load-error.js';
import { offeredApproach } from '../offered-approach.js';
import { readChoice } from '../read-choice.js';
import { DataErrorEvent } from '../events.js';
import type { AuthorContentController } from './author-content-controller.js';
import type { TransportController } from './transport-controller.js';
import { type Catalogue, ENGLISH } from '../i18n/catalogue.js';
import { translatedAnatomy, translatedProcedure } from '../i18n/translate-inputs.js';

/** Tells the host page that data was rejected (`li-error`). */
export function announceError(host: EventTarget, error: DataError): void {
  const first = error.problems[0] ?? { path: '(root)', message: error.message };
  host.dispatchEvent(
    new DataErrorEvent({
      code: error.code,
      path: first.path,
      message: first.message,
      source: error.source,
      problems: error.problems,
    }),
  );
}

/** The element's inputs that decide what is loaded. */
export interface DataHost extends ReactiveControllerHost, EventTarget {
  readonly anatomyFiles: Readonly<Record<string, unknown>>;
  readonly procedure: ProcedureName;
  readonly procedureData: unknown;
  /** Replaced by the procedure's default when the procedure does not offer it. */
  approach: string;
  readonly obstruction: ObstructionName;
  readonly stent: StentName;
  /** Whose words the step texts are in: a patient's wait for the default procedure's patient texts. */
  readonly audience: string;
  readonly src: string | null;
  readonly step: number;
  selected: string | null;
}

/** The properties whose change loads the data again. */
const INPUTS = ['anatomyFiles', 'procedure', 'approach', 'procedureData', 'obstruction', 'stent'] as const;

/** The validators of author data, each here once its chunk has loaded. */
const validating: Partial<DataParsers> = {};

/**
 * The validator is in chunks of its own, which only author data needs, and each half only for its kind of data:
 * author anatomy loads the anatomy half, an author procedure the procedure half (valibot comes in a chunk both
 * share). The anatomy half checks author anatomy against every bundled case, so the cases other than the default
 * come with it.
 */
function loadValidators(anatomy: boolean, procedure: boolean): Promise<unknown> {
  return Promise.all([
    anatomy &&
      !validating.anatomy &&
      Promise.all([import('../../model/validate-anatomy.js'), loadOtherCases()]).then(([module]) => {
        validating.anatomy ??= module.validateAnatomy;
      }),
    procedure &&
      !validating.procedure &&
      import('../../model/parse-procedure.js').then((module) => {
        validating.procedure ??= module.parseProcedure;
      }),
  ]);
}

/**
 * Loads the anatomy and procedure (fetching a bundled procedure on demand)
 * and compiles the timeline; switching keeps the step and the time within it.
 */
export class DataController {
  anatomy?: Anatomy;
  timeline?: Timeline;
  procedure?: Procedure;
  unsuitable: Unsuitability | null = null;
  error: DataError | null = null;
  /** Set while a bundled procedure is being fetched. */
  pending?: Promise<void>;
  /** Set while a bundled procedure's context and aftercare texts are fetched, after it is drawn without them. */
  private texts?: Promise<void>;
  /** Whether the procedure shown is a bundled one without its context and aftercare texts. */
  private withoutTexts = false;

  /** Whether the procedure's context and aftercare texts are on their way (the build fetches them after drawing). */
  get textsComing(): boolean {
    return this.withoutTexts && this.texts !== undefined;
  }

  constructor(
    private readonly host: DataHost,
    private readonly transport: TransportController,
    private readonly warned: Set<string>,
    private readonly content: Pick<
      AuthorContentController,
      'procedure' | 'anatomy' | 'setSrc' | 'takeChanged' | 'pending'
    >,
    /** The language of the bundled data's text (author data stays as written). */
    private readonly language: () => Catalogue = () => ENGLISH,
  ) {}

  /** What is still being fetched (a procedure chunk, the validator, or the `src` file), if anything. */
  waiting(): Promise<void> | undefined {
    return this.pending ?? this.content.pending ?? this.texts;
  }

  /** Before each update: loads again when an input changed, shows a `step` set from outside, drops an unknown `selected`. */
  apply(changed: PropertyValues): void {
    const host = this.host;
    if (changed.has('src')) this.content.setSrc(host.src);
    if (this.content.takeChanged() || INPUTS.some((k) => changed.has(k)) || this.needsPatientTexts(changed)) {
      this.load();
    }
    const { timeline, anatomy } = this;
    if (changed.has('step') && timeline && host.step !== this.transport.shownStep + 1) {
      this.transport.jump(timeline.steps[this.transport.requestedStep(timeline)]!.end);
    }
    if (changed.has('selected') && host.selected && anatomy && !anatomy.byId.has(host.selected)) {
      readChoice(this.warned, 'selected', host.selected, [], '');
      host.selected = null;
    }
  }

  /** Whether the audience turned to the patient while the bundled procedure shown lacks its patient texts. */
  private needsPatientTexts(changed: PropertyValues): boolean {
    const host = this.host;
    const bundled = (host.procedureData === null || host.procedureData === undefined) && !this.content.procedure;
    return changed.has('audience') && host.audience === 'patient' && bundled && !hasPatientTexts(host.procedure);
  }

  /** Parses the data; on failure keeps the last good anatomy and timeline and shows why. */
  load(): void {
    const host = this.host;
    const given =
      host.procedureData !== null && host.procedureData !== undefined
        ? { json: host.procedureData, source: 'procedureData' }
        : this.content.procedure;
    // Files given by property win over an inline anatomy script.
    let anatomyFiles =
      host.anatomyFiles === DEFAULT_ANATOMY_FILES && this.content.anatomy
        ? (this.content.anatomy.json as Record<string, unknown>)
        : host.anatomyFiles;
    const authoredAnatomy = anatomyFiles !== DEFAULT_ANATOMY_FILES;
    const catalogue = this.language();
    const authored = given !== undefined;
    if ((authoredAnatomy && !validating.anatomy) || (authored && !validating.procedure)) {
      const fail = (e: unknown) =>
        new DataError('validator', [{ path: '(file)', message: `could not be loaded: ${String(e)}` }]);
      this.wait(loadValidators(authoredAnatomy, authored), fail, () => this.load());
      return;
    }
    let json = given ? given.json : cachedProcedure(host.procedure);
    if (json === undefined && host.procedure !== 'none') {
      // Fetch the procedure's chunk; the picture stays as it is until it arrives.
      const name = host.procedure;
      this.wait(
        fetchProcedure(name),
        (e) => new LoadError(name, e),
        () => {
          if (host.procedure === name) this.load();
        },
      );
      return;
    }
    if (!hasCase(host.obstruction)) {
      // A case other than the default (its anatomy and the summary the step texts name) is a chunk of its own.
      this.loadAfter(loadOtherCases());
      return;
    }
    if (!given && host.audience === 'patient' && !hasPatientTexts(host.procedure)) {
      // A procedure's patient texts are a chunk of their own, which a clinician's widget never fetches.
      this.loadAfter(loadPatientTexts(host.procedure));
      return;
    }
    const text = given ? undefined : catalogue.need(host.procedure);
    if (text) {
      this.loadAfter(text);
      return;
    }
    if (!authoredAnatomy) anatomyFiles = translatedAnatomy(anatomyFiles, catalogue);
    if (!given) json = translatedProcedure(json, host.procedure, host.obstruction, catalogue);
    const parsers: DataParsers = {
      anatomy: authoredAnatomy ? validating.anatomy! : trustedParsers.anatomy,
      procedure: authored ? validating.procedure! : trustedParsers.procedure,
    };
    try {
      const loaded = loadTimeline(
        {
          anatomyFiles,
          procedure: host.procedure,
          procedureData: json,
          source: given?.source,
          approach: host.approach,
          obstruction: host.obstruction,
          stent: host.stent,
        },
        parsers,
      );
      if (loaded.timeline && awaitsLazyDevices(loaded.timeline.tracks)) {
        // A stent, a balloon or the measure step is drawn by a chunk of its own: the picture stays as it is until
        // it arrives.
        this.loadAfter(loadDeviceDrawing(loaded.timeline.tracks));
        return;
      }
      const before = this.timeline;
      const time = this.transport.time;
      const into = before ? time - before.steps[stepAt(before, time)]!.start : Infinity;
      this.anatomy = loaded.anatomy;
      this.timeline = loaded.timeline;
      this.procedure = loaded.procedure;
      host.approach = offeredApproach(host.approach, loaded.procedure, this.warned);
      this.unsuitable = loaded.unsuitable;
      this.error = null;
      // In another language, the translation of the context and aftercare is a chunk of its own, too.
      this.withoutTexts =
        !given && (!hasProcedureTexts(host.procedure) || catalogue.needTexts(host.procedure) !== undefined);
      if (this.withoutTexts) this.loadTexts();
      host.requestUpdate();
      // Switching approach, stent, obstruction or data keeps the step, and the time within it.
      const step = loaded.timeline?.steps[this.transport.requestedStep(loaded.timeline)];
      if (step) this.transport.playback.seek(Math.min(step.end, step.start + Math.max(0.01, into)));
    } catch (e) {
      this.setError(e instanceof DataError ? e : new DataError('data', [{ path: '(root)', message: String(e) }]));
    }
  }

  /**
   * Fetches the procedure's context and aftercare texts, which playing does not need, and adds them to the
   * procedure shown: the timeline stays as it is, so playback goes on undisturbed.
   */
  private loadTexts(): void {
    const name = this.host.procedure;
    const task = Promise.all([loadProcedureTexts(name), this.language().needTexts(name)])
      .then(() => {
        const host = this.host;
        const catalogue = this.language();
        // Another procedure or language may be shown by now: it has its own fetch, or its texts already.
        if (!this.withoutTexts || !this.procedure || host.procedure !== name) return;
        if (catalogue.needTexts(name) !== undefined) return;
        this.withoutTexts = false;
        const json = translatedProcedure(cachedProcedure(name), name, host.obstruction, catalogue);
        const { context, aftercare } = trustedParsers.procedure(json, this.anatomy!, `${host.procedure}.json`);
        this.procedure = { ...this.procedure, context, aftercare };
      })
      .catch((e: unknown) => console.warn('<liver-intervention>: the clinical context could not be loaded', e))
      .finally(() => {
        if (this.texts === task) this.texts = undefined;
        this.host.requestUpdate();
      });
    this.texts = task;
  }

  /** Loads again once `task` (a chunk the current procedure needs) has arrived; its failure names the procedure. */
  private loadAfter(task: Promise<unknown>): void {
    const name = this.host.procedure;
    this.wait(
      task,
      (e) => new LoadError(name, e),
      () => this.load(),
    );
  }

  /** Marks the data as pending until `task` is done, then calls `then` (or shows what failed). */
  private wait(task: Promise<unknown>, fail: (e: unknown) => DataError, then: () => void): void {
    const pending: Promise<void> = task
      .then(then)
      .catch((e: unknown) => this.setError(fail(e)))
      .finally(() => {
        if (this.pending === pending) this.pending = undefined;
        this.host.requestUpdate();
      });
    this.pending = pending;
  }

  private setError(error: DataError): void {
    this.error = error;
    this.host.requestUpdate();
    announceError(this.host, error);
  }
}
