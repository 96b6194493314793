import routes from '../../data/routes.json';
import type { SharedRoutes } from './routes-schema.js';

/** data/routes.json, trusted as bundled: test/data/bundled-data.test.ts validates it against its schema. */
export const SHARED_ROUTES = routes as unknown as SharedRoutes;
