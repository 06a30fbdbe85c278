import type { Channel, FieldProblem } from '@vigil/types';
import { problemsAt } from '../../lib/alerts/field-problems';
import type { LevelDraft } from '../../lib/alerts/policy-draft';
import { TextField } from '../forms/text-field';

interface EscalationLevelFieldsProps {
  id: string;
  index: number;
  level: LevelDraft;
  channels: Channel[];
  onChange: (level: LevelDraft) => void;
  onRemove: (() => void) | null;
  problems: FieldProblem[];
}

/** One level: how long after firing, and which channels hear about it then. */
export function EscalationLevelFields({ id, index, level, channels, onChange, onRemove, problems }: EscalationLevelFieldsProps) {
  const path = `levels[${index}]`;
  const channelProblems = problemsAt(problems, `${path}.channelIds`);
  const toggle = (channelId: string, isChecked: boolean) =>
    onChange({ ...level, channelIds: isChecked ? [...level.channelIds, channelId] : level.channelIds.filter((item) => item !== channelId) });
  return (
    <fieldset className="card stack-sm level-fields">
      <legend>Level {index + 1}</legend>
      <TextField
        id={`${id}-after`}
        label="Minutes after firing"
        inputMode="numeric"
        value={level.afterMinutes}
        onChange={(afterMinutes) => onChange({ ...level, afterMinutes })}
        problems={problemsAt(problems, `${path}.afterMinutes`)}
      />
      <fieldset className="channel-choices" aria-describedby={`${id}-channels-problems`}>
        <legend>Channels</legend>
        {channels.length === 0 && <p className="muted">Create a channel first.</p>}
        {channels.map((channel) => (
          <label key={channel.id} className="inline-field">
            <input type="checkbox" className="checkbox" checked={level.channelIds.includes(channel.id)} onChange={(event) => toggle(channel.id, event.target.checked)} />
            {channel.name}
          </label>
        ))}
        <ul id={`${id}-channels-problems`} className="field-problems" aria-live="polite">
          {channelProblems.map((problem) => (
            <li key={problem}>{problem}</li>
          ))}
        </ul>
      </fieldset>
      {onRemove && (
        <div>
          <button type="button" className="button button-small" onClick={onRemove}>
            Remove level {index + 1}
          </button>
        </div>
      )}
    </fieldset>
  );
}
