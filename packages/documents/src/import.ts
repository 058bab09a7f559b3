// The import side alone, for a worker thread that should not load the export libraries (docx, exceljs).
export { type Block, DocumentError, type DocumentErrorReason } from './blocks.js';
export { importDocx } from './import-docx.js';
export { importMarkdown, importMarkdownFile } from './import-markdown.js';
export { warmUpImport } from './warm-up.js';
