import { In } from 'typeorm';
import { byKey, defineLoader } from '../../graphql/loaders.js';
import { PersonEntity } from './person.entity.js';
import { Person } from './person.types.js';

/** People by id, batched per request. */
export const personLoader = defineLoader<string, Person | null>(async (ds, ids) => {
  const rows = await ds.getRepository(PersonEntity).findBy({ id: In([...ids]) });
  return byKey(ids, rows.map(Person.from), (p) => p.id);
});
