import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

/** The AlertManager routes exist once its controller is on this branch. */
export const hasAlertsApi = existsSync(resolve(__dirname, '../../../api/src/alerts/alerts.controller.ts'));

export const ALERTS_API_MISSING = 'apps/api/src/alerts/alerts.controller.ts is not on this branch yet';
