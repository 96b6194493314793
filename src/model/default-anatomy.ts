import access from '../../data/anatomy/access.json';
import ducts from '../../data/anatomy/ducts.json';
import liver from '../../data/anatomy/liver.json';
import skeleton from '../../data/anatomy/skeleton.json';
import thorax from '../../data/anatomy/thorax.json';
import vessels from '../../data/anatomy/vessels.json';
import viscera from '../../data/anatomy/viscera.json';

/** The bundled anatomy files, by file name, in paint-independent order. */
export const DEFAULT_ANATOMY_FILES: Readonly<Record<string, unknown>> = {
  'skeleton.json': skeleton,
  'thorax.json': thorax,
  'liver.json': liver,
  'vessels.json': vessels,
  'viscera.json': viscera,
  'ducts.json': ducts,
  'access.json': access,
};
