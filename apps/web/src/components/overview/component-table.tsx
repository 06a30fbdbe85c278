import type { ProbeComponent } from '@vigil/types';
import { StatusBadge } from '../feedback/status-badge';

export function ComponentTable({ components }: { components: Record<string, ProbeComponent> }) {
  const rows = Object.entries(components);
  if (rows.length === 0) return <p className="muted">The API reported no components.</p>;
  return (
    <table className="component-table">
      <caption className="visually-hidden">Components checked by the readiness probe</caption>
      <thead>
        <tr>
          <th scope="col">Component</th>
          <th scope="col">Status</th>
          <th scope="col" className="numeric">
            Response time
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map(([name, component]) => (
          <tr key={name}>
            <th scope="row">
              <span className="component-name">{name}</span>
              {component.message && <span className="component-message">{component.message}</span>}
            </th>
            <td>
              <StatusBadge status={component.status} />
            </td>
            <td className="numeric">
              {component.responseTimeMs === undefined ? (
                <span aria-label="not measured">—</span>
              ) : (
                `${component.responseTimeMs} ms`
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
