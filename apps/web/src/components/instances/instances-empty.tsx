/** With no target yet: the three ways a service gets onto this list. */
export function InstancesEmpty() {
  return (
    <div className="stack-sm" data-testid="instances-empty">
      <p>
        <strong>No instance is listed yet.</strong> Vigil lists a service here, and scrapes its metrics, in one of three ways:
      </p>
      <ol className="stack-sm">
        <li>
          The service imports <code>@vigil/nestjs</code> with <code>serverUrl</code> and <code>token</code> (this server&apos;s{' '}
          <code>AGENT_TOKEN</code>): its agent registers itself with a heartbeat, e.g.{' '}
          <code className="mono">{"VigilModule.forRoot({ service: 'orders', serverUrl: 'http://vigil:3001', token })"}</code>.
        </li>
        <li>
          The server&apos;s <code>SCRAPE_TARGETS</code> names it, as a JSON list:{' '}
          <code className="mono">{'[{"service":"orders","url":"http://orders:3000/metrics"}]'}</code>.
        </li>
        <li>
          You add it with <strong>Add target</strong> above.
        </li>
      </ol>
    </div>
  );
}
