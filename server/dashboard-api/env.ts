// What the dashboard's routes see: the app's dependencies plus the signed-in user and their scope.

import type { User } from '../../src/shared/dashboard-api/session';
import type { Deps } from '../app-env';
import type { DB } from '../db/schema';

export type Role = DB['users']['role'];

/** The signed-in user, as /me and /login answer it (src/shared/dashboard-api/session.ts). */
export type DashboardUser = User & { role: Role };

/** The centres (and their territories) a user may see; every query filters by `centreIds`. */
export interface Scope {
  centreIds: string[];
  territoryIds: string[];
}

export interface DashboardEnv {
  Variables: {
    deps: Deps;
    user: DashboardUser;
    scope: Scope;
    csrfToken: string;
    sessionIdHash: string;
  };
}
