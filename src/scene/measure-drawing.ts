/**
 * The entry of the measure step's chunk (see devices/lazy-devices.ts): the brackets beside a marker catheter and
 * their figures. Only the stent procedure measures, and it waits for this chunk with its stent drawing.
 */
export { measureLayout, measureNumerals, measurePaths } from './measure-brackets.js';
