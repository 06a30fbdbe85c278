/**
 * The rows a test expects in each list: what the requests that succeeded created, less
 * what they deleted. Rejected requests must leave no trace, so nothing else is added.
 */
export class RowLedger<List extends string> {
  private readonly rows = new Map<List, Set<string>>();

  constructor(lists: readonly List[]) {
    for (const list of lists) this.rows.set(list, new Set());
  }

  created(list: List, id: string): void {
    this.rows.get(list)!.add(id);
  }

  deleted(list: List, id: string): void {
    this.rows.get(list)!.delete(id);
  }

  expected(list: List): string[] {
    return [...this.rows.get(list)!].sort();
  }

  lists(): List[] {
    return [...this.rows.keys()];
  }
}
