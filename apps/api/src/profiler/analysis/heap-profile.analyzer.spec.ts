import { analyzeHeapProfile, type HeapProfileInput } from './heap-profile.analyzer.js';

const APP = 'file:///srv/app.js';
const node = (id: number, functionName: string, lineNumber: number, selfSize: number, children: HeapProfileInput['head'][] = [], url = APP) => ({
  id,
  callFrame: { functionName, url, lineNumber, columnNumber: 0 },
  selfSize,
  children,
});

/**
 * (root) ─┬─ main ── buildCache (5000 B) ── JSON.parse (1000 B, native)
 *         └─ render (3000 B) ── buildCache (1000 B)
 */
const profile: HeapProfileInput = {
  head: node(1, '(root)', -1, 0, [
    node(2, 'main', 0, 0, [node(3, 'buildCache', 4, 5_000, [node(4, 'parse', -1, 1_000, [], '')])]),
    node(5, 'render', 19, 3_000, [node(6, 'buildCache', 4, 1_000)]),
  ]),
  samples: [
    ...Array.from({ length: 5 }, (_, i) => ({ nodeId: 3, size: 1_000, ordinal: i })),
    { nodeId: 4, size: 1_000, ordinal: 5 },
    ...Array.from({ length: 3 }, (_, i) => ({ nodeId: 5, size: 1_000, ordinal: 6 + i })),
    { nodeId: 6, size: 1_000, ordinal: 9 },
  ],
};

describe('analyzeHeapProfile', () => {
  it('ranks allocation sites by sampled bytes, adding up every path of a function', () => {
    expect(analyzeHeapProfile(profile, { sessionId: 'h1', top: 10 })).toEqual({
      kind: 'heap-sampling',
      sessionId: 'h1',
      totalBytes: 10_000,
      topSites: [
        { name: 'buildCache', url: APP, line: 5, location: `${APP}:5`, bytes: 6_000, percent: 60, samples: 6 },
        { name: 'render', url: APP, line: 20, location: `${APP}:20`, bytes: 3_000, percent: 30, samples: 3 },
        { name: 'parse', url: '', line: null, location: '', bytes: 1_000, percent: 10, samples: 1 },
      ],
    });
  });

  it('keeps only the top N sites', () => {
    expect(analyzeHeapProfile(profile, { sessionId: 'h1', top: 1 }).topSites.map((s) => s.name)).toEqual(['buildCache']);
  });

  it('reports an empty profile as zero bytes and no sites', () => {
    expect(analyzeHeapProfile({ head: node(1, '(root)', -1, 0) }, { sessionId: 'h2', top: 5 })).toEqual({
      kind: 'heap-sampling',
      sessionId: 'h2',
      totalBytes: 0,
      topSites: [],
    });
  });
});
