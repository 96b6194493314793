import * as v from 'valibot';
import routes from '../../data/routes.json';
import { SharedRoutesSchema } from './routes-schema.js';

/** data/routes.json, validated when the module loads (a broken file fails every test at once). */
export const SHARED_ROUTES = v.parse(SharedRoutesSchema, routes);
