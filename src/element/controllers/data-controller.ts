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
import { DEFAULT_ANATOMY_FILES } from '../../model/default-anatomy.js';
import { DataErrorEvent } from '../events.js';
import type { AuthorContentController } from './author-content-controller.js';
import type { TransportController } from './transport-controller.js';

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
  readonly approach: 'right' | 'left';
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
    private readonly content: Pick<AuthorContentController, 'procedure' | 'anatomy'>,
  ) {}

  /** Parses the data; on failure keeps the last good anatomy and timeline and shows why. */
  load(): void {
    const host = this.host;
    const authored =
      host.procedureData !== null && host.procedureData !== undefined
        ? { json: host.procedureData, source: 'procedureData' }
        : this.content.procedure;
    const json = authored ? authored.json : cachedProcedure(host.procedure);
    if (json === undefined && host.procedure !== 'none') {
      // Fetch the procedure's chunk; the picture stays as it is until it arrives.
      const name = host.procedure;
      this.pending = fetchProcedure(name)
        .then(() => {
          if (host.procedure === name) this.load();
        })
        .catch((e: unknown) => {
          this.setError(
            new DataError(`${name}.json`, [{ path: '(root)', message: `could not be loaded: ${String(e)}` }]),
          );
        })
        .finally(() => {
          this.pending = undefined;
          host.requestUpdate();
        });
      return;
    }
    try {
      const loaded = loadTimeline({
        // Files given by property win over an inline anatomy script.
        anatomyFiles:
          host.anatomyFiles === DEFAULT_ANATOMY_FILES && this.content.anatomy
            ? (this.content.anatomy.json as Record<string, unknown>)
            : host.anatomyFiles,
        procedure: host.procedure,
        procedureData: json,
        source: authored?.source,
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
    announceError(this.host, error);
  }
}
