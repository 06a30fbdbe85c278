'use client';

import { useSetAutoScaling } from '../../lib/hooks/scaling';

interface AutoScalingToggleProps {
  service: string;
  isEnabled: boolean;
  /** The note saying what the toggle does and does not do. */
  describedBy: string;
}

export function AutoScalingToggle({ service, isEnabled, describedBy }: AutoScalingToggleProps) {
  const toggle = useSetAutoScaling();
  return (
    <>
      <button
        type="button"
        className="button button-small"
        role="switch"
        aria-checked={isEnabled}
        aria-describedby={describedBy}
        disabled={toggle.isPending}
        onClick={() => toggle.mutate({ service, enabled: !isEnabled })}
      >
        {isEnabled ? 'On' : 'Off'}
        <span className="visually-hidden"> auto-scaling of {service}</span>
      </button>
      {toggle.error && (
        <span className="form-problem" role="alert">
          {toggle.error.message}
        </span>
      )}
    </>
  );
}
