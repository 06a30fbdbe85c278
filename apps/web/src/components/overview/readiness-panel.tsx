'use client';

import { useReadiness } from '../../lib/hooks/use-readiness';
import { useSettings } from '../../lib/hooks/use-settings';
import { refreshSecondsFrom } from '../../lib/settings';
import { ApiProblemBanner } from '../feedback/api-problem-banner';
import { ComponentTable } from './component-table';
import { ReadinessHeadline } from './readiness-headline';
import { ReadinessSkeleton } from './readiness-skeleton';
import { RefreshBar } from './refresh-bar';

export function ReadinessPanel() {
  const settings = useSettings();
  const refreshSeconds = refreshSecondsFrom(settings.data);
  const readiness = useReadiness({ refreshSeconds });
  const result = readiness.data;

  return (
    <section className="stack" aria-labelledby="readiness-title">
      <h2 id="readiness-title" className="visually-hidden">
        Readiness
      </h2>
      <ApiProblemBanner error={readiness.error ?? settings.error} />
      <RefreshBar
        refreshSeconds={refreshSeconds}
        checkedAt={readiness.dataUpdatedAt}
        isFetching={readiness.isFetching}
        onRefresh={() => void readiness.refetch()}
      />
      {result ? (
        <>
          {/* After a failed refetch the last answer stays on screen, marked as such by the banner. */}
          <ReadinessHeadline result={result} isStale={readiness.isError} />
          <ComponentTable
            components={(result.ready ? result.report.components : result.error.details?.components) ?? {}}
          />
        </>
      ) : readiness.isError ? (
        <ReadinessHeadline result={null} isStale={false} />
      ) : (
        <ReadinessSkeleton />
      )}
    </section>
  );
}
