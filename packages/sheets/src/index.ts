export * from './cells.js';
export { crlfRowEnds, csvChunks, readCsv } from './csv.js';
export { xlsxChunks, type SheetLayout, type SheetSource } from './xlsx-writer.js';
export { readXlsx, type ReadLimits } from './xlsx-reader.js';
export { readTable, type TableFormat } from './table.js';
export { excelSerialToDate } from './dates.js';
