/**
 * The people a comment @mentions. Chinese names are not followed by a space ("@李明请看"), so
 * at each @ the longest known name that starts there wins.
 */
export function findMentions<P extends { id: string; name: string }>(body: string, people: P[]): P[] {
  const byLength = [...people].filter((p) => p.name.length > 0).sort((a, b) => b.name.length - a.name.length);
  const found = new Map<string, P>();
  for (let at = body.indexOf('@'); at !== -1; at = body.indexOf('@', at + 1)) {
    const rest = body.slice(at + 1);
    const person = byLength.find((p) => rest.startsWith(p.name));
    if (person) found.set(person.id, person);
  }
  return [...found.values()];
}
