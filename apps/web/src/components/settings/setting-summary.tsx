import type { Setting } from '@vigil/types';
import { formatSettingValue } from '../../lib/settings';

export function SettingSummary({ setting }: { setting: Setting }) {
  const { value, definition, isDefault, updatedAt } = setting;
  return (
    <dl className="setting-summary">
      <div>
        <dt>Current</dt>
        <dd>
          {formatSettingValue(value, definition)}
          {isDefault && <span className="tag">default</span>}
        </dd>
      </div>
      <div>
        <dt>Default</dt>
        <dd>{formatSettingValue(definition.default, definition)}</dd>
      </div>
      {updatedAt && (
        <div>
          <dt>Changed</dt>
          <dd>
            <time dateTime={updatedAt}>{new Date(updatedAt).toLocaleString()}</time>
          </dd>
        </div>
      )}
    </dl>
  );
}
