// Writes the schema the server offers to apps/server/schema.graphql (committed; a test checks it).
import fs from 'node:fs/promises';
import path from 'node:path';
import { printedSchema } from './house.js';

const target = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../schema.graphql');
await fs.writeFile(target, await printedSchema());
console.log(`Wrote ${target}`);
