import { Field, ObjectType } from 'type-graphql';

/**
 * A named value of an activity or notification (a person's name, a plan's title, a status code,
 * an ISO date): the client writes the sentence in the reader's language, `kind` picking the
 * message and facts filling it. Values are raw, never sentences.
 */
@ObjectType('Fact')
export class Fact {
  @Field(() => String) name: string;
  @Field(() => String) value: string;
}

/** Facts from a record of named values; absent ones (null, undefined) are left out. */
export function toFacts(values: Record<string, string | number | boolean | null | undefined>): Fact[] {
  return Object.entries(values)
    .filter(([, v]) => v !== null && v !== undefined)
    .map(([name, value]) => Object.assign(new Fact(), { name, value: String(value) }));
}

/** A user-written text cut to a length a one-line sentence can carry. */
export const excerpt = (text: string, n = 40) => (text.length > n ? `${text.slice(0, n)}…` : text);
