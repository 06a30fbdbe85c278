import { Inject } from '@nestjs/common';

/** The options after defaults and checks (ResolvedVigilOptions). */
export const VIGIL_OPTIONS = Symbol('VIGIL_OPTIONS');

/** The module's own prom-client Registry; an app registers its metrics there to have them scraped. */
export const VIGIL_REGISTRY = Symbol('VIGIL_REGISTRY');

/** `constructor(@InjectVigilRegistry() registry: Registry)`. */
export const InjectVigilRegistry = (): ParameterDecorator => Inject(VIGIL_REGISTRY);
