// Scaling: one recommendation cycle for 200 services with 3 metrics each (10 instances,
// the default behavior, a stabilization history of 20 recommendations and 4 scale
// events), and a 7-day what-if replay at the 1-minute resolution (10,080 steps, 3
// metrics, 10 instances). Each beside a baseline measured in the same run: the bare
// arithmetic of the HPA's formula (⌈mean / target × instances⌉ per metric, largest
// wins) over the same inputs, without tolerances, windows or policies.
import { join } from 'node:path';
import { printTable, root } from './lib.mjs';

const dist = (path) => import(join(root, 'apps/api/dist', path));
const { recommendReplicas } = await dist('scaling/algorithm/recommend.js');
const { replay } = await dist('scaling/simulation/replay.js');
const { ScalingBehavior, DEFAULT_SCALING_METRICS } = await import(join(root, 'packages/types/dist/index.js'));

const SERVICES = 200;
const INSTANCES = 10;
const ROUNDS = 9;
const NOW = Date.UTC(2026, 11, 1, 12, 0, 0);
const behavior = ScalingBehavior.parse({});
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const time = (fn) => {
  const start = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - start) / 1e6;
};
/** Deterministic noise, so every run measures the same inputs. */
let seed = 42;
const random = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);

const metricsOf = (load) =>
  ['cpu', 'memory', 'requests_in_flight'].map((name, m) => ({
    name,
    target: [0.5, 0.65, 55][m],
    scaleUpTolerance: 0.1,
    scaleDownTolerance: 0.1,
    instances: Array.from({ length: INSTANCES }, (_, i) => ({ name: `i-${i}`, value: [0.5, 0.65, 55][m] * load * (0.8 + 0.4 * random()), ready: true })),
  }));

const services = Array.from({ length: SERVICES }, (_, s) => ({
  currentReplicas: INSTANCES,
  minReplicas: 2,
  maxReplicas: 20,
  metrics: metricsOf(0.5 + (s % 7) * 0.25),
  behavior,
  history: {
    recommendations: Array.from({ length: 20 }, (_, r) => ({ at: new Date(NOW - (r + 1) * 15_000).toISOString(), replicas: INSTANCES + (r % 3) - 1 })),
    events: Array.from({ length: 4 }, (_, e) => ({ at: new Date(NOW - (e + 1) * 60_000).toISOString(), from: INSTANCES - 1, to: INSTANCES })),
    scaledToZero: false,
  },
}));

const formula = (input) =>
  Math.max(...input.metrics.map((m) => Math.ceil((m.instances.reduce((a, i) => a + i.value, 0) / m.instances.length / m.target) * input.currentReplicas)));

const cycle = [];
const cycleBaseline = [];
for (let round = 0; round < ROUNDS; round += 1) {
  cycleBaseline.push(time(() => services.forEach(formula)));
  cycle.push(time(() => services.forEach((input) => recommendReplicas(input, NOW))));
}

// Seven days at one-minute steps of three metrics over ten instances, with a daily wave and noise.
const STEPS = 7 * 24 * 60;
const steps = Array.from({ length: STEPS }, (_, i) => NOW - (STEPS - i) * 60_000);
const names = Array.from({ length: INSTANCES }, (_, i) => `i-${i}`);
const values = new Map(
  DEFAULT_SCALING_METRICS.slice(0, 3).map((metric) => [
    metric.name,
    steps.map((at) => {
      const wave = 1 + 0.6 * Math.sin((2 * Math.PI * (at % 86_400_000)) / 86_400_000);
      return new Map(names.map((name) => [name, metric.target * wave * (0.85 + 0.3 * random())]));
    }),
  ]),
);
const history = { resolution: '1m', steps, instances: steps.map(() => names), values };
const policy = { minReplicas: 2, maxReplicas: 40, behavior, metrics: DEFAULT_SCALING_METRICS.slice(0, 3) };

const replayTimes = [];
const replayBaseline = [];
let events = 0;
global.gc?.();
const heapBefore = process.memoryUsage().heapUsed;
let heapPeak = heapBefore;
for (let round = 0; round < 3; round += 1) {
  replayBaseline.push(
    time(() => {
      let replicas = INSTANCES;
      steps.forEach((_, i) => {
        replicas = Math.max(...policy.metrics.map((m) => {
          const observed = [...values.get(m.name)[i].values()];
          return Math.ceil((observed.reduce((a, b) => a + b, 0) / observed.length / m.target) * observed.length);
        }));
      });
      return replicas;
    }),
  );
  replayTimes.push(time(() => (events = replay(history, policy, 60_000).scaleEvents)));
  heapPeak = Math.max(heapPeak, process.memoryUsage().heapUsed);
}

const ratio = (a, b) => `${(median(a) / median(b)).toFixed(1)}×`;
printTable([
  {
    measure: `one cycle, ${SERVICES} services × 3 metrics × ${INSTANCES} instances`,
    'median ms': median(cycle).toFixed(2),
    'baseline ms (formula only)': median(cycleBaseline).toFixed(2),
    'vs baseline': ratio(cycle, cycleBaseline),
    'per service µs': ((median(cycle) * 1_000) / SERVICES).toFixed(1),
  },
  {
    measure: `7-day replay at 1m (${STEPS} steps), ${events} scale events`,
    'median ms': median(replayTimes).toFixed(1),
    'baseline ms (formula only)': median(replayBaseline).toFixed(1),
    'vs baseline': ratio(replayTimes, replayBaseline),
    'per service µs': '',
  },
]);
console.log(`heap: ${(heapBefore / 2 ** 20).toFixed(1)} MiB before the replays (inputs built), peak ${(heapPeak / 2 ** 20).toFixed(1)} MiB; rss ${(process.memoryUsage().rss / 2 ** 20).toFixed(0)} MiB`);
