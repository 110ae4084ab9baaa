// The data directory and the SQLite file, opened with one sentence for each way they can fail
// (issue 9: read-only, missing, a file instead of a folder, a damaged database, a full disk), each
// naming the path and what to do; and private to the server's account: the folder 0700, the
// database and key files 0600 (SQLite gives its -wal and -shm files the database file's rights).
import {
  accessSync,
  chmodSync,
  constants,
  existsSync,
  mkdirSync,
  statSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';

/** A problem found while starting, said in words; the command line prints it as is. */
export class StartupError extends Error {
  override name = 'StartupError';
}

const WHAT_TO_DO = 'ou indiquez un autre dossier dans BORNE_DATA_DIR';

function code(err: unknown): string {
  return String((err as { code?: unknown }).code ?? '');
}

function cannotWrite(dir: string, err: unknown): StartupError {
  if (code(err) === 'ENOSPC')
    return new StartupError(
      `Le disque du dossier de données ${dir} est plein : libérez de la place, puis relancez.`,
    );
  return new StartupError(
    `Le dossier de données ${dir} est en lecture seule pour ce compte (${code(err) || 'écriture refusée'}) : le serveur doit y écrire sa base et sa clé. Donnez-lui le droit d’écrire (chown, chmod, disque monté en écriture), ${WHAT_TO_DO}.`,
  );
}

/** Creates the data directory (0700) or checks the one there; throws a StartupError in words. */
export function prepareDataDir(dir: string): void {
  let isDir = false;
  try {
    isDir = statSync(dir).isDirectory();
    if (!isDir)
      throw new StartupError(
        `Le dossier de données ${dir} est un fichier, pas un dossier. Déplacez ce fichier, ${WHAT_TO_DO}.`,
      );
  } catch (err) {
    if (err instanceof StartupError) throw err;
    if (code(err) === 'ENOTDIR')
      throw new StartupError(
        `Le chemin du dossier de données ${dir} passe par un fichier : ce n’est pas un dossier. Corrigez le chemin, ${WHAT_TO_DO}.`,
      );
    if (code(err) !== 'ENOENT') throw cannotWrite(dir, err);
  }
  if (!isDir) {
    try {
      mkdirSync(dir, { recursive: true, mode: 0o700 });
    } catch (err) {
      if (code(err) === 'ENOTDIR' || code(err) === 'EEXIST')
        throw new StartupError(
          `Le chemin du dossier de données ${dir} passe par un fichier : ce n’est pas un dossier. Corrigez le chemin, ${WHAT_TO_DO}.`,
        );
      throw new StartupError(
        `Le dossier de données ${dir} n’existe pas et ne peut pas être créé (${code(err) || 'refusé'}). Créez-le pour le compte du serveur (mkdir -p ${dir}), ${WHAT_TO_DO}.`,
      );
    }
  }
  try {
    chmodSync(dir, 0o700);
  } catch {
    // Another account owns it: its rights are that account's choice; writing is checked below.
  }
  try {
    accessSync(dir, constants.W_OK);
    const probe = join(dir, '.borne-write-test');
    writeFileSync(probe, '', { mode: 0o600 });
    unlinkSync(probe);
  } catch (err) {
    throw cannotWrite(dir, err);
  }
}

/** Makes `file` private (0600) when it exists, creating it empty (a valid empty SQLite file) if asked. */
export function privateFile(file: string, create = false): void {
  if (!existsSync(file)) {
    if (!create) return;
    writeFileSync(file, '', { mode: 0o600, flag: 'wx' });
  }
  chmodSync(file, 0o600);
}

/** A failure opening the SQLite file, in words naming the file and what to do. */
export function describeSqliteOpenError(file: string, err: unknown): Error {
  const c = code(err);
  if (c === 'SQLITE_NOTADB' || c.startsWith('SQLITE_CORRUPT'))
    return new StartupError(
      `Le fichier ${file} n’est pas une base de données lisible (abîmé, ou d’un autre programme). Le serveur ne démarre pas pour ne rien écraser : mettez ce fichier de côté et remettez la dernière sauvegarde à sa place, ou déplacez-le pour repartir d’une base vide.`,
    );
  if (c === 'SQLITE_FULL' || c === 'ENOSPC')
    return new StartupError(`Le disque de ${file} est plein : libérez de la place, puis relancez.`);
  if (c.startsWith('SQLITE_READONLY') || c.startsWith('SQLITE_CANTOPEN') || c === 'EACCES' || c === 'EPERM')
    return new StartupError(
      `La base de données ${file} ne peut pas être ouverte en écriture (${c}) : donnez au compte du serveur le droit d’y écrire, ${WHAT_TO_DO}.`,
    );
  return err instanceof Error ? err : new Error(String(err));
}
