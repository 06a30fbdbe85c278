import { Skeleton } from '../feedback/skeleton';

export function ReadinessSkeleton() {
  return (
    <div className="stack" aria-busy="true">
      <p className="visually-hidden" role="status">
        Checking readiness…
      </p>
      <div className="readiness-headline tone-unknown">
        <Skeleton width="48px" height="48px" />
        <Skeleton width="12rem" height="2rem" />
      </div>
      <div className="card stack-sm">
        <Skeleton height="1.5rem" />
        <Skeleton height="1.5rem" />
        <Skeleton height="1.5rem" />
      </div>
    </div>
  );
}
