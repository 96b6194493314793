// Writes the README's API section from custom-elements.json (made by the
// analyzer from the element's JSDoc), so the docs never drift from the code.
import { readFileSync, writeFileSync } from 'node:fs';

const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const decl = manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === 'liver-intervention');
if (!decl) throw new Error('liver-intervention not found in custom-elements.json');
const cell = (s) =>
  String(s ?? '')
    .replace(/\|/g, '\\|')
    .replace(/\n+/g, ' ')
    .trim();
const pub = (m) => !m.privacy && !m.static && !m.name.startsWith('_');
const rows = [];
rows.push('| attribute | property | type | default | description |', '| --- | --- | --- | --- | --- |');
for (const a of decl.attributes ?? []) {
  const field = (decl.members ?? []).find((m) => m.name === a.fieldName);
  rows.push(
    `| \`${a.name}\` | \`${a.fieldName}\` | ${cell(field?.type?.text)} | ${cell(field?.default)} | ${cell(a.description ?? field?.description)} |`,
  );
}
const props = (decl.members ?? []).filter(
  (m) => m.kind === 'field' && pub(m) && !(decl.attributes ?? []).some((a) => a.fieldName === m.name),
);
rows.push('', '| property (no attribute) | type | description |', '| --- | --- | --- |');
for (const p of props) rows.push(`| \`${p.name}\` | ${cell(p.type?.text)} | ${cell(p.description)} |`);
rows.push('', '| method | description |', '| --- | --- |');
for (const m of (decl.members ?? []).filter((m) => m.kind === 'method' && pub(m))) {
  const params = (m.parameters ?? []).map((p) => p.name).join(', ');
  rows.push(`| \`${m.name}(${params})\` | ${cell(m.description)} |`);
}
rows.push('', '| event | description |', '| --- | --- |');
for (const e of (decl.events ?? []).filter((e) => e.name)) rows.push(`| \`${e.name}\` | ${cell(e.description)} |`);
rows.push('', '| CSS part | description |', '| --- | --- |');
for (const p of decl.cssParts ?? []) rows.push(`| \`${p.name}\` | ${cell(p.description)} |`);
rows.push('', '| CSS custom property | description |', '| --- | --- |');
for (const p of decl.cssProperties ?? []) rows.push(`| \`${p.name}\` | ${cell(p.description)} |`);

const readme = readFileSync('README.md', 'utf8');
const begin = '<!-- api:begin -->';
const end = '<!-- api:end -->';
const [head, rest] = readme.split(begin);
if (rest === undefined) throw new Error(`README.md lacks ${begin}`);
const tail = rest.split(end)[1] ?? '';
writeFileSync('README.md', `${head}${begin}\n\n${rows.join('\n')}\n\n${end}${tail}`);
console.log(`README API table: ${rows.length} lines from custom-elements.json`);
