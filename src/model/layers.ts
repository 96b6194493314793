// Plain constants, apart from the schemas: the drawing needs them without the validator.

/** Paint order, bottom to top (composition §7). */
export const LAYERS = [
  'spine',
  'lung',
  'stomach',
  'liver',
  'segments',
  'portal',
  'pancreas',
  'arteries',
  'gallbladder',
  'ducts-behind',
  'ducts',
  'duodenum',
  'wall',
  'markers',
] as const;

/** Colour families; each maps to a documented --li-* custom property. */
export const TONES = [
  'liver',
  'segment',
  'bile',
  'pancreatic-duct',
  'gallbladder',
  'portal',
  'artery',
  'vein',
  'pancreas',
  'duodenum',
  'stomach',
  'bone',
  'cartilage',
  'lung',
  'pleura',
  'diaphragm',
  'ligament',
  'skin',
  'reference',
] as const;
