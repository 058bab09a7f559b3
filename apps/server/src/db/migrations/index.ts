// Migrations in order. Listed by hand because TypeORM's glob loader cannot import .ts under vitest.
import { Initial1795965696238 } from './1795965696238-Initial.js';
import { EventLog1795965700000 } from './1795965700000-EventLog.js';

export const migrations = [Initial1795965696238, EventLog1795965700000];
