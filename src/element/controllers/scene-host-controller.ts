import { msg } from '@lit/localize';
import type { SceneWords } from '../../scene/scene-words.js';
import { render, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { renderDetails } from '../templates/details.js';
import { cameraNamed, type Camera, type CameraName } from '../../model/cameras.js';
import { attachZoom } from '../../render/attach-zoom.js';
import { createSceneSvg, moveStructureFocus, SceneRenderer, type SceneHover } from '../../render/render-scene.js';
import { SceneBuilder } from '../../scene/build-scene.js';
import type { Scene } from '../../scene/scene-types.js';
import { sceneInputFor, type ElementView } from '../../scene/scene-input.js';
import { stateKey } from '../../scene/shape-cache.js';
import { bundledFileOf, loadedStructureTexts, structureTexts } from '../../model/structure-texts.js';
import { sampleTimeline, stepAt } from '../../timeline/sample-timeline.js';
import type { SampledState, Timeline } from '../../timeline/timeline-types.js';
import { StructureEvent } from '../events.js';
import type { Catalogue } from '../i18n/catalogue.js';
import { inLanguage } from '../i18n/messages.js';
import { markSpotlight } from '../../render/mark-spotlight.js';
import type { DataController } from './data-controller.js';
import type { ReducedMotionController } from './reduced-motion-controller.js';
import type { ResizeController } from './resize-controller.js';
import type { TransportController } from './transport-controller.js';
import type { UserViewController } from './user-view-controller.js';

/** The element's display attributes the scene reads, and the pinned structure it sets. */
export interface SceneHost extends ReactiveControllerHost, EventTarget {
  readonly renderRoot: HTMLElement | DocumentFragment;
  readonly labels: boolean;
  readonly view: 'illustration' | 'fluoroscopy';
  readonly audience: 'clinician' | 'patient';
  readonly camera: CameraName;
  readonly ducts: 'normal' | 'dilated';
  readonly theme?: string;
  readonly spotlight?: boolean;
  selected: string | null;
}

/** The controllers the scene draws from. */
export interface SceneParts {
  readonly size: ResizeController;
  readonly motion: ReducedMotionController;
  readonly transport: TransportController;
  readonly data: { readonly anatomy?: DataController['anatomy']; readonly timeline?: Timeline };
  readonly userView: UserViewController;
  /** The widget's language: a translated description comes in a chunk of its own, as the English one does. */
  readonly catalogue: () => Catalogue;
  /** Draws the frame again (the scene and the details line) without an element update, in the widget's language. */
  readonly redraw: () => void;
}

/** The drawing's name and description; read while drawing, so they are in the widget's language. */
const title = () => msg('Liver and biliary tree, front view');
const description = () =>
  msg(
    'Front view with the patient facing you: the patient’s right is on your left. The liver sits under the right ribs; bile ducts (green) join at the hilum into the common hepatic duct, which becomes the common bile duct and runs behind the duodenum and pancreas to the papilla.',
  );
/** The drawing's own words; read while drawing, so they are in the widget's language. */
export const sceneWords = (): SceneWords => ({
  lesions: {
    mass: { name: msg('Tumour (block)'), plain: msg('blocking lump') },
    sleeve: { name: msg('Tumour (cholangiocarcinoma)'), plain: msg('blocking growth') },
    ring: { name: msg('Stricture (scar)'), plain: msg('narrow scar') },
  },
  xrayLesions: {
    mass: { name: msg('Cut-off', { desc: 'X-ray: where the contrast column stops' }), plain: msg('dye stops here') },
    sleeve: { name: msg('Cut-off', { desc: 'X-ray: where the contrast column stops' }), plain: msg('dye stops here') },
    ring: { name: msg('Stricture', { desc: 'X-ray: a narrowed stretch of contrast' }), plain: msg('narrow part') },
  },
  xrayStented: {
    name: msg('Stricture (stented)', { desc: 'X-ray: a block a stent now holds open, contrast runs through it' }),
    plain: msg('stent holds it open'),
  },
  plain: {
    stent: msg('stent', { desc: 'A patient’s label for the stent on the drawing' }),
    balloon: msg('balloon'),
    drain: msg('drain'),
    needle: msg('needle'),
    scanner: msg('scanner', { desc: 'The ultrasound probe, in plain words' }),
    tube: msg('tube', { desc: 'A patient’s label for a catheter or sheath on the drawing' }),
    wire: msg('wire', { desc: 'A patient’s label for a guidewire on the drawing' }),
    lump: msg('lump'),
    blockage: msg('blockage'),
  },
  where: {
    flank: msg('Here: your right side, between two ribs'),
    underRibs: msg('Here: your right side, under the ribs'),
    belowBreastbone: msg('Here: just below your breastbone'),
    went: msg('This is where it went in', {
      desc: 'Patient body map, on steps after the puncture: the marked skin spot',
    }),
  },
  measure: {
    locale: msg('en', { desc: 'The language tag (BCP 47) whose number format the measure figures use, e.g. es' }),
    margin: msg('{0} cm margin', {
      desc: 'Measure step: the bracket of the margin beyond one end of the stricture; {0} is its length in cm',
    }),
    stricture: msg('{0} cm stricture', {
      desc: 'Measure step: the bracket of the narrowed stretch (the stricture); {0} is its length in cm',
    }),
    into: msg('{0} cm into D2', {
      desc: 'Measure step: the bracket of a transpapillary stent end standing in the duodenum (D2); {0} is the number',
    }),
    sum: msg('{0} + {1} + {2} ≈ {3} cm', {
      desc: 'Measure step: the plan; {0} upper margin, {1} stricture, {2} lower end, {3} their total, numbers in cm',
    }),
    stent: {
      transpapillary: msg('→ {0} cm stent, transpapillary', {
        desc: 'Measure step: the stent chosen; {0} is its length in whole cm; its lower end crosses the papilla',
      }),
      suprapapillary: msg('→ {0} cm stent, above the papilla', {
        desc: 'Measure step: the stent chosen; {0} is its length in whole cm; its lower end stays above the papilla',
      }),
      none: msg('→ {0} cm stent', { desc: 'Measure step: the stent chosen; {0} is its length in whole cm' }),
    },
  },
});

/** Runs `work` when the browser is idle (soon after, where it cannot tell). */
const whenIdle = (work: () => void): void => {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(work, { timeout: 2000 });
  else setTimeout(work, 200);
};

/** A drawing at least this wide (px) gets the projector's label size. */
const PROJECTOR_DRAWING_PX = 1050;

/**
 * Owns the scene's SVG inside the stage: creates it once, attaches zoom and
 * pan, draws each frame (only what changed), and tracks the hovered or pinned
 * structure. The SVG outlives a removal from the page, so a widget moved or
 * re-inserted shows the same step at once.
 */
export class SceneHostController implements ReactiveController {
  /** The structure under the pointer or focus, by anatomy id. */
  hovered: string | null = null;
  /** Whether a pointer, not the keyboard's focus, chose `hovered`. */
  private pointed = false;
  private svg?: SVGSVGElement;
  private renderer?: SceneRenderer;
  private readonly builder = new SceneBuilder();
  /** The last scene drawn: a hover draws it again with the hovered structure marked and labelled. */
  private scene?: Scene;
  private memo?: { timeline: Timeline; t: number; state: SampledState };
  /** The anatomy files whose structure texts this widget waits for, to draw again when they come. */
  private readonly awaited = new Set<string>();
  /** The next step's first frame last handed to prepareNext. */
  private prepared?: { key: string; timeline: Timeline; step: number };

  constructor(
    private readonly host: SceneHost,
    private readonly uid: string,
    private readonly parts: SceneParts,
  ) {
    host.addController(this);
  }

  /** Draws the current frame into the stage, creating the SVG on first use. */
  draw(): void {
    const { size, userView, data } = this.parts;
    const stage = this.host.renderRoot.querySelector('.stage');
    if (!stage || !data.anatomy) return;
    size.observe(stage);
    // Draw the first frame at the stage's real size, not at a fallback the resize observer then corrects.
    if (!size.width) size.measure(stage);
    if (!this.svg || this.svg.parentNode !== stage) {
      this.svg?.remove();
      this.svg = createSceneSvg(stage, title(), description(), this.uid);
      this.renderer = new SceneRenderer(this.svg, this.uid, {
        onActivate: (id, pinned, pointer) => this.activate(id, pinned, pointer),
      });
      attachZoom(this.svg, {
        onZoom: (factor, x, y) => userView.zoomAt(factor, x, y),
        onPan: (dx, dy) => userView.pan(dx, dy),
      });
    }
    this.describe(this.svg);
    try {
      const host = this.host;
      const view: ElementView = {
        size,
        labels: host.labels,
        // The pinned structure; a hovered one is marked and labelled over the scene (hover()), not built into it.
        active: host.selected,
        view: host.view,
        audience: host.audience,
        userView: userView.view,
        camera: host.camera,
        ducts: host.ducts,
        // Projector labels are larger, and placed at that size; so are those of a drawing as wide as a projector's
        // (a widget about 1600 px wide with the caption beside it), seen from as far away.
        labelScale: host.theme === 'projector' || size.width >= PROJECTOR_DRAWING_PX ? 1.3 : 1,
        words: sceneWords(),
      };
      const input = sceneInputFor(view, this.sampled());
      this.scene = this.builder.build(data.anatomy, input);
      this.renderer!.render(this.scene, this.hover());
      markSpotlight(this.svg, host.spotlight ? host.selected : null);
      this.showDetails();
      this.prepareNext(view);
    } catch (e) {
      // A drawing fault must never take the host page down; the last frame stays.
      console.error('<liver-intervention>: could not draw the scene', e);
    }
  }

  /**
   * The drawing's own keys, for a keyboard and screen-reader user to move among
   * its structures without a tab stop each: `]` next, `[` previous, Escape back
   * to the drawing. Returns true when the key was taken.
   */
  handleStructureKey(e: KeyboardEvent): boolean {
    if (!this.svg || e.altKey || e.ctrlKey || e.metaKey) return false;
    if (e.key === ']' || e.key === '[') {
      e.preventDefault();
      moveStructureFocus(this.svg, e.key === ']' ? 1 : -1);
      return true;
    }
    if (e.key === 'Escape' && e.target !== e.currentTarget) {
      e.preventDefault();
      (e.currentTarget as HTMLElement).focus();
      return true;
    }
    return false;
  }

  /**
   * Builds the next step's first frame once when the browser is idle: its anatomy paths and label layout are then
   * cached, and a click on Next, or playback crossing into that step, draws from the cache instead of working them
   * out. A step's first frame costs most (about 8 ms of script at CPU×1, against about 1 ms for the frames after
   * it), and at CPU×4 many of playback's long frames were such frames.
   */
  private prepareNext(view: ElementView): void {
    const { data, transport } = this.parts;
    const timeline = data.timeline;
    const anatomy = data.anatomy;
    if (!timeline || !anatomy) return;
    const step = stepAt(timeline, transport.time);
    // While it runs a frame comes every 16 ms: the key below is worked out once a step, not every frame.
    const running = transport.playing || transport.playback.running;
    if (running && this.prepared?.timeline === timeline && this.prepared.step === step) return;
    const next = timeline.steps[step + 1];
    if (!next) return;
    // The moment goTo shows first: just inside the step.
    const t = Math.min(next.end, next.start + 0.01);
    // The view's size is the resize controller: only its figures go into the key.
    const { width, height } = view.size;
    const key = `${timeline.procedureId}|${timeline.duration}|${t}|${stateKey({ ...view, size: { width, height } })}`;
    if (this.prepared?.key === key && this.prepared.timeline === timeline) {
      this.prepared.step = step;
      return;
    }
    const prepared = { key, timeline, step };
    this.prepared = prepared;
    let phases: Generator<void, unknown> | undefined;
    // One phase of the build per idle slice: the whole of it at once made long frames of its own while playing.
    const work = () => {
      if (this.prepared !== prepared || !this.svg?.isConnected) return;
      try {
        phases ??= new SceneBuilder().phases(anatomy, sceneInputFor(view, sampleTimeline(timeline, t)));
        if (!phases.next().done) whenIdle(work);
      } catch {
        // Only a head start: the click draws the step itself, and reports what fails then.
      }
    };
    whenIdle(work);
  }

  /** The hovered structure with the label it adds to the last scene, or null. */
  private hover(): SceneHover | null {
    const id = this.hovered;
    return id === null || id === this.host.selected ? null : { id, labels: this.builder.hoverLabels(id) };
  }

  /** The hovered or pinned structure's name and description in the details line (a hover changes nothing else). */
  private showDetails(): void {
    const box = this.host.renderRoot.querySelector<HTMLElement>('.details-slot > .details');
    if (!box) return;
    // A hovered structure's description opens over the controls below: moving the pointer across the drawing toward
    // them must not push them down and back. A focused or pinned one takes its place in the text (the focus may go
    // on to those controls, which a description left open over them would hide).
    const floating = this.pointed && this.hovered !== null && this.hovered !== this.host.selected;
    if (floating !== box.classList.contains('floating')) {
      const slot = box.parentElement!;
      slot.style.minHeight = floating ? `${slot.getBoundingClientRect().height}px` : '';
      box.classList.toggle('floating', floating);
    }
    // In the widget's language: a hover, a leave and texts arriving call this outside the frame's own language.
    const make = () => renderDetails(this.activeStructure(), this.host.audience);
    render(inLanguage(this.parts.catalogue().ui, make), box);
  }

  /** Keeps the drawing's name and description in the current language. */
  private describe(svg: SVGSVGElement): void {
    for (const [selector, text] of [
      [':scope > title', title()],
      [':scope > desc', description()],
    ] as const) {
      const node = svg.querySelector(selector);
      if (node && node.textContent !== text) node.textContent = text;
    }
  }

  /** The step's (or the `camera` attribute's) framing, before the user's zoom. */
  /** The camera the drawing was last drawn with (its bag and user zoom included), once it has been drawn. */
  drawnCamera(): Camera | undefined {
    return this.scene?.camera;
  }

  baseCamera(): Camera {
    const moment = this.sampled();
    const film = this.host.view === 'fluoroscopy' ? moment?.filmCamera : undefined;
    return film ?? moment?.camera ?? cameraNamed(this.host.camera);
  }

  /** The hovered structure, else the pinned one. */
  activeStructure() {
    const id = this.hovered ?? this.host.selected;
    const structure = id ? this.parts.data.anatomy?.byId.get(id) : undefined;
    if (!structure || structure.description !== undefined) return structure;
    // The built bundle leaves the bundled descriptions out of the first frame; they come, file by file, with the
    // first use, and a translation's with them.
    const file = bundledFileOf(structure.id);
    if (!file) return structure;
    const catalogue = this.parts.catalogue();
    const english = loadedStructureTexts(file);
    const translated = english && catalogue.needStructureTexts(file);
    if (!english || translated) {
      // Once per file: a language switch meanwhile is seen when they come, which asks again. Fetched after this
      // frame: starting a dynamic import costs a few ms at CPU×4, which the first hover's paint need not wait for.
      if (!this.awaited.has(file)) {
        this.awaited.add(file);
        setTimeout(() => {
          const texts = [structureTexts(file), this.parts.catalogue().needStructureTexts(file)];
          void Promise.all(texts).finally(() => (this.awaited.delete(file), this.showDetails()));
        });
      }
      return structure;
    }
    const texts = english.get(structure.id);
    const lookup = catalogue.lookup('anatomy');
    const say = (key: 'description' | 'plainDescription') => {
      const text = texts?.[key];
      return text === undefined || !lookup ? text : lookup(`structures.${structure.id}.${key}`, text);
    };
    return {
      ...structure,
      description: say('description') ?? structure.description,
      // An author's or translation's plain description (already there) wins.
      plainDescription: structure.plainDescription ?? say('plainDescription'),
    };
  }

  hostConnected(): void {
    // Back on the page (moved or re-inserted): draw again, at the step it was showing.
    if (this.svg) this.host.requestUpdate();
  }

  private sampled(): SampledState | undefined {
    const timeline = this.parts.data.timeline;
    if (!timeline) return undefined;
    const t = this.displayTime(timeline);
    // Render, camera and scale bar all ask within one frame: sample once.
    if (this.memo?.timeline !== timeline || this.memo.t !== t) {
      this.memo = { timeline, t, state: sampleTimeline(timeline, t) };
    }
    return this.memo.state;
  }

  /** Under reduced motion the picture snaps to each step's end: no tweening. */
  private displayTime(timeline: Timeline): number {
    const time = this.parts.transport.time;
    if (!this.parts.motion.reduced) return time;
    return timeline.steps[stepAt(timeline, time)]!.end;
  }

  private activate(id: string | null, pinned: boolean, pointer = false): void {
    if (!pinned) {
      const was = this.pointed;
      this.pointed = pointer;
      // The highlight, the hovered label and the details line follow the pointer without an element update or a
      // scene build: the last scene is drawn again with the hovered structure marked and its label placed alone.
      if (id !== this.hovered) {
        this.hovered = id;
        if (this.scene && this.renderer) this.renderer.render(this.scene, this.hover());
        else this.parts.redraw();
        this.showDetails();
      } else if (was !== pointer) this.showDetails();
      return;
    }
    this.host.selected = this.host.selected === id ? null : id;
    if (this.hovered !== null) {
      this.hovered = null;
      this.host.requestUpdate();
    }
    this.host.dispatchEvent(new StructureEvent(this.host.selected));
  }
}
