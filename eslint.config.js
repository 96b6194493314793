import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import litA11y from 'eslint-plugin-lit-a11y';

/** Ways to parse text as markup: author text must never reach them (XSS). */
const MARKUP_SINKS = [
  ...['innerHTML', 'outerHTML'].map((name) => ({
    selector: `MemberExpression[property.name='${name}']`,
    message: `${name} parses markup; render author text through Lit templates or textContent.`,
  })),
  ...['insertAdjacentHTML', 'createContextualFragment', 'parseFromString', 'html', 'write', 'writeln'].map((name) => ({
    selector: `CallExpression[callee.type='MemberExpression'][callee.property.name='${name}']`,
    message: `.${name}() parses markup (d3's .html() too); use text instead.`,
  })),
  ...['unsafeHTML', 'unsafeSVG', 'unsafeMathML', 'unsafeStatic'].map((name) => ({
    selector: `CallExpression[callee.name='${name}']`,
    message: `${name} renders markup; author text must stay text.`,
  })),
];

export default tseslint.config(
  { ignores: ['dist', 'dist-demo', 'dist-embed', 'dist-h5p', 'node_modules', 'screenshots', 'custom-elements.json'] },
  ...tseslint.configs.recommended,
  // lit-localize writes these with its own lint directives.
  { files: ['src/element/i18n/generated/*.ts'], linterOptions: { reportUnusedDisableDirectives: 'off' } },
  {
    files: ['src/**/*.ts'],
    plugins: { lit, wc, 'lit-a11y': litA11y },
    rules: {
      ...lit.configs.recommended.rules,
      ...wc.configs.recommended.rules,
      ...litA11y.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'd3', message: 'Import d3 submodules (d3-shape, …).' }],
          patterns: [
            { group: ['lit/directives/unsafe-*'], message: 'Author text is rendered as text, never as markup.' },
          ],
        },
      ],
      'no-restricted-syntax': ['error', ...MARKUP_SINKS],
    },
  },
  {
    // The demo and embed pages show author-chosen text too.
    files: ['demo/**/*.ts'],
    rules: { 'no-restricted-syntax': ['error', ...MARKUP_SINKS] },
  },
  {
    // chai's property assertions (`.to.exist`) are expressions by design.
    files: ['test/**/*.ts'],
    rules: { '@typescript-eslint/no-unused-expressions': 'off' },
  },
  {
    files: ['scripts/**/*.mjs', '*.mjs', '*.js'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly' } },
  },
);
