/** Told what a backup or restore is doing, line by line (the command line prints to stderr). */
export type Progress = (line: string) => void;

/** A count with thousands separators, as the progress lines show it. */
export const count = (n: number | bigint) => n.toLocaleString('en-US');
