import type { ReactiveControllerHost } from 'lit';
import type { Unsuitability } from '../../model/check-suitability.js';
import { DataError } from '../../model/data-error.js';
import type { ObstructionName } from '../../model/obstruction-names.js';
import type { Anatomy } from '../../model/parse-anatomy.js';
import type { ProcedureName } from '../../model/procedure-names.js';
import { cachedProcedure, fetchProcedure } from '../../model/procedure-loader.js';
import type { Procedure } from '../../model/procedure-schema.js';
import type { StentName } from '../../model/stent-names.js';
import { loadTimeline } from '../../timeline/load-timeline.js';
import { stepAt } from '../../timeline/sample-timeline.js';
import type { Timeline } from '../../timeline/timeline-types.js';
import { offeredApproach } from '../offered-approach.js';
import { LoadError } from '../load-error.js';
import type { TransportController } from './transport-controller.js';

/** The element's inputs that decide what is loaded. */
export interface DataHost extends ReactiveControllerHost {
  readonly anatomyFiles: Readonly<Record<string, unknown>>;
  readonly procedure: ProcedureName;
  readonly procedureData: unknown;
  /** Replaced by the procedure's default when the procedure does not offer it. */
  approach: string;
  readonly obstruction: ObstructionName;
  readonly stent: StentName;
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

  constructor(
    private readonly host: DataHost,
    private readonly transport: TransportController,
    private readonly warned: Set<string>,
  ) {}

  /** Parses the data; on failure keeps the last good anatomy and timeline and shows why. */
  load(): void {
    const host = this.host;
    const json = host.procedureData ?? cachedProcedure(host.procedure);
    if (json === undefined && host.procedure !== 'none') {
      // Fetch the procedure's chunk; the picture stays as it is until it arrives.
      const name = host.procedure;
      this.pending = fetchProcedure(name)
        .then(() => {
          if (host.procedure === name) this.load();
        })
        .catch((e: unknown) => this.setError(new LoadError(name, e)))
        .finally(() => (this.pending = undefined));
      return;
    }
    try {
      const loaded = loadTimeline({
        anatomyFiles: host.anatomyFiles,
        procedure: host.procedure,
        procedureData: json,
        authored: host.procedureData !== null,
        approach: host.approach,
        obstruction: host.obstruction,
        stent: host.stent,
      });
      const before = this.timeline;
      const time = this.transport.time;
      const into = before ? time - before.steps[stepAt(before, time)]!.start : Infinity;
      this.anatomy = loaded.anatomy;
      this.timeline = loaded.timeline;
      this.procedure = loaded.procedure;
      host.approach = offeredApproach(host.approach, loaded.procedure, this.warned);
      this.unsuitable = loaded.unsuitable;
      this.error = null;
      host.requestUpdate();
      // Switching approach, stent, obstruction or data keeps the step, and the time within it.
      const step = loaded.timeline?.steps[this.transport.requestedStep(loaded.timeline)];
      if (step) this.transport.playback.seek(Math.min(step.end, step.start + Math.max(0.01, into)));
    } catch (e) {
      this.setError(e instanceof DataError ? e : new DataError('data', [{ path: '(root)', message: String(e) }]));
    }
  }

  private setError(error: DataError): void {
    this.error = error;
    this.host.requestUpdate();
  }
}
