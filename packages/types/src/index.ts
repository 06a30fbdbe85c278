export * from './errors.js';
export * from './health.js';
export * from './profiler.js';
export * from './settings.js';
export * from './metrics-history.js';
export * from './metrics-live.js';
export * from './alerts.js';
export * from './notifications.js';
