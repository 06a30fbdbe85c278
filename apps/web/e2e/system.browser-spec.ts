import { BROWSER_TEST_TIMEOUT_MS } from './support/browser-env';
import { describeInBrowser } from './support/describe-in-browser';
import { useSharedBrowser } from './support/shared-browser';

jest.setTimeout(BROWSER_TEST_TIMEOUT_MS);

describeInBrowser('System', () => {
  const shared = useSharedBrowser();

  it('moves every chart to the range picked with the keyboard, at the resolution the API chose', async () => {
    const page = await shared.newPage();
    await page.goto(`${shared.webUrl}/system`);
    const oneHour = page.getByRole('radio', { name: '1 hour' });
    await oneHour.waitFor({ state: 'attached' });
    expect(await oneHour.isChecked()).toBe(true);
    await page.getByText('one point per 15 s').first().waitFor();

    await oneHour.focus();
    await page.keyboard.press('ArrowRight');

    expect(await page.getByRole('radio', { name: '6 hours' }).isChecked()).toBe(true);
    // Every chart on the page follows; the step asked for 6 h is one minute.
    await page.waitForFunction(() => {
      const notes = [...document.querySelectorAll('.resolution')].map((note) => note.textContent ?? '');
      return notes.length >= 5 && notes.every((note) => note.includes('one point per 60 s'));
    });
    await page.close();
  });
});
