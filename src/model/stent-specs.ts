import stents from '../../data/stents.json';
import type { StentSpec } from './stent-schema.js';
import type { StentName } from './stent-names.js';

/** data/stents.json, trusted as bundled: test/data/bundled-data.test.ts validates it against its schema. */
export const STENT_SPECS: Readonly<Record<StentName, StentSpec>> = Object.fromEntries(
  Object.entries(stents).filter(([key]) => !key.startsWith('$')),
) as unknown as Record<StentName, StentSpec>;
