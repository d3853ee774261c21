import { writeFile } from 'node:fs/promises';
import { clientSchemaFile, clientSchemaSource, servedDocument } from './client-schema.js';

await writeFile(clientSchemaFile, await clientSchemaSource(await servedDocument()));
console.log(`wrote ${clientSchemaFile.pathname}`);
