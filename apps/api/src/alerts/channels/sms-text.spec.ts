import { SMS_TEXT_LIMIT, truncateText } from './sms-text.js';

describe('truncateText', () => {
  it('leaves a text within the limit untouched', () => {
    const text = 'a'.repeat(SMS_TEXT_LIMIT);
    expect(truncateText(text)).toBe(text);
  });

  it('cuts a longer text to the limit, ending in three ASCII dots (one GSM 7-bit segment)', () => {
    const cut = truncateText('word '.repeat(50));
    expect(cut).toBe(`${'word '.repeat(31)}wo...`);
    expect(cut).toHaveLength(SMS_TEXT_LIMIT);
  });

  it('counts and cuts by character, never splitting an emoji', () => {
    const cut = truncateText('🔥'.repeat(200), 10);
    expect(Array.from(cut)).toEqual([...Array.from('🔥'.repeat(7)), '.', '.', '.']);
  });
});
