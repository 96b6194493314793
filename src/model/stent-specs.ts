import * as v from 'valibot';
import stents from '../../data/stents.json';
import { StentFileSchema, type StentSpec } from './stent-schema.js';
import type { StentName } from './stent-names.js';

/** data/stents.json, validated when the module loads (a broken file fails every test at once). */
export const STENT_SPECS: Readonly<Record<StentName, StentSpec>> = Object.fromEntries(
  Object.entries(v.parse(StentFileSchema, stents)).filter(([key]) => !key.startsWith('$')),
) as Record<StentName, StentSpec>;
