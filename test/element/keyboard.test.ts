import { keyboardWalks } from './keyboard-walk.js';

// The stent's walk, the longest, has a file of its own (keyboard-stent.test.ts): each file keeps within the runner's
// 600 s in Firefox.
keyboardWalks([
  { procedure: 'ptcd', obstruction: 'distal' },
  { procedure: 'internal-drainage', obstruction: 'hilar-2' },
  { procedure: 'balloon-dilation', obstruction: 'benign-anastomotic' },
]);
