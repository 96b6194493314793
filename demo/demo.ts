import '../src/index.ts';

// The form mirrors the element's attributes; the URL keeps the choice so a link reproduces it.
const el = document.querySelector('liver-intervention')!;
const form = document.querySelector<HTMLFormElement>('#options')!;
const params = new URLSearchParams(location.search);
for (const select of form.querySelectorAll('select')) {
  const value = params.get(select.name);
  if (value) select.value = value;
  el.setAttribute(select.name, select.value);
  select.addEventListener('change', () => {
    el.setAttribute(select.name, select.value);
    params.set(select.name, select.value);
    history.replaceState(null, '', `?${params}`);
  });
}
