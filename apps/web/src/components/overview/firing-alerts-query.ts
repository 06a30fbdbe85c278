import type { AlertListQuery } from '@vigil/types';

/** One query for the Overview's headline and its alert panel, so react-query fetches it once. */
export const FIRING_ALERTS: AlertListQuery = { status: 'firing', pageSize: 100 };
