// exceljs ships a prebuilt single-file bundle beside its sources; it has the same API and types.
declare module 'exceljs/dist/exceljs.bare.min.js' {
  import ExcelJS from 'exceljs';
  export default ExcelJS;
}
