/**
 * The publication date an article prints about itself (a dateline: 发布时间：2025-01-15, 2025年1月15日
 * at its head or foot), to prefill the import form. The analyst confirms it.
 */
const DATE = /(?<!\d)(\d{4})\s*(?:年|[-/.])\s*(\d{1,2})\s*(?:月|[-/.])\s*(\d{1,2})\s*日?(?!\d)/gu;

export function datelineOf(text: string): string | undefined {
  const head = text.slice(0, 400);
  const foot = text.slice(-300);
  for (const part of [head, foot]) {
    for (const match of part.matchAll(DATE)) {
      const [, y = '', m = '', d = ''] = match;
      const month = Number(m);
      const day = Number(d);
      if (month < 1 || month > 12 || day < 1 || day > 31) continue;
      const year = Number(y);
      if (year < 1990 || year > 2100) continue;
      return `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
    }
  }
  return undefined;
}
