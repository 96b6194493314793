/**
 * The entry of the organ cavity's chunk (see devices/lazy-devices.ts): contrast given into the gallbladder, which
 * spreads from the needle's tip, the gallstones in it and an inflamed wall. Only a procedure that fills a cavity or has stones (the
 * cholecystostomy) fetches it, and a widget awaits it before showing one.
 */
export { cavityContrast, cavityInlet, cavityPool } from './cavity-contrast.js';
export { gallstonePaths, gallstoneShapes } from './gallstones.js';
export { inflamedPaths } from './inflamed-wall.js';
