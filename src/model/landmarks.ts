import * as v from 'valibot';
import landmarks from '../../data/landmarks.json';
import { LandmarksSchema, type Landmarks } from './landmarks-schema.js';

/** data/landmarks.json, validated when the module loads (a broken file fails every test at once). */
export const LANDMARKS: Landmarks = v.parse(LandmarksSchema, landmarks);
