import type { Structure } from '../model/anatomy-schema.js';
import { LANDMARKS } from '../model/landmarks.js';

/**
 * When a label is placed, apart from where it reads (lower first; ties keep the reading order). The selected
 * structure comes first: it is what the user asked to see, so it takes its place before the others take theirs (a
 * long Spanish plain name found every spot near the common bile duct taken, and went unnamed). The block comes
 * next: a stent or a drain across it then finds room for its word further along, and on a phone the block keeps its
 * name (a patient's labels still read device, block, liver, gut). Then the device the step places (`subject`), then
 * the papilla: it has a few spots for its leader's end, which another device's word, with its whole length to point
 * at, would otherwise take (a placed stent's word kept off the gallbladder took them on a phone). The roomiest organ (the
 * liver) comes last: it finds room almost anywhere, and taken first it left a cholecystostomy's gallbladder unnamed.
 */
export const placementPriority =
  (active: string | null = null, subject: string | null = null) =>
  (s: Pick<Structure, 'id'>): number =>
    s.id === active
      ? -1
      : s.id === 'lesion'
        ? 0
        : s.id === subject
          ? 0.25
          : s.id === LANDMARKS.papilla
            ? 0.5
            : s.id === LANDMARKS.roomiest
              ? 1.5
              : 1;
