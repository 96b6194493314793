/**
 * Marks the drawn parts of the spotlit structure (its outline, fill, contrast
 * and label) with `is-spot`; the stage's `spotlight` class dims the rest.
 * Runs after each draw, since drawing rewrites the class lists.
 */
export function markSpotlight(svg: SVGSVGElement, id: string | null): void {
  if (id === null) {
    for (const node of svg.querySelectorAll('.is-spot')) node.classList.remove('is-spot');
    return;
  }
  for (const node of svg.querySelectorAll('.layers [data-id], .labels [data-id]')) {
    node.classList.toggle('is-spot', node.getAttribute('data-id') === id);
  }
}
