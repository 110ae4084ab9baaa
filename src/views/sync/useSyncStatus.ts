// The sync status for a component: live from the database, plus a clock that ticks every
// 30 seconds so "il y a 5 min" stays true while the screen is open.
import { useEffect, useState } from 'preact/hooks';
import { getDb } from '../../db/database';
import { clock } from '../../platform/clock';
import { PROTOCOL_VERSION } from '../../shared/protocol';
import { type SyncStatusData, watchSyncStatus } from '../../sync/status';

const TICK_MS = 30_000;

export function useSyncStatus(): { status: SyncStatusData | undefined; now: Date } {
  const [status, setStatus] = useState<SyncStatusData | undefined>(undefined);
  const [now, setNow] = useState(() => clock.now());
  useEffect(() => {
    const stop = watchSyncStatus(getDb(), PROTOCOL_VERSION, (next) => {
      setStatus(next);
      setNow(clock.now());
    });
    const timer = setInterval(() => setNow(clock.now()), TICK_MS);
    return () => {
      stop();
      clearInterval(timer);
    };
  }, []);
  return { status, now };
}
