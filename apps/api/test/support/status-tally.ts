/** Requests sent per route and how the API answered them, by status class. */
export class StatusTally {
  private readonly rows = new Map<string, Map<string, number>>();

  record(route: string, status: number): void {
    const row = this.rows.get(route) ?? new Map<string, number>();
    const bucket = `${Math.floor(status / 100)}xx`;
    row.set(bucket, (row.get(bucket) ?? 0) + 1);
    this.rows.set(route, row);
  }

  count(route: string, bucket: string): number {
    return this.rows.get(route)?.get(bucket) ?? 0;
  }

  /** A plain-text table: route, requests sent, then 2xx, 4xx, 5xx (and 1xx/3xx if any came). */
  render(title: string): string {
    const seen = new Set([...this.rows.values()].flatMap((row) => [...row.keys()]));
    const buckets = ['1xx', '2xx', '3xx', '4xx', '5xx'].filter((b) => ['2xx', '4xx', '5xx'].includes(b) || seen.has(b));
    const routes = [...this.rows.keys()].sort();
    const total = (route: string) => [...this.rows.get(route)!.values()].reduce((a, b) => a + b, 0);
    const header = ['route', 'sent', ...buckets];
    const body = routes.map((route) => [route, String(total(route)), ...buckets.map((b) => String(this.count(route, b)))]);
    const sums = ['all routes', String(routes.reduce((n, r) => n + total(r), 0)), ...buckets.map((b) => String(routes.reduce((n, r) => n + this.count(r, b), 0)))];
    const table = [header, ...body, sums];
    const widths = header.map((_, i) => Math.max(...table.map((row) => row[i]!.length)));
    const line = (row: string[]) => row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  ');
    const rule = widths.map((w) => '-'.repeat(w)).join('  ');
    return [title, line(header), rule, ...body.map(line), rule, line(sums)].join('\n');
  }
}
