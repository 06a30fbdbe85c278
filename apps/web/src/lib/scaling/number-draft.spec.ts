import { numberDraftOf, readNumber, readWholeNumber } from './number-draft';

describe('numberDraftOf', () => {
  it('shows the value in the form\'s unit without float noise', () => {
    expect(numberDraftOf(0.03, 100).text).toBe('3');
    expect(numberDraftOf(2 / 3).text).toBe('0.666667');
  });
});

describe('readNumber', () => {
  it('gives back the exact stored value while its text is untouched', () => {
    expect(readNumber(numberDraftOf(2 / 3))).toBe(2 / 3);
    expect(readNumber(numberDraftOf(0.03, 100), 100)).toBe(0.03);
  });

  it('reads typed text in the form\'s unit, and nothing from empty or wordy text', () => {
    expect(readNumber({ ...numberDraftOf(2 / 3), text: '0.5' })).toBe(0.5);
    expect(readNumber({ text: '70', exact: null }, 100)).toBe(0.7);
    expect(readNumber({ text: ' ', exact: null })).toBeNull();
    expect(readNumber({ text: 'high', exact: null })).toBeNull();
  });
});

describe('readWholeNumber', () => {
  it('reads whole numbers only', () => {
    expect(readWholeNumber(' 4 ')).toBe(4);
    expect(readWholeNumber('1.5')).toBeNull();
    expect(readWholeNumber('')).toBeNull();
  });
});
