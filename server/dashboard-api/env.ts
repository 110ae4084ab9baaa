// What the dashboard's routes see: the app's dependencies plus the signed-in user and their scope.
import type { Deps } from '../app-env';
import type { DB } from '../db/schema';

export type Role = DB['users']['role'];

export interface DashboardUser {
  id: string;
  login: string;
  name: string;
  role: Role;
  territoryId: string | null;
}

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
