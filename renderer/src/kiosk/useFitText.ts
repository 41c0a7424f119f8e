import { useLayoutEffect, useRef } from 'react';

const LARGEST = 2;
const SMALLEST = 0.6;
const STEP = 0.05;
const COLUMNS = [1, 2, 3] as const;

/**
 * Does everything in the cell stay inside its content box? A line that does not wrap (a card's value)
 * may run into the cell's padding without the cell overflowing, so its right edge is what counts.
 */
function cellFits(cell: HTMLElement): boolean {
  if (cell.scrollWidth > cell.clientWidth) return false;
  const box = cell.getBoundingClientRect();
  const right = box.right - Number.parseFloat(getComputedStyle(cell).paddingRight) + 0.5;
  return [...cell.querySelectorAll<HTMLElement>('*')].every((child) => child.getBoundingClientRect().right <= right);
}

function fits(outer: HTMLElement, inner: HTMLElement, cells: string): boolean {
  // A cell's overflow stays inside the grid's box, so each cell is checked on its own.
  const cellsFit = [...inner.querySelectorAll<HTMLElement>(cells)].every(cellFits);
  return cellsFit && inner.scrollHeight <= outer.clientHeight && inner.scrollWidth <= outer.clientWidth;
}

/** The largest scale at which the content fits with this many columns, or 0. */
function largestScale(outer: HTMLElement, inner: HTMLElement, cells: string, columns: number): number {
  inner.style.setProperty('--kiosk-columns', String(columns));
  for (let scale = LARGEST; scale >= SMALLEST; scale -= STEP) {
    inner.style.fontSize = `${scale.toFixed(2)}em`;
    if (fits(outer, inner, cells)) return scale;
  }
  return 0;
}

/**
 * Cards and text panels vary from two short cards to four paragraphs. Each slide gets the column
 * count (1–3) and the text size (up to 2×) that set it largest without anything overflowing, so a
 * short slide is not lost in white space and a long one never runs under the status strip. `cells`
 * selects the boxes (cards, panels) that must each hold their text; undefined where nothing is fitted.
 */
export function useFitText<Box extends HTMLElement, Content extends HTMLElement>(key: unknown, cells: string | undefined) {
  const box = useRef<Box>(null);
  const content = useRef<Content>(null);
  useLayoutEffect(() => {
    const outer = box.current;
    const inner = content.current;
    if (!outer || !inner || cells === undefined) return;
    const count = inner.querySelectorAll(cells).length;
    let best = { columns: 3, scale: 0 };
    for (const columns of COLUMNS.filter((c) => c <= Math.max(1, count))) {
      const scale = largestScale(outer, inner, cells, columns);
      // On a tie the wider layout wins: it leaves the slide less empty at the bottom.
      if (scale >= best.scale) best = { columns, scale };
    }
    inner.style.setProperty('--kiosk-columns', String(best.columns));
    inner.style.fontSize = `${Math.max(best.scale, SMALLEST).toFixed(2)}em`;
  }, [key, cells]);
  return { box, content };
}
