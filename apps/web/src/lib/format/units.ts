/**
 * Units the page shows. Values arrive in the metric's base unit (Prometheus practice):
 * `ratio` is 0–1, `seconds` is seconds; each formatter picks a readable scale.
 */
export type Unit = 'percent' | 'ratio' | 'bytes' | 'bytesPerSecond' | 'seconds' | 'ms' | 'requestsPerSecond' | 'count';

const MISSING = '—';
const BYTE_UNITS = ['B', 'KiB', 'MiB', 'GiB', 'TiB', 'PiB'];

function isNumber(value: number | null | undefined): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

/** Three significant digits at most, without trailing zeros noise ("12.3", "0.012", "120"). */
function compact(value: number): string {
  const magnitude = Math.abs(value);
  if (magnitude === 0) return '0';
  if (magnitude >= 100) return value.toFixed(0);
  if (magnitude >= 10) return value.toFixed(1);
  if (magnitude >= 1) return value.toFixed(2);
  return value.toPrecision(2);
}

export function formatBytes(bytes: number | null | undefined): string {
  if (!isNumber(bytes)) return MISSING;
  let value = bytes;
  let index = 0;
  while (Math.abs(value) >= 1024 && index < BYTE_UNITS.length - 1) {
    value /= 1024;
    index += 1;
  }
  return `${index === 0 ? value.toFixed(0) : compact(value)} ${BYTE_UNITS[index]}`;
}

export function formatPercent(percent: number | null | undefined): string {
  if (!isNumber(percent)) return MISSING;
  const magnitude = Math.abs(percent);
  const text = magnitude !== 0 && magnitude < 0.1 ? percent.toFixed(2) : percent.toFixed(1);
  return `${text} %`;
}

export function formatMs(ms: number | null | undefined): string {
  if (!isNumber(ms)) return MISSING;
  if (Math.abs(ms) >= 1_000) return `${compact(ms / 1_000)} s`;
  if (ms !== 0 && Math.abs(ms) < 1) return `${(ms * 1_000).toFixed(0)} µs`;
  return `${compact(ms)} ms`;
}

export function formatValue(unit: Unit, value: number | null | undefined): string {
  if (!isNumber(value)) return MISSING;
  switch (unit) {
    case 'percent':
      return formatPercent(value);
    case 'ratio':
      return formatPercent(value * 100);
    case 'bytes':
      return formatBytes(value);
    case 'bytesPerSecond':
      return `${formatBytes(value)}/s`;
    case 'seconds':
      return formatMs(value * 1_000);
    case 'ms':
      return formatMs(value);
    case 'requestsPerSecond':
      return `${compact(value)} req/s`;
    case 'count':
      return compact(value);
  }
}

/** "3 d 4 h", "12 min", "45 s": uptimes and session ages. */
export function formatDuration(seconds: number | null | undefined): string {
  if (!isNumber(seconds)) return MISSING;
  const s = Math.max(0, Math.round(seconds));
  if (s < 60) return `${s} s`;
  const minutes = Math.floor(s / 60);
  if (minutes < 60) return `${minutes} min ${s % 60} s`;
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return `${hours} h ${minutes % 60} min`;
  return `${Math.floor(hours / 24)} d ${hours % 24} h`;
}

export function formatTime(iso: string | number | null | undefined): string {
  if (iso === null || iso === undefined) return MISSING;
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? MISSING : date.toLocaleString();
}
