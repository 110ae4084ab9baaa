export interface CommandResult {
  /** Printed with --json, as one JSON object. */
  json: Record<string, unknown>;
  /** Printed otherwise, for a person. */
  text: string;
}

export interface Command {
  name: string;
  summary: string;
  usage: string;
  /** Long-running commands (serve) print their own output and never resolve a result. */
  run(argv: string[], opts: { json: boolean }): Promise<CommandResult | undefined>;
}
