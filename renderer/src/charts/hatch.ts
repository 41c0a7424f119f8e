const patternCache = new Map<string, CanvasPattern | string>();

/** Targets are hatched, not filled: a promise is drawn differently from a result. */
export function hatch(colour: string): CanvasPattern | string {
  const cached = patternCache.get(colour);
  if (cached) return cached;
  const tile = document.createElement('canvas');
  tile.width = 10;
  tile.height = 10;
  const ctx = tile.getContext('2d');
  if (!ctx) return colour;
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, 10, 10);
  ctx.strokeStyle = colour;
  ctx.lineWidth = 2.5;
  ctx.beginPath();
  ctx.moveTo(-2, 12);
  ctx.lineTo(12, -2);
  ctx.moveTo(-2, 2);
  ctx.lineTo(2, -2);
  ctx.moveTo(8, 12);
  ctx.lineTo(12, 8);
  ctx.stroke();
  const pattern = ctx.createPattern(tile, 'repeat') ?? colour;
  patternCache.set(colour, pattern);
  return pattern;
}
