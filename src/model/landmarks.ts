import landmarks from '../../data/landmarks.json';
import type { Landmarks } from './landmarks-schema.js';

/** data/landmarks.json, trusted as bundled: test/data/bundled-data.test.ts validates it against its schema. */
export const LANDMARKS = landmarks as Landmarks;
