export interface Order {
  id: number;
  item: string;
  quantity: number;
}

/** The demo's whole catalogue: enough for a list route and a route with a parameter. */
export const ORDERS: readonly Order[] = [
  { id: 1, item: 'keyboard', quantity: 2 },
  { id: 2, item: 'monitor', quantity: 1 },
  { id: 3, item: 'cable', quantity: 5 },
];
