import type { ChannelType, FieldProblem } from '@vigil/types';
import type { ConfigDrafts } from '../../lib/alerts/channel-draft';
import { problemsAt } from '../../lib/alerts/field-problems';
import { SecretField } from '../forms/secret-field';
import { CheckField, TextField } from '../forms/text-field';
import { WebhookHeadersField } from './webhook-headers-field';

interface ChannelConfigFieldsProps {
  id: string;
  type: ChannelType;
  configs: ConfigDrafts;
  onChange: (configs: ConfigDrafts) => void;
  problems: FieldProblem[];
}

/** The controls of one channel type; each shows the API's problems about `config.<field>`. */
export function ChannelConfigFields({ id, type, configs, onChange, problems }: ChannelConfigFieldsProps) {
  const at = (field: string) => ({ id: `${id}-${field}`, problems: problemsAt(problems, `config.${field}`) });

  switch (type) {
    case 'webhook': {
      const config = configs.webhook;
      const set = (changes: Partial<ConfigDrafts['webhook']>) => onChange({ ...configs, webhook: { ...config, ...changes } });
      return (
        <>
          <TextField {...at('url')} label="URL" inputMode="url" value={config.url} onChange={(url) => set({ url })} />
          <SecretField {...at('secret')} label="Signing secret (optional)" isOptional draft={config.secret} onChange={(secret) => set({ secret })} />
          <WebhookHeadersField {...at('headers')} headers={config.headers} onChange={(headers) => set({ headers })} />
        </>
      );
    }
    case 'slack': {
      const config = configs.slack;
      const set = (changes: Partial<ConfigDrafts['slack']>) => onChange({ ...configs, slack: { ...config, ...changes } });
      return (
        <>
          <SecretField {...at('webhookUrl')} label="Incoming webhook URL" draft={config.webhookUrl} onChange={(webhookUrl) => set({ webhookUrl })} />
          <TextField {...at('channel')} label="Slack channel (optional)" value={config.channel} onChange={(channel) => set({ channel })} />
          <TextField {...at('username')} label="Post as (optional)" value={config.username} onChange={(username) => set({ username })} />
        </>
      );
    }
    case 'email': {
      const config = configs.email;
      const set = (changes: Partial<ConfigDrafts['email']>) => onChange({ ...configs, email: { ...config, ...changes } });
      return (
        <>
          <TextField {...at('host')} label="SMTP host" value={config.host} onChange={(host) => set({ host })} />
          <TextField {...at('port')} label="Port" inputMode="numeric" value={config.port} onChange={(port) => set({ port })} />
          <CheckField {...at('secure')} label="TLS from the first byte (port 465)" checked={config.secure} onChange={(secure) => set({ secure })} />
          <TextField {...at('username')} label="SMTP user (optional)" value={config.username} onChange={(username) => set({ username })} />
          <SecretField {...at('password')} label="SMTP password (optional)" isOptional draft={config.password} onChange={(password) => set({ password })} />
          <TextField {...at('from')} label="From" inputMode="email" value={config.from} onChange={(from) => set({ from })} />
          <TextField {...at('to')} label="To, one address per line" isMultiline value={config.to} onChange={(to) => set({ to })} />
        </>
      );
    }
    case 'pagerduty': {
      const config = configs.pagerduty;
      const set = (changes: Partial<ConfigDrafts['pagerduty']>) => onChange({ ...configs, pagerduty: { ...config, ...changes } });
      return (
        <>
          <SecretField {...at('routingKey')} label="Routing key" draft={config.routingKey} onChange={(routingKey) => set({ routingKey })} />
          <TextField {...at('url')} label="Events API URL (optional)" inputMode="url" value={config.url} onChange={(url) => set({ url })} hint="Empty: PagerDuty's own." />
        </>
      );
    }
    case 'sms': {
      const config = configs.sms;
      const set = (changes: Partial<ConfigDrafts['sms']>) => onChange({ ...configs, sms: { ...config, ...changes } });
      return (
        <>
          <TextField {...at('url')} label="Gateway URL" inputMode="url" value={config.url} onChange={(url) => set({ url })} />
          <SecretField {...at('token')} label="Bearer token (optional)" isOptional draft={config.token} onChange={(token) => set({ token })} />
          <TextField {...at('from')} label="Sender (optional)" value={config.from} onChange={(from) => set({ from })} />
          <TextField {...at('to')} label="To, one number per line" isMultiline value={config.to} onChange={(to) => set({ to })} />
        </>
      );
    }
  }
}
