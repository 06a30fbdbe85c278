import { MASKED_SECRET, type Channel } from '@vigil/types';
import { channelDraftOf, channelInputOf, localProblems } from './channel-draft';
import { problemsAt, unclaimedProblems } from './field-problems';

const stored: Channel = {
  id: 'c1',
  name: 'ops hook',
  type: 'webhook',
  config: { url: 'https://hooks.example/x', secret: MASKED_SECRET, headers: { authorization: MASKED_SECRET } },
  isDefault: false,
  enabled: true,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
};

describe('channelInputOf', () => {
  it('sends stored secrets back masked when nothing new was typed', () => {
    expect(channelInputOf(channelDraftOf(stored)).config).toEqual({
      url: 'https://hooks.example/x',
      secret: MASKED_SECRET,
      headers: { authorization: MASKED_SECRET },
    });
  });

  it('sends a typed secret instead, and leaves out a removed one', () => {
    const draft = channelDraftOf(stored);
    draft.configs.webhook.secret = { isStored: true, typed: 'new-secret' };
    draft.configs.webhook.headers = [];
    expect(channelInputOf(draft).config).toEqual({ url: 'https://hooks.example/x', secret: 'new-secret' });
  });

  it('splits recipient lists and reads the port as a number', () => {
    const draft = channelDraftOf(null);
    draft.type = 'email';
    draft.configs.email = { ...draft.configs.email, host: 'smtp.example', port: '465', from: 'vigil@example.org', to: 'a@example.org\n b@example.org ,c@example.org' };
    expect(channelInputOf(draft).config).toMatchObject({ port: 465, to: ['a@example.org', 'b@example.org', 'c@example.org'] });
  });

  it('names a port that is not a number before anything is sent', () => {
    const draft = channelDraftOf(null);
    draft.type = 'email';
    draft.configs.email.port = 'smtp';
    expect(localProblems(draft)).toEqual([{ field: 'config.port', problem: 'must be a whole number' }]);
  });
});

describe('problemsAt', () => {
  const problems = [
    { field: 'config.to[1]', problem: 'must be an email address' },
    { field: 'config.url', problem: 'is required' },
    { field: 'config', problem: 'must be an object' },
  ];

  it('puts a problem inside a field next to that field, naming the part', () => {
    expect(problemsAt(problems, 'config.to')).toEqual(['to[1]: must be an email address']);
    expect(problemsAt(problems, 'config.url')).toEqual(['is required']);
  });

  it('leaves the problems no field claims for the form as a whole', () => {
    expect(unclaimedProblems(problems, ['config.to', 'config.url'])).toEqual([{ field: 'config', problem: 'must be an object' }]);
  });
});
