import { StartupGate } from './startup-gate.js';

describe('StartupGate', () => {
  describe('pending', () => {
    it('lists expected steps until each completes, in announcement order', () => {
      const gate = new StartupGate();
      gate.expect('first-collection');
      gate.expect('cache-warmup');
      expect(gate.pending()).toEqual(['first-collection', 'cache-warmup']);
      gate.complete('cache-warmup');
      expect(gate.pending()).toEqual(['first-collection']);
      expect(gate.completedSteps()).toEqual(['cache-warmup']);
    });

    it('counts a step completed before it was expected as done', () => {
      const gate = new StartupGate();
      gate.complete('first-collection');
      gate.expect('first-collection');
      expect(gate.pending()).toEqual([]);
    });
  });

  describe('open', () => {
    it('stays open once opened', () => {
      const gate = new StartupGate();
      gate.open();
      gate.expect('late-step');
      expect(gate.isOpen).toBe(true);
    });
  });
});
