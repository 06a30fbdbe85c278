import { existsSync, readdirSync } from 'node:fs';
import { basename, resolve } from 'node:path';

const BUILT_ALERTS = resolve(__dirname, '../../../api/dist/alerts');

/**
 * The tests run against the built API, so the AlertManager routes count as present once
 * its controller is in that build (wherever in the module's folders it lives).
 */
export const hasAlertsApi =
  existsSync(BUILT_ALERTS) &&
  readdirSync(BUILT_ALERTS, { recursive: true, encoding: 'utf8' }).some((path) => basename(path) === 'alerts.controller.js');

export const ALERTS_API_MISSING = 'the built API has no alerts controller (apps/api/src/alerts/**/alerts.controller.ts) yet';
