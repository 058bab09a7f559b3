/**
 * Backup or restore would not do what was asked — a damaged file, a database that is not empty,
 * a backup from a newer version, a server in the way — and stopped before changing anything. The
 * message says why and what to do; the command line exits with 2 for it, 1 for other failures.
 */
export class BackupRefusal extends Error {}
