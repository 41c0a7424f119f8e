import { drawingLanguage, drawingTypeface } from '../fonts';
import { esc } from './xml';

/** Text sizes in hundredths of a point. */
export const SIZE = { title: 1400, source: 800, axisTitle: 1000, axis: 1000, legend: 1000, label: 900 } as const;

/**
 * The fonts of a chart's text (a:latin, a:ea): the cells' font for Latin and East Asian characters, as
 * CT_TextCharacterProperties orders them; none for a language the app does not have (fonts.ts).
 */
export function typefacesXml(language: string): string {
  const typeface = drawingTypeface(language);
  return typeface === undefined ? '' : `<a:latin typeface="${esc(typeface)}"/><a:ea typeface="${esc(typeface)}"/>`;
}

/**
 * A paragraph's default run properties: the language LibreOffice draws Han characters by (fonts.ts)
 * and the fonts, which Excel and LibreOffice both take for the paragraph's runs and for text a chart
 * draws from its cells (axis labels, legend, data labels). Excel writes a chart title's fonts here too.
 */
function defaultRunProps(language: string, attributes: string): string {
  const start = `<a:defRPr lang="${esc(drawingLanguage(language))}" ${attributes}`;
  const typefaces = typefacesXml(language);
  return typefaces === '' ? `${start}/>` : `${start}>${typefaces}</a:defRPr>`;
}

/** Text properties for a whole element (axis labels, legend, data labels). */
export function textProps(size: number, language: string, horizontalText = false): string {
  // rot="0" keeps labels level: Excel and LibreOffice then wrap long category names instead of
  // turning them 45°, which on a column chart left little room for the bars.
  const bodyPr = horizontalText ? '<a:bodyPr rot="0" vert="horz"/>' : '<a:bodyPr/>';
  return `<c:txPr>${bodyPr}<a:lstStyle/><a:p><a:pPr>${defaultRunProps(language, `sz="${size}"`)}</a:pPr><a:endParaRPr lang="${esc(drawingLanguage(language))}"/></a:p></c:txPr>`;
}

/** A chart or axis title as rich text; vertical axis titles are turned to read bottom-up, as Excel does. */
export function titleXml(text: string, size: number, bold: boolean, language: string, vertical = false): string {
  const bodyPr = vertical ? '<a:bodyPr rot="-5400000" vert="horz"/>' : '<a:bodyPr/>';
  const b = bold ? '1' : '0';
  // The run says its language again: LibreOffice takes a run's lang over its paragraph's.
  const lang = esc(drawingLanguage(language));
  const paragraphs = text
    .split('\n')
    .map(
      (line) =>
        `<a:p><a:pPr>${defaultRunProps(language, `sz="${size}" b="${b}"`)}</a:pPr><a:r><a:rPr lang="${lang}" sz="${size}" b="${b}"/><a:t>${esc(line)}</a:t></a:r></a:p>`,
    )
    .join('');
  return `<c:title><c:tx><c:rich>${bodyPr}<a:lstStyle/>${paragraphs}</c:rich></c:tx><c:overlay val="0"/></c:title>`;
}
