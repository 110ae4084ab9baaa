// /equipe/*: the outreach worker's side. Not enrolled → the way to set the tablet up. Otherwise
// the PIN unlock, then today's screen, outings, encounters and contacts, behind an automatic lock.
import './agent.css';
import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import type { AgentContext } from '../../agent/context';
import { wipeContactDrafts } from '../../agent/drafts';
import { noteLock } from '../../agent/encounter-draft';
import { closeSession, restoreSession, session } from '../../agent/session';
import { getDb } from '../../db/database';
import { type Enrolment, getEnrolment } from '../../device/enrolment';
import { deviceSettings } from '../../device/settings-store';
import { t } from '../../i18n';
import '../../i18n/team';
import { enterKioskMode } from '../../kiosk/mode';
import { clock } from '../../platform/clock';
import { AutoLock } from './AutoLock';
import { NotEnrolled } from './NotEnrolled';
import { TeamBar } from './TeamBar';
import { TeamRoutes } from './TeamRoutes';
import { TeamContext } from './team-context';
import { UnlockScreen } from './UnlockScreen';
import { flushAllDrafts } from './useDraft';
import { useLive } from './useLive';

function Loading() {
  return (
    <main id="main" class="page">
      <p class="loading">{t('loading')}</p>
    </main>
  );
}

export default function AgentApp() {
  const [enrolment, setEnrolment] = useState<Enrolment | null | undefined>(undefined);
  useEffect(() => {
    getEnrolment().then(
      (e) => setEnrolment(e ?? null),
      () => setEnrolment(null),
    );
  }, []);
  if (enrolment === undefined) return <Loading />;
  if (!enrolment) return <NotEnrolled />;
  return <TeamSpace enrolment={enrolment} />;
}

function TeamSpace({ enrolment }: { enrolment: Enrolment }) {
  // The device's setting, or the centre's (set by the coordinators, pulled) when it is stricter.
  const centreLock = enrolment.centre.settings?.agentLockSeconds;
  const lockSeconds = Math.min(
    deviceSettings.value.agentLockSeconds || 300,
    centreLock && centreLock > 0 ? centreLock : Number.POSITIVE_INFINITY,
  );
  const [ready, setReady] = useState(false);
  const [autoLocked, setAutoLocked] = useState(false);

  useEffect(() => {
    // A contact draft in clear (only an older version wrote them; drafts are sealed now) goes after
    // twice the lock time, checked now and every half minute while the team space is on screen.
    const wipe = () => wipeContactDrafts(getDb(), lockSeconds * 2000, clock.now()).catch(() => 0);
    (async () => {
      await wipe();
      await restoreSession(clock.ms(), lockSeconds);
      setReady(true);
    })();
    const timer = setInterval(() => void wipe(), 30_000);
    return () => clearInterval(timer);
  }, [lockSeconds]);

  const agentId = session.value?.agentId;
  const found = useLive(
    async () => ({ agentId, agent: agentId ? await getDb().agents.get(agentId) : undefined }),
    [agentId],
  );

  const lock = useCallback(async (auto: boolean) => {
    await flushAllDrafts();
    // Forms left open now are offered, not given back silently, to whoever unlocks next.
    await noteLock(clock.now());
    await closeSession();
    setAutoLocked(auto);
  }, []);
  const autoLock = useCallback(() => void lock(true), [lock]);

  const ctx = useMemo<AgentContext | undefined>(
    () =>
      agentId
        ? {
            db: getDb(),
            centre: enrolment.centre,
            deviceId: enrolment.deviceId,
            agentId,
            now: clock.now,
            role: found?.agent?.role,
          }
        : undefined,
    [agentId, enrolment, found?.agent?.role],
  );

  if (!ready) return <Loading />;
  if (!agentId || !ctx) return <UnlockScreen centreId={enrolment.centre.id} autoLocked={autoLocked} />;
  if (!found || found.agentId !== agentId) return <Loading />;
  if (!found.agent) {
    // The agent was removed since: nobody may stay signed in under that name.
    void closeSession();
    return <Loading />;
  }

  async function toKiosk() {
    await flushAllDrafts();
    await noteLock(clock.now());
    // The tablet goes to a resident: no contact draft in clear stays, and the team space locks.
    await wipeContactDrafts(getDb(), 0, clock.now());
    await closeSession();
    await enterKioskMode();
  }

  return (
    <TeamContext.Provider value={{ ctx, agent: found.agent, lockSeconds }}>
      <AutoLock lockSeconds={lockSeconds} onLock={autoLock} />
      <TeamBar onLock={() => void lock(false)} onKiosk={() => void toKiosk()} />
      <TeamRoutes />
    </TeamContext.Provider>
  );
}
