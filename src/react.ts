import { createComponent, type EventName } from '@lit/react';
import React from 'react';
import {
  LiverIntervention as LiverInterventionElement,
  type PlaybackEvent,
  type StepChangeEvent,
  type StructureEvent,
} from './index.js';

/**
 * `<LiverIntervention>` for React (entry point `liver-intervention/react`):
 * attributes and properties as props, the events as `onStepChange`, `onPlay`,
 * `onPause`, `onEnd` and `onStructure`, and a ref to the element for its methods.
 */
export const LiverIntervention = createComponent({
  tagName: 'liver-intervention',
  elementClass: LiverInterventionElement,
  react: React,
  events: {
    onStepChange: 'li-step-change' as EventName<StepChangeEvent>,
    onPlay: 'li-play' as EventName<PlaybackEvent>,
    onPause: 'li-pause' as EventName<PlaybackEvent>,
    onEnd: 'li-end' as EventName<PlaybackEvent>,
    onStructure: 'li-structure' as EventName<StructureEvent>,
  },
  displayName: 'LiverIntervention',
});
