import { warmRelocation } from './reanchor.js';
import { warmImports } from './upload-import.js';

/**
 * Starts the draft module's workers, one to read files and one to relocate anchors, and keeps
 * them from then on. A worker takes the better part of a second to load its code (mammoth, most
 * of all), and a person publishing a Word file should not wait for that on top of the reading:
 * a 300-paragraph .docx is read in a tenth of that. The server calls this once it serves; kept
 * idle they cost about 55 MB (compiled; more under tsx).
 */
export function warmDraftWorkers(limits: { importMemoryMb: number }): void {
  warmImports({ memoryMb: limits.importMemoryMb });
  warmRelocation();
}
