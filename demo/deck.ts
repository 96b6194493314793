import Reveal from 'reveal.js';
import 'reveal.js/reveal.css';
import 'reveal.js/theme/white.css';
import '../src/index.ts';
import { bindDeckSteps } from './deck-steps.ts';

// A lecture deck: arrow keys and clickers move the slides; fragments move the widget's steps.
const deck = new Reveal({ hash: true, width: 1280, height: 800, margin: 0.02 });
bindDeckSteps(deck);
void deck.initialize();
