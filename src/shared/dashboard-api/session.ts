// Who is signed in, as the dashboard API answers /login and /me (server/dashboard-api/API.md
// "Auth, session, CSRF"), typed once for the server and the dashboard pages.

export type Role = 'coordinator' | 'territory_coordinator' | 'admin';

export interface User {
  id: string;
  login: string;
  name: string;
  role: Role;
  territoryId: string | null;
}

export interface CentreRef {
  id: string;
  name: string;
  commune: string;
  territoryId: string;
  territoryName: string;
}

export interface Session {
  user: User;
  centres: CentreRef[];
  territories: { id: string; name: string }[];
}

export interface MeResponse extends Session {
  csrfToken: string;
}
