import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import {
  attributeNames,
  chartTitle,
  childNames,
  elements,
  labelsRangeOf,
  namespacesIn,
  NS,
  onlyChild,
  openPackage,
  parseXml,
  qualifiedName,
  references,
  relsPathOf,
  resolveTarget,
} from './ooxml-reader';

/**
 * The reader the workbook tests rely on, against hand-written parts: if it misread order, caches or
 * namespaces, those tests would pass on a broken writer.
 */

/** A chart with one series; `inside` goes in the c:ser, `title` is the chart's own title. */
const chart = (inside: string, { prefix = 'c', title = 'T &amp; &lt;t&gt;' } = {}) =>
  parseXml(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<${prefix}:chartSpace xmlns:${prefix}="${NS.c}" xmlns:a="${NS.a}"><${prefix}:chart>` +
      `<${prefix}:title><${prefix}:tx><${prefix}:rich><a:p><a:r><a:t>${title}</a:t></a:r><a:r><a:t> 2</a:t></a:r></a:p></${prefix}:rich></${prefix}:tx></${prefix}:title>` +
      `<${prefix}:plotArea><${prefix}:barChart><${prefix}:ser>${inside}</${prefix}:ser></${prefix}:barChart>` +
      `<${prefix}:valAx><${prefix}:title><${prefix}:tx><${prefix}:rich><a:p><a:r><a:t>axis</a:t></a:r></a:p></${prefix}:rich></${prefix}:tx></${prefix}:title></${prefix}:valAx>` +
      `</${prefix}:plotArea></${prefix}:chart></${prefix}:chartSpace>`,
  );

const NAME =
  '<c:tx><c:strRef><c:f>\'A &amp; B\'!$B$1</c:f><c:strCache><c:ptCount val="1"/><c:pt idx="0"><c:v>2024 &lt;實績&gt;</c:v></c:pt></c:strCache></c:strRef></c:tx>';
const VALUES =
  '<c:val><c:numRef><c:f>S!$B$2:$B$4</c:f><c:numCache><c:formatCode>0.0</c:formatCode><c:ptCount val="3"/><c:pt idx="0"><c:v>3.2</c:v></c:pt><c:pt idx="2"><c:v>5</c:v></c:pt></c:numCache></c:numRef></c:val>';
const CATEGORIES =
  '<c:cat><c:strRef><c:f>S!$A$2:$A$4</c:f><c:strCache><c:ptCount val="3"/><c:pt idx="0"><c:v>a</c:v></c:pt><c:pt idx="1"><c:v>b</c:v></c:pt><c:pt idx="2"><c:v>c</c:v></c:pt></c:strCache></c:strRef></c:cat>';
const labelsRange = (inside: string) =>
  `<c:extLst><c:ext uri="{02D57815-91ED-43cb-92C2-25804820EDAC}" xmlns:c15="${NS.c15}"><c15:datalabelsRange>${inside}</c15:datalabelsRange></c:ext></c:extLst>`;
const LABELS = labelsRange(
  '<c15:f>S!$D$2:$D$4</c15:f><c15:dlblRangeCache><c:ptCount val="3"/><c:pt idx="0"><c:v>超7%</c:v></c:pt><c:pt idx="1"><c:v>≥ 30</c:v></c:pt></c15:dlblRangeCache>',
);

describe('the OOXML reader', () => {
  it('gives children in document order, so that a swapped pair breaks a schema sequence', () => {
    const [ser] = elements(chart(`<c:idx val="0"/>${NAME}${CATEGORIES}${VALUES}`), 'c:ser');
    expect(childNames(ser!)).toEqual(['idx', 'tx', 'cat', 'val']);
    const [swapped] = elements(chart(`<c:idx val="0"/>${NAME}${VALUES}${CATEGORIES}`), 'c:ser');
    expect(childNames(swapped!)).toEqual(['idx', 'tx', 'val', 'cat']);
  });

  it('reads every reference with its cache, entities resolved and blanks left out', () => {
    const doc = chart(`${NAME}${CATEGORIES}${VALUES}`);
    expect(references(doc)).toEqual([
      { kind: 'str', formula: "'A & B'!$B$1", count: 1, points: new Map([[0, '2024 <實績>']]) },
      {
        kind: 'str',
        formula: 'S!$A$2:$A$4',
        count: 3,
        points: new Map([
          [0, 'a'],
          [1, 'b'],
          [2, 'c'],
        ]),
      },
      {
        kind: 'num',
        formula: 'S!$B$2:$B$4',
        count: 3,
        points: new Map([
          [0, '3.2'],
          [2, '5'],
        ]),
        formatCode: '0.0',
      },
    ]);
  });

  it('tells a wrong cache from the right one', () => {
    const wrong = VALUES.replace('<c:v>5</c:v>', '<c:v>6</c:v>').replace('<c:ptCount val="3"/>', '<c:ptCount val="2"/>');
    const [ref] = references(chart(wrong));
    expect(ref?.count).toBe(2);
    expect(ref?.points.get(2)).toBe('6');
  });

  it('refuses a reference without its cache, or with the cache before the formula', () => {
    expect(() => references(chart('<c:val><c:numRef><c:f>S!$B$2</c:f></c:numRef></c:val>'))).toThrow('holds f, not f, numCache');
    expect(() => references(chart('<c:val><c:numRef><c:numCache><c:ptCount val="0"/></c:numCache><c:f>S!$B$2</c:f></c:numRef></c:val>'))).toThrow(
      'holds numCache, f',
    );
    expect(() => references(chart('<c:val><c:numRef><c:f>S!$B$2</c:f><c:numCache><c:pt idx="0"><c:v>1</c:v></c:pt></c:numCache></c:numRef></c:val>'))).toThrow(
      'no <c:ptCount>',
    );
    const repeated =
      '<c:val><c:numRef><c:f>S!$B$2</c:f><c:numCache><c:ptCount val="1"/><c:pt idx="0"><c:v>1</c:v></c:pt><c:pt idx="0"><c:v>2</c:v></c:pt></c:numCache></c:numRef></c:val>';
    expect(() => references(chart(repeated))).toThrow('repeated idx');
  });

  it("reads a series' labels range, and refuses one in the wrong order", () => {
    const [ser] = elements(chart(`${VALUES}${LABELS}`), 'c:ser');
    expect(labelsRangeOf(ser!)).toEqual({
      formula: 'S!$D$2:$D$4',
      count: 3,
      points: new Map([
        [0, '超7%'],
        [1, '≥ 30'],
      ]),
    });
    const [plain] = elements(chart(VALUES), 'c:ser');
    expect(labelsRangeOf(plain!)).toBeUndefined();
    const [swapped] = elements(chart(labelsRange('<c15:dlblRangeCache><c:ptCount val="0"/></c15:dlblRangeCache><c15:f>S!$D$2</c15:f>')), 'c:ser');
    expect(() => labelsRangeOf(swapped!)).toThrow('holds dlblRangeCache, f');
  });

  it('finds elements by namespace, whatever prefix the part uses', () => {
    const doc = chart(VALUES.replaceAll('c:', 'ch:'), { prefix: 'ch' });
    expect(elements(doc, 'c:ser')).toHaveLength(1);
    expect(qualifiedName(elements(doc, 'c:numCache')[0]!)).toBe('c:numCache');
    expect(references(doc).map((r) => r.formula)).toEqual(['S!$B$2:$B$4']);
    // The same local name in another namespace is not a chart element.
    expect(elements(parseXml('<x:ser xmlns:x="urn:other"/>'), 'c:ser')).toHaveLength(0);
  });

  it("reads the chart's own title, not an axis title", () => {
    expect(chartTitle(chart(''))).toBe('T & <t> 2');
  });

  it('lists attributes as written, namespace declarations included, and the namespaces a subtree uses', () => {
    const [ser] = elements(chart(`${VALUES}${LABELS}`), 'c:ser');
    const ext = onlyChild(onlyChild(ser!, 'c:extLst'), 'c:ext');
    expect(attributeNames(ext)).toEqual(['uri', 'xmlns:c15']);
    expect([...namespacesIn(ser!)]).toContain(NS.c15);
    expect([...namespacesIn(onlyChild(ser!, 'c:val'))]).not.toContain(NS.c15);
  });

  it('throws on a malformed part, and on a missing or repeated child', () => {
    expect(() => parseXml('<a><b></a>', 'xl/charts/chart1.xml')).toThrow(/^xl\/charts\/chart1\.xml: /u);
    expect(() => parseXml('<c:ser/>')).toThrow();
    const [ser] = elements(chart(`${VALUES}${VALUES}`), 'c:ser');
    expect(() => onlyChild(ser!, 'c:val')).toThrow('2 <c:val> children');
    expect(() => onlyChild(ser!, 'c:cat')).toThrow('0 <c:cat> children');
  });

  it('resolves relationship targets against the source part', () => {
    expect(relsPathOf('xl/worksheets/sheet1.xml')).toBe('xl/worksheets/_rels/sheet1.xml.rels');
    expect(resolveTarget('xl/worksheets/sheet1.xml', '../drawings/drawing1.xml')).toBe('xl/drawings/drawing1.xml');
    expect(resolveTarget('xl/workbook.xml', 'worksheets/sheet1.xml')).toBe('xl/worksheets/sheet1.xml');
    expect(resolveTarget('xl/workbook.xml', '/xl/styles.xml')).toBe('xl/styles.xml');
  });

  it('follows a package from a sheet name to its drawing and chart', async () => {
    const zip = new JSZip();
    const rels = (items: string) => `<Relationships xmlns="${NS.rel}">${items}</Relationships>`;
    zip.file(
      '[Content_Types].xml',
      `<Types xmlns="${NS.ct}"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/charts/chart1.xml" ContentType="chart"/></Types>`,
    );
    zip.file('xl/workbook.xml', `<workbook xmlns="${NS.x}" xmlns:r="${NS.r}"><sheets><sheet name="A &amp; B" sheetId="1" r:id="rId7"/></sheets></workbook>`);
    zip.file('xl/_rels/workbook.xml.rels', rels('<Relationship Id="rId7" Type="t/worksheet" Target="worksheets/sheet1.xml"/>'));
    zip.file('xl/worksheets/sheet1.xml', `<worksheet xmlns="${NS.x}" xmlns:r="${NS.r}"><sheetData/><drawing r:id="rId1"/></worksheet>`);
    zip.file(
      'xl/worksheets/_rels/sheet1.xml.rels',
      rels(
        '<Relationship Id="rId1" Type="t/drawing" Target="../drawings/drawing1.xml"/><Relationship Id="rId2" Type="t/hyperlink" Target="https://example.org/" TargetMode="External"/>',
      ),
    );
    zip.file('xl/drawings/drawing1.xml', '<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing"/>');
    zip.file(
      'xl/charts/chart1.xml',
      `<c:chartSpace xmlns:c="${NS.c}" xmlns:a="${NS.a}"><c:chart><c:title><c:tx><c:rich><a:p><a:r><a:t>Growth</a:t></a:r></a:p></c:rich></c:tx></c:title></c:chart></c:chartSpace>`,
    );
    const pkg = await openPackage(await zip.generateAsync({ type: 'uint8array' }));

    expect(await pkg.sheetPart('A & B')).toBe('xl/worksheets/sheet1.xml');
    await expect(pkg.sheetPart('Missing')).rejects.toThrow('no sheet named Missing');
    expect(await pkg.drawingOf('A & B')).toBe('xl/drawings/drawing1.xml');
    expect([...(await pkg.relationships('xl/worksheets/sheet1.xml')).values()]).toEqual([
      { id: 'rId1', type: 't/drawing', target: '../drawings/drawing1.xml', external: false, path: 'xl/drawings/drawing1.xml' },
      { id: 'rId2', type: 't/hyperlink', target: 'https://example.org/', external: true, path: undefined },
    ]);
    expect((await pkg.relationships('xl/drawings/drawing1.xml')).size).toBe(0);
    expect((await pkg.contentTypes()).overrides).toEqual(new Map([['/xl/charts/chart1.xml', 'chart']]));
    expect(pkg.chartParts()).toEqual(['xl/charts/chart1.xml']);
    expect((await pkg.chartTitled('Growth')).path).toBe('xl/charts/chart1.xml');
    await expect(pkg.chartTitled('Other')).rejects.toThrow('no chart titled Other');
    await expect(pkg.text('xl/missing.xml')).rejects.toThrow('missing part xl/missing.xml');
  });

  it('refuses a sheet with no drawing, or two', async () => {
    const zip = new JSZip();
    zip.file(
      'xl/workbook.xml',
      `<workbook xmlns="${NS.x}" xmlns:r="${NS.r}"><sheets><sheet name="S" r:id="rId1"/><sheet name="T" r:id="rId2"/></sheets></workbook>`,
    );
    zip.file(
      'xl/_rels/workbook.xml.rels',
      `<Relationships xmlns="${NS.rel}"><Relationship Id="rId1" Type="t" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="t" Target="worksheets/sheet2.xml"/></Relationships>`,
    );
    zip.file('xl/worksheets/sheet1.xml', `<worksheet xmlns="${NS.x}"><sheetData/></worksheet>`);
    zip.file('xl/worksheets/sheet2.xml', `<worksheet xmlns="${NS.x}" xmlns:r="${NS.r}"><drawing r:id="rId1"/><drawing r:id="rId2"/></worksheet>`);
    const pkg = await openPackage(await zip.generateAsync({ type: 'uint8array' }));
    await expect(pkg.drawingOf('S')).rejects.toThrow('0 <x:drawing> children');
    await expect(pkg.drawingOf('T')).rejects.toThrow('2 <x:drawing> children');
  });
});
