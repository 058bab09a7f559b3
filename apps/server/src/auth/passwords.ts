import { hash, verify } from '@node-rs/argon2';

// 2 = Argon2id (a const enum in the typings, unusable under isolatedModules); also the default.
const OPTIONS = { algorithm: 2 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

export function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  return verify(passwordHash, password).catch(() => false);
}

// Verified against when the email is unknown, so both answers cost the same hash.
let decoy: Promise<string> | undefined;
export function decoyHash(): Promise<string> {
  decoy ??= hashPassword('decoy password that nobody has');
  return decoy;
}
