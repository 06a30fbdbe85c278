import { endsCycle } from './pglite-message-order.js';

const message = (type: string, body: number[] = []) => new Uint8Array([type.charCodeAt(0), 0, 0, 0, 4 + body.length, ...body]);

describe('endsCycle', () => {
  it('ends a cycle at Sync, a simple Query and Terminate', () => {
    expect(endsCycle(message('S'))).toBe(true);
    expect(endsCycle(message('Q', [0x53, 0x45, 0]))).toBe(true);
    expect(endsCycle(message('X'))).toBe(true);
  });

  it('keeps Parse, Bind, Describe, Execute and Flush inside the cycle', () => {
    for (const type of ['P', 'B', 'D', 'E', 'H']) expect(endsCycle(message(type, [0, 0, 0, 0]))).toBe(false);
  });

  it('treats a startup packet (length, then protocol 3.0) as complete', () => {
    const startup = new Uint8Array([0, 0, 0, 9, 0, 3, 0, 0, 0]);
    expect(endsCycle(startup)).toBe(true);
  });
});
