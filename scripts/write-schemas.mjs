// Publishes JSON Schemas for authors, generated from the runtime valibot schemas
// so the two can never disagree.
import { writeFileSync, mkdirSync } from 'node:fs';
import { build } from 'esbuild';

const out = await build({
  stdin: {
    contents: `
      import { toJsonSchema } from '@valibot/to-json-schema';
      import { AnatomyFileSchema } from './src/model/anatomy-schema.ts';
      import { ObstructionFileSchema } from './src/model/obstruction-schema.ts';
      import { ProcedureSchema } from './src/model/procedure-schema.ts';
      export const anatomy = toJsonSchema(AnatomyFileSchema, { errorMode: 'ignore' });
      export const obstructions = toJsonSchema(ObstructionFileSchema, { errorMode: 'ignore' });
      export const procedure = toJsonSchema(ProcedureSchema, { errorMode: 'ignore' });
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
];
for (const [name, schema, title] of files) {
  writeFileSync(`data/schema/${name}.schema.json`, JSON.stringify({ ...schema, title }, null, 2) + '\n');
}
console.log(`wrote ${files.map(([name]) => `data/schema/${name}.schema.json`).join(', ')}`);
