export * from './cells.js';
export { crlfRowEnds, csvChunks, csvRows, readCsv } from './csv.js';
export { xlsxChunks, type SheetLayout, type SheetSource } from './xlsx-writer.js';
export { readXlsx, xlsxRows, type ReadLimits } from './xlsx-reader.js';
export { readTable, tableRows, type TableFormat } from './table.js';
export { excelSerialToDate } from './dates.js';
