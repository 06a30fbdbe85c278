/** A posted time, or undefined when absent or Go's zero time (Prometheus' "unset"). */
export function postedTime(value: string | undefined): Date | undefined {
  if (value === undefined || value.startsWith('0001-')) return undefined;
  return new Date(value);
}
