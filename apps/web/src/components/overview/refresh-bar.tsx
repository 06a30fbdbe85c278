interface RefreshBarProps {
  refreshSeconds: number;
  /** Epoch ms of the last successful check; 0 before the first. */
  checkedAt: number;
  isFetching: boolean;
  onRefresh: () => void;
}

export function RefreshBar({ refreshSeconds, checkedAt, isFetching, onRefresh }: RefreshBarProps) {
  return (
    <div className="refresh-bar">
      <p className="muted">
        {refreshSeconds > 0 ? `Auto-refresh every ${refreshSeconds} s` : 'Auto-refresh off'}
        {checkedAt > 0 && (
          <>
            {' · Checked at '}
            <time dateTime={new Date(checkedAt).toISOString()}>{new Date(checkedAt).toLocaleTimeString()}</time>
          </>
        )}
      </p>
      <button type="button" className="button" onClick={onRefresh} disabled={isFetching}>
        {isFetching ? 'Checking…' : 'Check now'}
      </button>
    </div>
  );
}
