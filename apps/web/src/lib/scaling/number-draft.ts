/**
 * A number in a form: the text shown, and the exact value it was shown from. While the
 * text is untouched the exact value is what goes back, so saving an unedited form never
 * rounds a stored 0.6666666666666667 to the 0.666667 on screen.
 */
export interface NumberDraft {
  text: string;
  exact: number | null;
}

/** Six significant digits, without float noise: 0.03 × 100 shows as 3. */
function shown(value: number): string {
  return String(Number(value.toPrecision(6)));
}

/** `scale` turns the value into the unit the form shows (100 for a ratio typed as percent). */
export function numberDraftOf(value: number, scale = 1): NumberDraft {
  return { text: shown(value * scale), exact: value };
}

/** The value in the base unit, or null when the text is not a number (Number('') would be 0). */
export function readNumber(draft: NumberDraft, scale = 1): number | null {
  const text = draft.text.trim();
  if (draft.exact !== null && text === shown(draft.exact * scale)) return draft.exact;
  if (text === '' || !Number.isFinite(Number(text))) return null;
  return Number(text) / scale;
}

export function readWholeNumber(text: string): number | null {
  const trimmed = text.trim();
  return trimmed !== '' && Number.isInteger(Number(trimmed)) ? Number(trimmed) : null;
}
