/** CSS text without comments and without the whitespace that the parser ignores. */
export function minifyCss(text: string): string;
/** A module's `css` templates with their literal parts minified; each interpolation left as it is. */
export function minifyCssTemplates(code: string): string;
