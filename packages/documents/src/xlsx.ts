import ExcelJS from 'exceljs';

// What Excel, LibreOffice and Google Sheets take for the start of a formula (OWASP, "CSV
// injection"); tab and carriage return because some of them skip those first.
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Text that would start a formula, made inert with a leading apostrophe (OWASP's advice). A text
 * cell in .xlsx is not evaluated when opened, but it becomes a live formula as soon as someone
 * edits it or saves the sheet as CSV and opens that — with a person's words from a comment in
 * it (=HYPERLINK(…), =cmd|…). exceljs cannot set Excel's hidden quotePrefix style, so the
 * apostrophe is visible: a small price on the rare cell that starts so.
 */
export function inertText(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/**
 * Writes a workbook, after making every formula-looking text cell inert. The one way this package
 * writes .xlsx, so no workbook, present or future, skips it.
 */
export async function writeWorkbook(workbook: ExcelJS.Workbook): Promise<Uint8Array> {
  workbook.eachSheet((sheet) => {
    sheet.eachRow((row) => {
      row.eachCell((cell) => {
        // A merged cell shows its master's value, which is visited on its own.
        if (cell.type === ExcelJS.ValueType.Merge) return;
        const value = cell.value;
        if (typeof value === 'string') {
          cell.value = inertText(value);
        } else if (value && typeof value === 'object' && 'richText' in value && value.richText.length > 0) {
          const [first, ...rest] = value.richText;
          if (first) cell.value = { richText: [{ ...first, text: inertText(first.text) }, ...rest] };
        }
      });
    });
  });
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
