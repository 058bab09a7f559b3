import type { EntityManager } from 'typeorm';
import { badInput } from '../../errors.js';

/**
 * Checks the units a plan or a research topic is given, before anything is written: every one a
 * unit of this programme, each co-operating unit listed once, the lead unit not among them.
 */
export async function checkUnitChoice(
  m: EntityManager,
  programId: string,
  leadUnitId: string,
  coUnitIds: readonly string[],
): Promise<void> {
  if (new Set(coUnitIds).size !== coUnitIds.length) {
    throw badInput('input.coUnitIds', { reason: 'CO_UNIT_TWICE', message: 'list each co-operating unit once.' });
  }
  if (coUnitIds.includes(leadUnitId)) {
    throw badInput('input.coUnitIds', {
      reason: 'LEAD_UNIT_AMONG_CO_UNITS',
      message: 'the lead unit cannot also be a co-operating unit.',
    });
  }
  const ids = [leadUnitId, ...coUnitIds];
  const [{ n }]: [{ n: number }] = await m.query(
    'SELECT count(*)::int AS n FROM unit WHERE program_id = $1 AND id = ANY($2::uuid[])',
    [programId, ids],
  );
  if (n !== ids.length) {
    const field = (await m.query('SELECT 1 FROM unit WHERE program_id = $1 AND id = $2', [programId, leadUnitId]))
      .length
      ? 'input.coUnitIds'
      : 'input.leadUnitId';
    throw badInput(field, { reason: 'UNKNOWN_UNIT', message: 'no such unit in this programme.' });
  }
}

/** A title or text as kept: trimmed; refused when nothing is left. */
export function required(field: string, value: string, reason: 'TITLE_REQUIRED' | 'CONTENT_REQUIRED'): string {
  const text = value.trim();
  if (!text) throw badInput(field, { reason, message: 'must not be empty.' });
  return text;
}
