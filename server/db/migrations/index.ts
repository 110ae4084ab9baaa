// Every migration, in order. Add a new file and one line here; never edit a released migration.
import type { Migration } from 'kysely';
import * as m001 from './001_initial';

export const migrations: Record<string, Migration> = {
  '001_initial': m001,
};
