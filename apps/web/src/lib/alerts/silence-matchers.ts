import type { SilenceMatcher } from '@vigil/types';

/** `name=value` (equal), `name!=value`, `name=~regex`, `name!~regex`, one per line, as Alertmanager writes them. */
export function parseMatchers(text: string): SilenceMatcher[] | string {
  const matchers: SilenceMatcher[] = [];
  for (const line of text.split('\n').map((item) => item.trim()).filter(Boolean)) {
    const match = /^([A-Za-z_][A-Za-z0-9_]*)\s*(=~|!~|!=|=)\s*"?(.*?)"?$/.exec(line);
    if (!match) return `"${line}" is not name=value`;
    const [, name = '', operator = '=', value = ''] = match;
    matchers.push({ name, value, isRegex: operator.endsWith('~'), isEqual: !operator.startsWith('!') });
  }
  return matchers.length > 0 ? matchers : 'add at least one matcher';
}
