export interface PrimeSearch {
  limit: number;
  /** Primes below `limit`. */
  count: number;
  largest: number | null;
}

/** Trial division by odd numbers up to √n: deliberately the slow way, so it is the hot frame of a CPU profile. */
function isPrime(n: number): boolean {
  if (n < 2) return false;
  if (n % 2 === 0) return n === 2;
  for (let divisor = 3; divisor * divisor <= n; divisor += 2) {
    if (n % divisor === 0) return false;
  }
  return true;
}

/** The demo's CPU-heavy work: every prime below `limit`, counted. */
export function computeDemoPrimes(limit: number): PrimeSearch {
  let count = 0;
  let largest: number | null = null;
  for (let n = 2; n < limit; n += 1) {
    if (isPrime(n)) {
      count += 1;
      largest = n;
    }
  }
  return { limit, count, largest };
}
