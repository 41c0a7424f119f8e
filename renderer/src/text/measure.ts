let context: CanvasRenderingContext2D | null | undefined;

/** The width of `text` in pixels in `font` (a CSS font shorthand), as a canvas draws it. */
export function textWidth(text: string, font: string): number {
  context ??= document.createElement('canvas').getContext('2d');
  if (!context) return text.length * 16;
  context.font = font;
  return context.measureText(text).width;
}
