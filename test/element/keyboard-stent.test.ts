import { keyboardWalks } from './keyboard-walk.js';

keyboardWalks([{ procedure: 'stent', obstruction: 'distal' }]);
