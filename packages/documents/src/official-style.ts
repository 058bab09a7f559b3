import type { IFontAttributesProperties } from 'docx';

/**
 * The house style of the official .docx documents (the opinion table, the programme's lists and
 * report, the meeting record), in one place so they look alike.
 */

// Official documents set Chinese in 仿宋 (body) and 黑体 (headings), Latin letters and figures in Times New Roman.
export const BODY_FONT: IFontAttributesProperties = {
  ascii: 'Times New Roman',
  hAnsi: 'Times New Roman',
  cs: 'Times New Roman',
  eastAsia: '仿宋',
};
export const HEADING_FONT: IFontAttributesProperties = { ...BODY_FONT, eastAsia: '黑体' };

/** A4 in twips, and the 2 cm margins of the landscape tables. */
export const A4_LONG = 16838;
export const A4_SHORT = 11906;
export const LANDSCAPE_MARGIN = 1134;

/** A table cell's padding and its header row's grey. */
export const CELL_MARGINS = { top: 60, bottom: 60, left: 80, right: 80 };
export const HEADER_FILL = 'D9D9D9';
