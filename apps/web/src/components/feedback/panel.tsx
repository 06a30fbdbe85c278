import type { ReactNode } from 'react';
import { useId } from 'react';

interface PanelProps {
  title: string;
  /** Right of the title: freshness, a range picker, a link. */
  aside?: ReactNode;
  className?: string;
  children: ReactNode;
}

/** A titled card; the heading labels the region for screen readers. */
export function Panel({ title, aside, className, children }: PanelProps) {
  const id = useId();
  return (
    <section className={`card panel ${className ?? ''}`} aria-labelledby={id}>
      <div className="panel-head">
        <h2 id={id}>{title}</h2>
        {aside && <div className="panel-aside">{aside}</div>}
      </div>
      {children}
    </section>
  );
}
