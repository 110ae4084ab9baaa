// Failures of the database to write (disk full, read-only disk or database), recognised on both
// databases so that a request gets a 503 in words instead of a 500, and health says so.
const SQLITE_CODES = /^SQLITE_(FULL|READONLY|IOERR)/;
/** PostgreSQL: disk_full, insufficient_resources, read_only_sql_transaction, out of memory. */
const PG_CODES = new Set(['53100', '53000', '25006', '53200']);

export const CANNOT_WRITE_MESSAGE =
  'Le serveur ne peut plus écrire dans sa base de données (disque plein ou en lecture seule) : rien n’a été enregistré. Réessayez plus tard ; la personne qui gère le serveur doit libérer de la place.';

/** SQLite rolls a transaction back by itself on a full disk or an I/O error; the rollback that
 *  follows then fails with this, hiding the first error. */
const AUTO_ROLLED_BACK = 'cannot rollback - no transaction is active';

export function isStorageFailure(err: unknown): boolean {
  const code = String((err as { code?: unknown } | null)?.code ?? '');
  if (code === 'SQLITE_ERROR' && (err as Error).message === AUTO_ROLLED_BACK) return true;
  return SQLITE_CODES.test(code) || PG_CODES.has(code) || code === 'ENOSPC' || code === 'EROFS';
}
