import { msg } from '@lit/localize';
import { html, nothing } from 'lit';
import type { AftercareController } from '../controllers/aftercare-controller.js';
import type { AuthorContentController } from '../controllers/author-content-controller.js';
import type { DataController } from '../controllers/data-controller.js';
import type { FullscreenController } from '../controllers/fullscreen-controller.js';
import type { LanguageController } from '../controllers/language-controller.js';
import type { LazyPartsController } from '../controllers/lazy-parts-controller.js';
import { EXTRAS, STENT_TEXTS } from '../lazy/chunks.js';
import { renderContext } from './context-panel.js';
import type { HandoutController } from '../controllers/handout-controller.js';
import type { SceneHostController } from '../controllers/scene-host-controller.js';
import type { ShareController } from '../controllers/share-controller.js';
import type { TransportController } from '../controllers/transport-controller.js';
import type { UserViewController } from '../controllers/user-view-controller.js';
import type { ObstructionName } from '../../model/obstruction-names.js';
import type { StentName } from '../../model/stent-names.js';
import { stepAt } from '../../timeline/sample-timeline.js';
import type { Timeline } from '../../timeline/timeline-types.js';
import { renderCaption } from './caption.js';
import { renderControls, type ControlsHost } from './controls.js';
import { renderDataError } from './data-error.js';
import { detailsBox } from './details.js';

/** The element's attributes the template shows. */
export interface WidgetHost extends ControlsHost {
  procedure: string;
  readonly obstruction: ObstructionName;
  stent: StentName;
  readonly controls: boolean;
  readonly spotlight: boolean;
  readonly selected: string | null;
  readonly blank: boolean;
  readonly renderRoot: HTMLElement | DocumentFragment;
  readonly updateComplete: Promise<boolean>;
}

/** The controllers the template reads. */
export interface WidgetParts {
  readonly data: DataController;
  readonly content: AuthorContentController;
  readonly transport: TransportController;
  readonly userView: UserViewController;
  readonly fullscreen: FullscreenController;
  readonly share: ShareController;
  readonly scene: SceneHostController;
  readonly handout: HandoutController;
  readonly aftercare: AftercareController;
  readonly language: LanguageController;
  /** The parts in lazy chunks: the panels the default view does not show. */
  readonly lazy: LazyPartsController;
}

/** The chosen stent type's card, once the extras and the card's words are here (both are fetched on first use). */
function stentCard(el: WidgetHost, p: WidgetParts) {
  const texts = p.lazy.use(STENT_TEXTS)?.texts;
  const card = p.lazy.use(EXTRAS)?.renderStentCard;
  return texts && card ? card(el.stent, texts[el.stent], p.language.catalogue.lookup('stents'), el.audience) : nothing;
}

function stageLabel(timeline: Timeline | undefined): string {
  const explore = msg('Press ] and [ to move between the parts of the drawing, Enter to pin one, Escape to come back.');
  return timeline
    ? `${timeline.title}. ${msg('Arrow keys or Page Up/Down change the step, Space plays or pauses, F toggles full screen, B blanks.')} ${explore}`
    : `${msg('Liver and biliary tree.')} ${msg('F toggles full screen, B blanks.')} ${explore}`;
}

/** Switches to a suitable procedure; the button pressed goes away, so the focus moves to the drawing. */
function showInstead(el: WidgetHost, procedure: string): void {
  // The stent offered instead is a metal one.
  if (procedure === 'stent' && el.stent === 'plastic') el.stent = 'mesh';
  el.procedure = procedure;
  void el.updateComplete.then(() => el.renderRoot.querySelector<HTMLElement>('.stage')?.focus());
}

/** The whole widget: sides and scale bar, the stage the scene is drawn into, the texts, controls and panels. */
export function renderWidget(el: WidgetHost, p: WidgetParts) {
  const { timeline, unsuitable } = p.data;
  const error = p.content.error ?? p.data.error;
  // Asked for only when shown: until the chunk is here they are left out, and the widget renders again with them.
  const extras = () => p.lazy.use(EXTRAS);
  const index = timeline ? stepAt(timeline, p.transport.time) : 0;
  const onStructureKey = (e: KeyboardEvent) => {
    if (p.scene.handleStructureKey(e)) e.stopPropagation();
  };
  const controls =
    el.controls && !unsuitable
      ? renderControls(el, p.transport, p.userView, index, p.fullscreen, p.share)
      : { playback: nothing, display: nothing };
  return html`
    <figure lang=${p.language.language}>
      ${
        el.audience === 'patient'
          ? html`<div class="sides plain" aria-hidden="true">
              <span class="your-right">${msg('← Your right side')}</span
              ><span class="hint">${msg('as if you are facing the doctor')}</span>
            </div>`
          : html`<div class="sides" aria-hidden="true">
              <span>${msg('R (patient)', { desc: 'Side marker: the patient’s right' })}</span
              ><span class="scalebar"
                ><span class="bar"></span>${msg('1 cm')}<span class="scale-note"
                  >(${msg('tubes ×1.5 wide')})</span
                ></span
              ><span>${msg('L (patient)', { desc: 'Side marker: the patient’s left' })}</span>
            </div>`
      }
      <div
        class=${['stage', unsuitable ? 'is-unsuitable' : '', el.spotlight && el.selected ? 'spotlight' : '']
          .filter(Boolean)
          .join(' ')}
        part="scene"
        tabindex="0"
        role="group"
        aria-label=${stageLabel(timeline)}
        @keydown=${onStructureKey}
      ></div>
      <div class="text">
        ${controls.playback} ${error ? renderDataError(error, p.data.anatomy !== undefined) : nothing}
        ${
          p.data.pending || p.content.pending
            ? html`<p class="loading" part="loading" role="status">${msg('Loading the procedure…')}</p>`
            : nothing
        }
        ${
          unsuitable
            ? extras()?.renderUnsuitable(
                unsuitable,
                el.audience,
                el.obstruction,
                (name) => showInstead(el, name),
                p.language.catalogue.lookup('obstructions'),
              )
            : p.aftercare.render(index, renderCaption(timeline?.steps[index], el.audience))
        }
        ${detailsBox()} ${controls.display}
        ${
          p.share.open
            ? extras()?.renderSharePanel(
                p.share.link(),
                p.share.qr,
                (type) => void p.share.download(type),
                () => p.handout.print(),
              )
            : nothing
        }
        ${el.procedure === 'stent' ? stentCard(el, p) : nothing}
        ${renderContext(p.data.procedure?.context, el.audience, p.data.textsComing)}
      </div>
    </figure>
    <div class="handout" part="handout"></div>
    ${
      el.blank
        ? html`<div class="blank" part="blank" role="status">
            <span class="visually-hidden">${msg('Screen blanked: press B to show it again.')}</span>
          </div>`
        : nothing
    }
  `;
}
