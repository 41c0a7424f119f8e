import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { nameFonts } from '../../electron/services/workbook/fonts';

/** Reads the written package back, as a reader would. */
async function reread(workbook: ExcelJS.Workbook): Promise<ExcelJS.Worksheet> {
  const again = new ExcelJS.Workbook();
  await again.xlsx.load(await workbook.xlsx.writeBuffer());
  const sheet = again.getWorksheet('S');
  if (!sheet) throw new Error('sheet S is missing');
  return sheet;
}

describe('cells that look alike share one style', () => {
  it('keeps each cell its own look: bold stays bold, plain stays plain, every font named', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('S');
    for (let r = 1; r <= 50; r += 1) sheet.addRow([`figure ${r}`, r]);
    sheet.getCell('A1').font = { bold: true };
    nameFonts(workbook, 'en');
    expect(sheet.getCell('A2').style).toBe(sheet.getCell('A3').style);
    expect(sheet.getCell('A1').style).not.toBe(sheet.getCell('A2').style);
    const back = await reread(workbook);
    expect(back.getCell('A1').font).toMatchObject({ bold: true, size: 11 });
    expect(back.getCell('A2').font.bold).toBeFalsy();
    expect(back.getCell('B50').font.name).toBe(back.getCell('A2').font.name);
  });

  it('gives a date its own style, so that it is written as a date and a number beside it as a number', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('S');
    sheet.addRow([new Date(Date.UTC(2026, 0, 15)), 42]);
    nameFonts(workbook, 'en');
    expect(sheet.getCell('A1').style).not.toBe(sheet.getCell('B1').style);
    const back = await reread(workbook);
    expect(back.getCell('A1').value).toBeInstanceOf(Date);
    expect(back.getCell('B1').value).toBe(42);
  });
});
