import { SKIP_VARIABLE } from './browser-env';

/** `describe`, or `describe.skip` when the global setup found no Chromium (it printed why). */
export const describeInBrowser = process.env[SKIP_VARIABLE] ? describe.skip : describe;
