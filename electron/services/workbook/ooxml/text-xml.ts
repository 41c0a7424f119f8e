import { esc } from './xml';

/** Text sizes in hundredths of a point. */
export const SIZE = { title: 1400, source: 800, axisTitle: 1000, axis: 1000, legend: 1000, label: 900 } as const;

/** Text properties for a whole element (axis labels, legend, data labels). */
export function textProps(size: number, language: string, horizontalText = false): string {
  // rot="0" keeps labels level: Excel and LibreOffice then wrap long category names instead of
  // turning them 45°, which on a column chart left little room for the bars.
  const bodyPr = horizontalText ? '<a:bodyPr rot="0" vert="horz"/>' : '<a:bodyPr/>';
  return `<c:txPr>${bodyPr}<a:lstStyle/><a:p><a:pPr><a:defRPr sz="${size}"/></a:pPr><a:endParaRPr lang="${esc(language)}"/></a:p></c:txPr>`;
}

/** A chart or axis title as rich text; vertical axis titles are turned to read bottom-up, as Excel does. */
export function titleXml(text: string, size: number, bold: boolean, language: string, vertical = false): string {
  const bodyPr = vertical ? '<a:bodyPr rot="-5400000" vert="horz"/>' : '<a:bodyPr/>';
  const b = bold ? '1' : '0';
  const paragraphs = text
    .split('\n')
    .map(
      (line) =>
        `<a:p><a:pPr><a:defRPr sz="${size}" b="${b}"/></a:pPr><a:r><a:rPr lang="${esc(language)}" sz="${size}" b="${b}"/><a:t>${esc(line)}</a:t></a:r></a:p>`,
    )
    .join('');
  return `<c:title><c:tx><c:rich>${bodyPr}<a:lstStyle/>${paragraphs}</c:rich></c:tx><c:overlay val="0"/></c:title>`;
}
