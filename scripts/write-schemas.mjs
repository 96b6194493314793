// Publishes JSON Schemas for authors, generated from the runtime valibot schemas
// so the two can never disagree.
import { writeFileSync, mkdirSync } from 'node:fs';
import { build } from 'esbuild';

const out = await build({
  stdin: {
    contents: `
      import { toJsonSchema } from '@valibot/to-json-schema';
      // Editor help is added here only, so the texts stay out of the runtime bundle.
      import { addHelp } from './src/model/schema-help.ts';
      import { ANATOMY_HELP, LANDMARKS_HELP, OBSTRUCTION_HELP, PROCEDURE_HELP } from './src/model/field-help.ts';
      import { AnatomyFileSchema } from './src/model/anatomy-schema.ts';
      import { ObstructionFileSchema } from './src/model/obstruction-schema.ts';
      import { ProcedureSchema } from './src/model/procedure-schema.ts';
      export const anatomy = toJsonSchema(addHelp(AnatomyFileSchema, ANATOMY_HELP), { errorMode: 'ignore' });
      export const obstructions = toJsonSchema(addHelp(ObstructionFileSchema, OBSTRUCTION_HELP), { errorMode: 'ignore' });
      export const procedure = toJsonSchema(addHelp(ProcedureSchema, PROCEDURE_HELP), { errorMode: 'ignore' });
      import { DeviceFileSchema } from './src/model/device-schema.ts';
      import { CameraFileSchema } from './src/model/camera-schema.ts';
      import { StentFileSchema } from './src/model/stent-schema.ts';
      import { SharedRoutesSchema } from './src/model/routes-schema.ts';
      import { LandmarksSchema } from './src/model/landmarks-schema.ts';
      export const devices = toJsonSchema(DeviceFileSchema, { errorMode: 'ignore' });
      export const cameras = toJsonSchema(CameraFileSchema, { errorMode: 'ignore' });
      export const stents = toJsonSchema(StentFileSchema, { errorMode: 'ignore' });
      export const routes = toJsonSchema(SharedRoutesSchema, { errorMode: 'ignore' });
      export const landmarks = toJsonSchema(addHelp(LandmarksSchema, LANDMARKS_HELP), { errorMode: 'ignore' });
      import { SharedSequencesSchema } from './src/model/sequence-schema.ts';
      export const sequences = toJsonSchema(SharedSequencesSchema, { errorMode: 'ignore' });
    `,
    resolveDir: process.cwd(),
    loader: 'ts',
  },
  bundle: true,
  format: 'esm',
  platform: 'node',
  write: false,
});
const mod = await import(`data:text/javascript;base64,${Buffer.from(out.outputFiles[0].text).toString('base64')}`);
mkdirSync('data/schema', { recursive: true });
const files = [
  ['anatomy', mod.anatomy, 'liver-intervention anatomy file'],
  ['obstructions', mod.obstructions, 'liver-intervention obstruction cases'],
  ['procedure', mod.procedure, 'liver-intervention procedure file'],
  ['devices', mod.devices, 'liver-intervention device kinds'],
  ['cameras', mod.cameras, 'liver-intervention camera presets'],
  ['stents', mod.stents, 'liver-intervention stent types'],
  ['routes', mod.routes, 'liver-intervention shared routes'],
  ['landmarks', mod.landmarks, 'liver-intervention anatomy roles'],
  ['sequences', mod.sequences, 'liver-intervention shared action sequences'],
];
for (const [name, schema, title] of files) {
  writeFileSync(`data/schema/${name}.schema.json`, JSON.stringify({ ...schema, title }, null, 2) + '\n');
}
console.log(`wrote ${files.map(([name]) => `data/schema/${name}.schema.json`).join(', ')}`);
