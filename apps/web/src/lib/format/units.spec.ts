import { formatBytes, formatDuration, formatMs, formatPercent, formatValue } from './units';

describe('formatBytes', () => {
  it('uses binary units with three significant digits', () => {
    expect(formatBytes(512)).toBe('512 B');
    expect(formatBytes(1536)).toBe('1.50 KiB');
    expect(formatBytes(25 * 1024 ** 3)).toBe('25.0 GiB');
  });

  it('shows a dash for a missing value', () => {
    expect(formatBytes(null)).toBe('—');
    expect(formatBytes(Number.NaN)).toBe('—');
  });
});

describe('formatPercent', () => {
  it('keeps one decimal, two for tiny shares so they do not read as zero', () => {
    expect(formatPercent(55.34)).toBe('55.3 %');
    expect(formatPercent(0.04)).toBe('0.04 %');
    expect(formatPercent(0)).toBe('0.0 %');
  });
});

describe('formatMs', () => {
  it('switches to seconds from 1000 ms and to microseconds below 1 ms', () => {
    expect(formatMs(4.75)).toBe('4.75 ms');
    expect(formatMs(2_500)).toBe('2.50 s');
    expect(formatMs(0.25)).toBe('250 µs');
  });
});

describe('formatValue', () => {
  it('reads ratios as percentages and seconds as milliseconds', () => {
    expect(formatValue('ratio', 0.553)).toBe('55.3 %');
    expect(formatValue('seconds', 0.014)).toBe('14.0 ms');
    expect(formatValue('requestsPerSecond', 12.34)).toBe('12.3 req/s');
    expect(formatValue('bytesPerSecond', 2048)).toBe('2.00 KiB/s');
  });
});

describe('formatDuration', () => {
  it('names the two largest units', () => {
    expect(formatDuration(42)).toBe('42 s');
    expect(formatDuration(3_725)).toBe('1 h 2 min');
    expect(formatDuration(90_000)).toBe('1 d 1 h');
  });
});
