import { expect } from '@open-wc/testing';
import React from 'react';
import ReactDOM, { type Root } from 'react-dom/client';
import type { LiverIntervention as Element } from '../../src/element/liver-intervention.js';
import type { StepChangeDetail } from '../../src/element/events.js';
import { LiverIntervention } from '../../src/react.js';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

describe('liver-intervention/react', () => {
  let host: HTMLDivElement;
  let root: Root;
  beforeEach(() => {
    host = document.createElement('div');
    host.style.width = '640px';
    document.body.append(host);
    root = ReactDOM.createRoot(host);
  });
  afterEach(() => {
    React.act(() => root.unmount());
    host.remove();
  });

  it('renders the element with props as attributes and forwards its events', async () => {
    const ref = React.createRef<Element>();
    const steps: StepChangeDetail[] = [];
    await React.act(async () =>
      root.render(
        React.createElement(LiverIntervention, {
          ref,
          procedure: 'ptcd',
          audience: 'patient',
          step: 2,
          onStepChange: (e) => steps.push(e.detail),
        }),
      ),
    );
    const el = host.querySelector('liver-intervention')!;
    expect(el).to.equal(ref.current);
    await el.updateComplete;
    expect(el.getAttribute('audience')).to.equal('patient');
    expect(el.step).to.equal(2);
    expect(el.shadowRoot!.querySelector('svg.scene')).to.exist;
    expect(el.shadowRoot!.querySelector('[part="caption"]')!.textContent!.trim()).to.not.equal('');
    await React.act(async () => {
      el.step = 4;
      await el.updateComplete;
    });
    expect(steps.at(-1)?.step).to.equal(4);
  });
});
