import { openConfiguredDatabase, prepareDatabase } from '../database.js';
import { loadConfig } from '../env.js';

const database = await openConfiguredDatabase(loadConfig());
const { regionsLoaded } = await prepareDatabase(database);
console.log(`migrations applied${regionsLoaded ? `, ${regionsLoaded} regions loaded` : ''}`);
await database.close();
