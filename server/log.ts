// The server's log: one line per event, on stderr (stdout is the command's answer). Plain lines
// by default (`[source] message`); BORNE_LOG_FORMAT=json makes each line one JSON object
// {time, level, source, message, …fields} for journald, Loki or any collector. Callers never pass
// personal data: no names, phone numbers, contact payloads, passwords, tokens or request bodies;
// the only address logged is a client refused by a rate limit (what an operator needs to block it).

/** Text for one log line: control characters escaped, so no request can forge a line of the log. */
export function logSafe(text: string, max = 300): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: escaping them is the point
  const escaped = text.replace(/[\u0000-\u001f\u007f\u2028\u2029]/g, (ch) =>
    ch === '\n' ? '\\n' : `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
  return escaped.length > max ? `${escaped.slice(0, max)}…` : escaped;
}

export type LogLevel = 'info' | 'warn' | 'error';
export type LogFields = Record<string, string | number | boolean | undefined>;

let format: 'text' | 'json' | undefined;

/** Set once at start from the configuration (server/serve.ts); before that, read from the environment. */
export function configureLog(next: 'text' | 'json'): void {
  format = next;
}

/** The format in use: the configuration's once the server started, else BORNE_LOG_FORMAT. */
export function logFormat(): 'text' | 'json' {
  format ??= process.env.BORNE_LOG_FORMAT?.trim().toLowerCase() === 'json' ? 'json' : 'text';
  return format;
}

/** One log line, formatted; exported for the tests of the format. */
export function formatLogLine(
  level: LogLevel,
  source: string,
  message: string,
  fields: LogFields = {},
  as: 'text' | 'json' = logFormat(),
  time: Date = new Date(),
): string {
  if (as === 'text') return `[${source}] ${logSafe(message, 2000)}`;
  const line = JSON.stringify({ time: time.toISOString(), level, source, message, ...fields });
  // JSON escapes \n; U+2028/2029 too, so no log reader takes them for a line break.
  return line.replace(/[\u2028\u2029]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16)}`);
}

export function log(level: LogLevel, source: string, message: string, fields?: LogFields): void {
  // Every level on stderr: stdout stays the command's own answer (`serve --json` prints one object).
  console.error(formatLogLine(level, source, message, fields));
}
