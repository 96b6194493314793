import { css } from 'lit';

/** Colour and font tokens: every colour the element paints comes from one of these --li-* properties. */
export const tokens = css`
  :host {
    --li-liver: #a8513f;
    --li-segment: #a8513f;
    --li-bile: #2f8f4e;
    --li-gallbladder: #3f9a57;
    --li-portal: #6a55b0;
    --li-artery: #cf3b33;
    --li-vein: #4f67a8;
    --li-pancreas: #d9a441;
    --li-duodenum: #d77f98;
    --li-stomach: #c9849a;
    --li-bone: #7c8592;
    --li-cartilage: #9aa3ad;
    --li-lung: #6fa3d6;
    --li-pleura: #6fa3d6;
    --li-diaphragm: #c77b66;
    --li-ligament: #8a4a3c;
    --li-skin: #b07f63;
    --li-reference: #6b7785;
    --li-device: #2b3440;
    --li-wire: #c49a2c;
    --li-stent: #dfe6ee;
    --li-stent-second: #8fb3dc;
    --li-stent-edge: #2b3440;
    --li-balloon: #d9f1fb;
    --li-metal: #5f6b78;
    --li-hub: #3f7cc4;
    --li-catheter: #f3f0e6;
    --li-contrast: #1f2a36;
    --li-lesion: #a8431b;
    --li-bile-fluid: #d4920f;
    --li-fluid: #8dbbe0;
    --li-stone: #d8b968;
    --li-stone-edge: #6b4f1d;
    --li-pancreatic-duct: #7a5828;
    --li-probe: #6f7f90;
    --li-beam: #3a8fd6;
    --li-highlight: #0b57d0;
    --li-ink: #1d2630;
    --li-muted: #56606b;
    --li-surface: #ffffff;
    --li-tint: #ffffff;
    --li-liver-tint: #fff4ee;
    --li-panel: #f4f6f8;
    --li-focus: #1a66d2;
    --li-font: system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif;
  }
`;
