import { createHmac } from 'node:crypto';
import { MASKED_SECRET, type Channel, type ChannelInput, type EscalationPolicy, type NotificationMessage } from '@vigil/types';
import { BROWSER_TEST_TIMEOUT_MS } from './support/browser-env';
import { apiJson, eventually } from './support/api-calls';
import { describeInBrowser } from './support/describe-in-browser';
import { useSharedBrowser } from './support/shared-browser';
import { startWebhookReceiver, type WebhookReceiver } from './support/webhook-receiver';

jest.setTimeout(BROWSER_TEST_TIMEOUT_MS);

describeInBrowser('Channels', () => {
  const shared = useSharedBrowser();
  let receiver: WebhookReceiver;

  beforeAll(async () => {
    receiver = await startWebhookReceiver();
  });

  afterAll(() => receiver?.close());

  const signature = (secret: string, body: string) => `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;
  /** Test messages only: alerts firing in other files may reach channels too. */
  const testsReceivedAt = (path: string) =>
    receiver.received.filter((request) => request.path === path && (JSON.parse(request.body) as NotificationMessage).kind === 'test');

  const channelNamed = async (name: string) => (await apiJson<Channel[]>(shared.apiUrl, 'GET', '/api/v1/channels')).find((item) => item.name === name);

  it('creates a webhook channel, sends it a test, and keeps its secret through an edit', async () => {
    const name = `BrowserHook${Date.now()}`;
    const url = `${receiver.url}?created=${name}`;
    const page = await shared.newPage();
    await page.goto(`${shared.webUrl}/alerts/channels`);
    await page.getByRole('button', { name: 'New channel' }).click();
    const form = page.getByRole('form', { name: 'New channel' });
    await form.getByLabel('Name').fill(name);
    await form.getByLabel('Type').selectOption('webhook');
    await form.getByLabel('URL').fill(url);
    await form.getByLabel('Signing secret (optional)').fill('s3cret');
    await form.getByRole('button', { name: 'Create channel' }).click();
    await form.waitFor({ state: 'detached' });

    const channel = await channelNamed(name);
    expect(channel).toMatchObject({ type: 'webhook', enabled: true, config: { url, secret: MASKED_SECRET } });
    const item = page.locator(`[data-channel-id="${channel?.id}"]`);
    await item.getByRole('button', { name: `Send test to ${name}` }).click();
    await item.getByText(/^Delivered in/).waitFor();
    const first = testsReceivedAt(`/hook?created=${name}`);
    expect(first).toHaveLength(1);
    expect(first[0]?.headers['x-vigil-signature']).toBe(signature('s3cret', first[0]?.body ?? ''));

    // Saved without retyping it, the secret goes back masked and the API keeps the stored one.
    await item.getByRole('button', { name: `Edit ${name}` }).click();
    const edit = page.getByRole('form', { name: `Edit channel ${name}` });
    expect(await edit.getByLabel('Signing secret (optional)').inputValue()).toBe('');
    await edit.getByLabel('URL').fill(`${receiver.url}?edited=${name}`);
    await edit.getByRole('button', { name: 'Save channel' }).click();
    await edit.waitFor({ state: 'detached' });
    await item.getByRole('button', { name: `Send test to ${name}` }).click();
    // The first result stays on screen until the second arrives, so wait on the receiver.
    const edited = await eventually(async () => {
      const found = testsReceivedAt(`/hook?edited=${name}`);
      return found.length > 0 ? found : undefined;
    });
    await item.getByText(/^Delivered in/).waitFor();
    expect(edited).toHaveLength(1);
    expect(edited[0]?.headers['x-vigil-signature']).toBe(signature('s3cret', edited[0]?.body ?? ''));
    await page.close();
  });

  it('shows the API\'s problem next to the field it names', async () => {
    const page = await shared.newPage();
    await page.goto(`${shared.webUrl}/alerts/channels`);
    await page.getByRole('button', { name: 'New channel' }).click();
    const form = page.getByRole('form', { name: 'New channel' });
    await form.getByLabel('Name').fill(`BrowserBadHook${Date.now()}`);
    await form.getByLabel('URL').fill('not a url');
    await form.getByRole('button', { name: 'Create channel' }).click();
    const url = form.getByLabel('URL');
    await form.getByText('must be an absolute http(s) URL').waitFor();
    expect(await url.getAttribute('aria-invalid')).toBe('true');
    await page.close();
  });

  it('deletes a channel once the deletion is confirmed', async () => {
    const input: ChannelInput = { name: `BrowserDelete${Date.now()}`, type: 'webhook', config: { url: receiver.url } };
    const channel = await apiJson<Channel>(shared.apiUrl, 'POST', '/api/v1/channels', input);
    const page = await shared.newPage();
    await page.goto(`${shared.webUrl}/alerts/channels`);
    const item = page.locator(`[data-channel-id="${channel.id}"]`);
    await item.getByRole('button', { name: `Delete channel ${channel.name}` }).click();
    await item.getByRole('button', { name: 'Yes, delete channel' }).click();
    await item.waitFor({ state: 'detached' });
    expect(await channelNamed(channel.name)).toBeUndefined();
    await page.close();
  });

  it('creates an escalation policy that pages a channel after 15 minutes', async () => {
    const channel = await apiJson<Channel>(shared.apiUrl, 'POST', '/api/v1/channels', {
      name: `BrowserPager${Date.now()}`,
      type: 'webhook',
      config: { url: receiver.url },
    } satisfies ChannelInput);
    const name = `BrowserEscalation${Date.now()}`;
    const page = await shared.newPage();
    await page.goto(`${shared.webUrl}/alerts/escalation`);
    await page.getByRole('button', { name: 'New policy' }).click();
    const form = page.getByRole('form', { name: 'New escalation policy' });
    await form.getByLabel('Name').fill(name);
    await form.getByLabel('Minutes after firing').fill('15');
    await form.getByLabel(channel.name).check();
    await form.getByRole('button', { name: 'Create policy' }).click();
    await page.getByTestId('escalation-policy-list').getByText(`after 15 min → ${channel.name}`).waitFor();

    const policies = await apiJson<EscalationPolicy[]>(shared.apiUrl, 'GET', '/api/v1/escalation-policies');
    expect(policies.find((policy) => policy.name === name)?.levels).toEqual([{ afterMinutes: 15, channelIds: [channel.id] }]);
    await page.close();
  });
});
