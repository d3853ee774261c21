// Creates a user from the command line, e.g. the first city administrator of a production install:
//   KEPU_PASSWORD=… npm run user:create -- --username admin --role city_admin --region 500000
// Without KEPU_PASSWORD the password is read from standard input.
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { CreateUserBody, cityRegionCode } from '@kepu/domain';
import { openConfiguredDatabase, prepareDatabase } from '../database.js';
import { loadConfig, passwordFromEnvironment } from '../env.js';
import { insertUser } from '../users/index.js';

const { values } = parseArgs({
  options: {
    username: { type: 'string' },
    role: { type: 'string', default: 'city_admin' },
    region: { type: 'string', default: cityRegionCode },
    'display-name': { type: 'string' },
  },
});

async function readPassword(): Promise<string> {
  const fromEnvironment = passwordFromEnvironment();
  if (fromEnvironment) return fromEnvironment;
  const prompt = createInterface({ input: process.stdin, output: process.stderr });
  const answer = await prompt.question('Password (at least 10 characters): ');
  prompt.close();
  return answer;
}

const input = CreateUserBody.safeParse({
  username: values.username,
  displayName: values['display-name'] ?? values.username,
  role: values.role,
  scopeRegionCode: values.region,
  password: await readPassword(),
});
if (!input.success) {
  console.error(input.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('\n'));
  process.exit(2);
}
const database = await openConfiguredDatabase(loadConfig());
await prepareDatabase(database);
const user = await insertUser(database.db, input.data);
console.log(`created ${user.role} "${user.username}" for ${user.scopeRegionCode}`);
await database.close();
