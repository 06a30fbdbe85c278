export interface LineFit {
  slope: number;
  intercept: number;
  /** Share of the variance the line explains: 1 for points on a line, near 0 for noise. */
  rSquared: number;
}

/** Ordinary least-squares line through the points; needs two distinct x values. */
export function fitLine(points: readonly { x: number; y: number }[]): LineFit {
  const n = points.length;
  if (n < 2) throw new Error('a line needs at least two points');
  const meanX = points.reduce((sum, p) => sum + p.x, 0) / n;
  const meanY = points.reduce((sum, p) => sum + p.y, 0) / n;
  let sxx = 0;
  let sxy = 0;
  let syy = 0;
  for (const { x, y } of points) {
    sxx += (x - meanX) ** 2;
    sxy += (x - meanX) * (y - meanY);
    syy += (y - meanY) ** 2;
  }
  if (sxx === 0) throw new Error('a line needs two distinct x values');
  const slope = sxy / sxx;
  // A flat series is explained perfectly by a flat line.
  const rSquared = syy === 0 ? 1 : (sxy * sxy) / (sxx * syy);
  return { slope, intercept: meanY - slope * meanX, rSquared };
}
