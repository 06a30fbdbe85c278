/**
 * Every react-query key in the app. Each `all` is the prefix of its narrower keys, so
 * invalidating it refreshes everything under that endpoint family.
 */
export const queryKeys = {
  health: {
    all: ['health'] as const,
    readiness: () => [...queryKeys.health.all, 'readiness'] as const,
  },
  settings: {
    all: ['settings'] as const,
    list: () => [...queryKeys.settings.all, 'list'] as const,
  },
};
