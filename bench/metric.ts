// One benchmark metric as bench/results.json stores it.
export interface Metric {
  name: string;
  value: number;
  unit: string;
  /** The budget from the issue, when there is one. */
  target?: string;
  note?: string;
}

export interface BenchContext {
  /** The production build to measure (built once by bench/run.ts). */
  distDir: string;
  /** Starts a real centre server on a free port over `distDir`; stop it when done. */
  startServer(opts?: {
    databaseUrl?: string;
    demo?: boolean;
    env?: Record<string, string>;
  }): Promise<{ url: string; dataDir: string; pid: number; stop(): Promise<void> }>;
}

export type MetricModule = (ctx: BenchContext) => Promise<Metric[]>;
