// Prisma CLI configuration: the Wasm schema engine ("js") through a driver adapter, because the
// native engines cannot be downloaded here. DATABASE_URL picks the provider's schema, migrations
// and adapter (lib/db), so `prisma migrate deploy` applies exactly what the app will use.
import path from 'node:path';
import { defineConfig } from 'prisma/config';
import { databaseUrl, projectRoot } from './lib/env.ts';
import { parseDatabaseUrl } from './lib/db/database-url.ts';
import { createAdapterFactory } from './lib/db/adapter.ts';

const target = parseDatabaseUrl(databaseUrl(), projectRoot());

export default defineConfig({
  experimental: { adapter: true },
  engine: 'js',
  schema: path.join('prisma', target.provider, 'schema.prisma'),
  migrations: { path: path.join('prisma', target.provider, 'migrations') },
  adapter: async () => createAdapterFactory(target),
});
