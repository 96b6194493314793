import { allLocales } from '../src/element/i18n/locale-codes.js';

/** Each locale's name in its own language, so an author finds theirs whatever language the editor is in. */
const NAMES: Readonly<Record<(typeof allLocales)[number], string>> = {
  en: 'English',
  es: 'Español',
  'zh-Hans': '简体中文',
};

/** The languages the editor offers: the element's own locales. */
export const LANGUAGES: readonly { readonly value: string; readonly label: string }[] = allLocales.map((value) => ({
  value,
  label: NAMES[value],
}));
