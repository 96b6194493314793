import { expect } from '@open-wc/testing';

async function cjsModuleUrl(path: string, requires: Record<string, string> = {}): Promise<string> {
  const source = await (await fetch(path)).text();
  const entries = Object.entries(requires);
  const imports = entries.map(([, url], i) => `import dep${i} from ${JSON.stringify(new URL(url, location.href).href)};`).join('\n');
  const table = entries.map(([id], i) => `${JSON.stringify(id)}: dep${i}`).join(',');
  const body = `${imports}
const module = { exports: {} }; const exports = module.exports;
const require = (id) => ({${table}})[id];
${source}
export default module.exports;`;
  return URL.createObjectURL(new Blob([body], { type: 'text/javascript' }));
}

describe('probe', () => {
  it('loads', async () => {
    const map = {
      imports: {
        [new URL('/node_modules/pluralize/pluralize.js', location.href).href]: await cjsModuleUrl('/node_modules/pluralize/pluralize.js'),
        [new URL('/node_modules/normalize-strings/index.js', location.href).href]: await cjsModuleUrl('/node_modules/normalize-strings/index.js', { './charmap.json': '/node_modules/normalize-strings/charmap.json' }),
      },
    };
    const script = document.createElement('script');
    script.type = 'importmap';
    script.textContent = JSON.stringify(map);
    document.head.append(script);
    // @ts-expect-error untyped
    const { default: rs } = await import('text-readability');
    expect(rs.fleschKincaidGrade('The cat sat on the mat. It was happy.')).to.be.a('number');
    console.log(rs.fleschKincaidGrade('The cat sat on the mat. It was very happy.'), rs.syllableCount('happy internal'));
  });
});
