import { cityRegionCode, type Role } from '@kepu/domain';
import { schema, type Database } from '@kepu/db';
import { sql } from 'drizzle-orm';
import { randomToken } from '../kernel/secrets.js';
import { insertUser } from '../users/index.js';

export interface CreatedAccount {
  username: string;
  password: string;
  role: Role;
  scopeRegionCode: string;
  displayName: string;
}

const demoAccounts: Omit<CreatedAccount, 'password'>[] = [
  { username: 'admin', role: 'city_admin', scopeRegionCode: cityRegionCode, displayName: '重庆市科协管理员' },
  { username: 'yubei', role: 'district_admin', scopeRegionCode: '500112', displayName: '渝北区科协管理员' },
  { username: 'shapingba', role: 'district_admin', scopeRegionCode: '500106', displayName: '沙坪坝区科协管理员' },
  { username: 'yubei-shuangfengqiao', role: 'township_staff', scopeRegionCode: '500112017', displayName: '双凤桥街道科协' },
  { username: 'viewer', role: 'viewer', scopeRegionCode: cityRegionCode, displayName: '市级只读用户' },
];

async function hasUsers(db: Database) {
  const [row] = await db.select({ count: sql<number>`count(*)::int` }).from(schema.users);
  return (row?.count ?? 0) > 0;
}

/** Demo accounts with fresh random passwords, for a database that has none; shown once by the caller. */
export async function createDemoAccounts(db: Database): Promise<CreatedAccount[]> {
  if (await hasUsers(db)) return [];
  const created: CreatedAccount[] = [];
  for (const account of demoAccounts) {
    const password = randomToken(12);
    await insertUser(db, { ...account, password });
    created.push({ ...account, password });
  }
  return created;
}

/** The first city administrator from the environment, when the database has no users yet. */
export async function createFirstAdmin(db: Database, credentials: { username: string; password: string }): Promise<boolean> {
  if (await hasUsers(db)) return false;
  await insertUser(db, { ...credentials, role: 'city_admin', scopeRegionCode: cityRegionCode, displayName: '市科协管理员' });
  return true;
}

export async function noUsersYet(db: Database) {
  return !(await hasUsers(db));
}
