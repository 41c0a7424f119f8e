import { axisModels } from '../../../electron/common/charts/axes';
import { KINDS } from '../../../electron/common/charts/kinds';
import { legendItems, type Mark } from '../../../electron/common/charts/marks';
import type { ChartModel, Point } from '../../../electron/common/charts/model';
import { besideLines } from '../../../electron/common/charts/notes';
import { PALETTE, paintOf } from '../../../electron/common/charts/palette';
import type { Lang } from '../../../electron/common/i18n/languages';
import { fontFamily } from '../fonts';
import { breakLines } from '../text/lines';
import { textWidth } from '../text/measure';
import { Chart } from './chartjs';
import { hatch } from './hatch';
import { chartConfig } from './kinds';

/**
 * A chart's PNG carries what its card on screen carries: the title and subtitle, the chart (or the
 * cards, or the text), the legend of status marks, the notes and derived formulas, and the source.
 * It is composed on one canvas at 2×, on white, whatever the kind.
 */

const WIDTH = 1200;
const MARGIN = 36;
const INNER = WIDTH - 2 * MARGIN;
const SCALE = 2;
/** U+3000, between items of a line of names and between a period and its status word. */
const WIDE_SPACE = '\u3000';
/** Chart text, as on a 1280-wide page. */
const CHART_FONT = 17;
const SIZE = { title: 26, subtitle: 17, cardLabel: 16, cardValue: 30, cardSmall: 14, line: 15, source: 14 } as const;

/** A piece of the picture: how tall it is, and how to draw it with its top at `top`. */
type Piece = { height: number; draw: (ctx: CanvasRenderingContext2D, top: number) => void };

type Text = { lang: Lang; family: string };

function font(text: Text, size: number, weight: 400 | 700 = 400): string {
  return `${weight} ${size}px "${text.family}"`;
}

/** Lines of text wrapped to `width` at word boundaries, as one piece. */
function paragraph(text: Text, content: string, size: number, options: { weight?: 400 | 700; colour?: string; width?: number; gap?: number } = {}): Piece {
  const style = font(text, size, options.weight);
  const lines = breakLines(content, text.lang, options.width ?? INNER, (line) => textWidth(line, style));
  const lineHeight = Math.round(size * 1.45);
  return {
    height: lines.length * lineHeight + (options.gap ?? 0),
    draw(ctx, top) {
      ctx.font = style;
      ctx.fillStyle = options.colour ?? PALETTE.text;
      ctx.textBaseline = 'top';
      lines.forEach((line, i) => ctx.fillText(line, MARGIN, top + i * lineHeight));
    },
  };
}

/** Draws one model (or panel) with Chart.js off screen at 2×, for copying onto the frame. */
function renderChart(model: ChartModel, lang: Lang, width: number, height: number): HTMLCanvasElement {
  const canvas = document.createElement('canvas');
  canvas.style.cssText = `position:fixed;left:-20000px;top:0;width:${width}px;height:${height}px`;
  canvas.width = width;
  canvas.height = height;
  document.body.append(canvas);
  const chart = new Chart(canvas, chartConfig(model, { lang, fontSize: CHART_FONT, forExport: true }));
  const copy = document.createElement('canvas');
  copy.width = canvas.width;
  copy.height = canvas.height;
  copy.getContext('2d')?.drawImage(canvas, 0, 0);
  chart.destroy();
  canvas.remove();
  return copy;
}

/** The chart, or each panel of small multiples side by side under its measure. */
function chartPiece(model: ChartModel, text: Text): Piece {
  const axes = axisModels(model);
  const gap = 24;
  const width = (INNER - gap * (axes.length - 1)) / axes.length;
  const caption = model.panels ? Math.round(SIZE.line * 1.6) : 0;
  const height = model.panels ? 380 : KINDS[model.kind].legend === 'slices' ? 480 : 440;
  const images = axes.map((axis) => renderChart(axis, text.lang, width, height));
  return {
    height: caption + height + 12,
    draw(ctx, top) {
      axes.forEach((axis, i) => {
        const left = MARGIN + i * (width + gap);
        if (model.panels) {
          ctx.font = font(text, SIZE.line, 700);
          ctx.fillStyle = PALETTE.text;
          ctx.textBaseline = 'top';
          ctx.fillText(axis.title, left, top, width);
        }
        const image = images[i];
        if (image) ctx.drawImage(image, left, top + caption, width, height);
      });
    },
  };
}

/** Headline figures as cards, three to a row, each with its label, value, period and status. */
function cardsPiece(model: ChartModel, text: Text): Piece {
  const points = (model.series[0]?.points ?? []).filter((p): p is Point => p !== null);
  const columns = Math.min(3, Math.max(1, points.length));
  const gap = 14;
  const cardWidth = (INNER - gap * (columns - 1)) / columns;
  const pad = 14;
  const statusWord = (p: Point) => model.rows.find((r) => r.status === p.status)?.statusLabel ?? '';
  const cards = points.map((p) => {
    const label = paragraph(text, p.category, SIZE.cardLabel, { width: cardWidth - 2 * pad - 6, colour: PALETTE.muted });
    const value = paragraph(text, p.display, SIZE.cardValue, { weight: 700, width: cardWidth - 2 * pad - 6, colour: paintOf(p).outline });
    const period = paragraph(text, p.status === 'actual' ? p.periodLabel : `${p.periodLabel}${WIDE_SPACE}${statusWord(p)}`, SIZE.cardSmall, {
      width: cardWidth - 2 * pad - 6,
      colour: PALETTE.muted,
    });
    const detail = p.detail ? paragraph(text, p.detail, SIZE.cardSmall, { width: cardWidth - 2 * pad - 6, colour: PALETTE.muted }) : undefined;
    const parts = [label, value, period, ...(detail ? [detail] : [])];
    return { p, parts, height: parts.reduce((sum, part) => sum + part.height, 0) + 2 * pad };
  });
  const rows: (typeof cards)[] = [];
  for (let i = 0; i < cards.length; i += columns) rows.push(cards.slice(i, i + columns));
  const rowHeights = rows.map((row) => Math.max(...row.map((card) => card.height)));
  return {
    height: rowHeights.reduce((sum, h) => sum + h + gap, 0),
    draw(ctx, top) {
      let y = top;
      rows.forEach((row, r) => {
        const height = rowHeights[r] ?? 0;
        row.forEach((card, c) => {
          const left = MARGIN + c * (cardWidth + gap);
          ctx.fillStyle = '#f3f5f6';
          ctx.fillRect(left, y, cardWidth, height);
          ctx.fillStyle = paintOf(card.p).outline;
          ctx.fillRect(left, y, 5, height);
          let inner = y + pad;
          for (const part of card.parts) {
            ctx.save();
            ctx.translate(left + pad + 6 - MARGIN, 0);
            part.draw(ctx, inner);
            ctx.restore();
            inner += part.height;
          }
        });
        y += height + gap;
      });
    },
  };
}

/** Text blocks: each heading, its text, and its names. */
function textPiece(model: ChartModel, text: Text): Piece[] {
  return (model.text ?? []).flatMap((block) => [
    paragraph(text, block.heading, SIZE.subtitle, { weight: 700 }),
    paragraph(text, block.body, SIZE.line, { gap: block.items ? 2 : 10 }),
    ...(block.items ? [paragraph(text, block.items.map((item) => `· ${item}`).join(WIDE_SPACE), SIZE.line, { colour: PALETTE.muted, gap: 10 })] : []),
  ]);
}

/** The swatch of a mark, as the screen's legend draws it. */
function drawSwatch(ctx: CanvasRenderingContext2D, mark: 'actual' | Mark, x: number, y: number, size: number): void {
  const paint = paintOf(mark === 'actual' ? { status: 'actual' } : mark === 'derived' ? { status: 'actual', derived: true } : { status: mark });
  ctx.save();
  ctx.fillStyle = paint.hatched ? hatch(paint.fill) : paint.fill;
  ctx.fillRect(x, y, size, size);
  if (paint.dashedOutline || mark === 'derived') {
    ctx.setLineDash(mark === 'derived' ? [2, 2] : [4, 3]);
    ctx.strokeStyle = paint.outline;
    ctx.lineWidth = 1.5;
    ctx.strokeRect(x + 0.75, y + 0.75, size - 1.5, size - 1.5);
  }
  ctx.restore();
}

/** The legend of status marks, for kinds whose marks it explains (as under the chart on screen). */
function legendPiece(model: ChartModel, text: Text): Piece | undefined {
  if (KINDS[model.kind].legend !== 'marks' && KINDS[model.kind].legend !== 'series') return undefined;
  const items = legendItems(model);
  if (items.length === 0) return undefined;
  const size = SIZE.line;
  return {
    height: Math.round(size * 2),
    draw(ctx, top) {
      ctx.font = font(text, size);
      ctx.textBaseline = 'top';
      let x = MARGIN;
      for (const item of items) {
        if (item.mark) {
          drawSwatch(ctx, item.mark, x, top + 1, size);
          x += size + 6;
        }
        ctx.fillStyle = PALETTE.text;
        ctx.fillText(item.label, x, top);
        x += textWidth(item.label, font(text, size)) + 22;
      }
    },
  };
}

function bodyPieces(model: ChartModel, text: Text): Piece[] {
  switch (KINDS[model.kind].draws) {
    case 'canvas':
      return [chartPiece(model, text)];
    case 'cards':
      return [cardsPiece(model, text)];
    case 'text':
      return textPiece(model, text);
  }
}

/** The whole card of a chart as a PNG: 1200 px wide at 2×, as tall as it needs, on white. */
export async function chartPng(model: ChartModel, lang: Lang, sourceLine: string): Promise<Blob> {
  const text: Text = { lang, family: fontFamily(lang) };
  const legend = legendPiece(model, text);
  const pieces: Piece[] = [
    paragraph(text, model.title, SIZE.title, { weight: 700, gap: 4 }),
    ...(model.subtitle ? [paragraph(text, model.subtitle, SIZE.subtitle, { colour: PALETTE.muted, gap: 6 })] : []),
    { height: 10, draw: () => undefined },
    ...bodyPieces(model, text),
    ...(legend ? [legend] : []),
    ...besideLines(model).map((line) => paragraph(text, line, SIZE.line, { colour: PALETTE.muted, gap: 4 })),
    { height: 10, draw: () => undefined },
    paragraph(text, sourceLine, SIZE.source, { colour: PALETTE.muted }),
  ];
  const height = MARGIN * 2 + pieces.reduce((sum, piece) => sum + piece.height, 0);
  const canvas = document.createElement('canvas');
  canvas.width = WIDTH * SCALE;
  canvas.height = Math.ceil(height * SCALE);
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('PNG: no 2D canvas');
  ctx.scale(SCALE, SCALE);
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, WIDTH, height);
  let top = MARGIN;
  for (const piece of pieces) {
    piece.draw(ctx, top);
    top += piece.height;
  }
  return new Promise<Blob>((resolve, reject) => {
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('PNG encoding failed'))), 'image/png');
  });
}
