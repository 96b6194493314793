/**
 * The languages the editor offers: the element's locales with their names in their own language, so an author
 * finds theirs whatever language the editor is in.
 */
export const LANGUAGES: readonly { readonly value: string; readonly label: string }[] = [
  { value: 'en', label: 'English' },
];
