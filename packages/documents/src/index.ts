export {
  type Block,
  type BlockKind,
  DocumentError,
  type DocumentErrorReason,
  MAX_DOCX_BYTES,
  type TextMark,
} from './blocks.js';
export {
  AUDIT_COLUMNS,
  AUDIT_SHEET_NAME,
  type AuditLogMeta,
  type AuditLogRow,
  auditLogXlsx,
} from './export-audit-xlsx.js';
export { opinionTableDocx } from './export-docx.js';
export { type MinutesRecord, meetingMinutesDocx } from './export-minutes.js';
export { type ProgrammeDocument, type ProgrammeTable, programmeDocx, programmeXlsx } from './export-programme.js';
export { opinionTableXlsx, SHEET_NAME, XLSX_HEADER_ROW } from './export-xlsx.js';
export { importDocx } from './import-docx.js';
export { importMarkdown, importMarkdownFile } from './import-markdown.js';
export {
  OPINION_COLUMNS,
  type OpinionRow,
  type OpinionTableMeta,
  ORPHANED_MARK,
  tableSubtitle,
  tableTitle,
  WHOLE_DRAFT_GROUP,
} from './opinion-table.js';
export { DOCX_UNPACK_LIMITS, type UnpackLimits } from './unpack-limits.js';
