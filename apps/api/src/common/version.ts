/** Vigil's version: the OpenAPI document's, and what `/api/v2/status` reports. */
export const VIGIL_VERSION = '0.1.0';
