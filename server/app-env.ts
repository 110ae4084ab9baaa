import type { Config } from './config';
import type { Database_ } from './db/connect';
import type { Secrets } from './secrets';

/** What every route may use; passed in, so tests build an app on a throw-away database. */
export interface Deps {
  database: Database_;
  config: Config;
  secrets: Secrets;
  /** The server's clock; tests move it. */
  now: () => Date;
}

export interface AppEnv {
  Variables: { deps: Deps };
}
