/** A catheter's lumen on an X-ray, as a fraction of its width: walls of 15 % each side (inside and outside the body). */
export const X_RAY_LUMEN = 0.7;
