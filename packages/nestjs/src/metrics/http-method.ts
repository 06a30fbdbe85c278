/**
 * `http.request.method` as OpenTelemetry wants it: a known method as it is (names are
 * case-sensitive), anything else `_OTHER`, so odd methods cannot add series.
 */
export function methodLabel(method: string | undefined, known: ReadonlySet<string>): string {
  return method !== undefined && known.has(method) ? method : '_OTHER';
}
