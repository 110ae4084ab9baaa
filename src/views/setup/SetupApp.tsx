import { useEffect, useState } from 'preact/hooks';
import { navigate } from '../../app/router';
import { normaliseCode } from '../../device/enrol-code';
import { type Enrolment, getEnrolment, saveEnrolment } from '../../device/enrolment';
import { clearWipeNote, getWipeNote, type WipeNote } from '../../device/wipe';
import { t } from '../../i18n';
import '../../i18n/team';
import type { SyncErrorKind } from '../../sync/http';
import { describeSyncError } from '../../sync/status';
import { syncNow } from '../../sync/sync-client';
import { EnrolForm } from './EnrolForm';
import { enrolledAgain, mustEnrolAgain } from './re-enrol';
import './setup.css';

type Phase = 'loading' | 'form' | 'reEnrol' | 'pulling' | 'pullFailed' | 'enrolled';

/** `/installation`: enrol the tablet with a one-time code, then fetch the centre's data once. */
export default function SetupApp() {
  const [phase, setPhase] = useState<Phase>('loading');
  const [enrolment, setEnrolment] = useState<Enrolment | undefined>(undefined);
  const [wipeNote, setWipeNote] = useState<WipeNote | undefined>(undefined);
  const [pullError, setPullError] = useState<SyncErrorKind | undefined>(undefined);

  useEffect(() => {
    void Promise.all([getEnrolment(), getWipeNote(), mustEnrolAgain()]).then(([current, note, again]) => {
      setEnrolment(current);
      setWipeNote(note);
      setPhase(current ? (again ? 'reEnrol' : 'enrolled') : 'form');
    });
  }, []);

  async function firstPull() {
    setPhase('pulling');
    const outcome = await syncNow('setup').catch(() => undefined);
    if (outcome?.status === 'ok') {
      navigate('/equipe');
      return;
    }
    setPullError(outcome?.status === 'error' ? outcome.kind : 'server');
    setPhase('pullFailed');
  }

  async function onEnrolled({ epoch, ...next }: Enrolment & { epoch?: string }) {
    await saveEnrolment(next);
    // Enrolled again: everything the tablet holds goes to the server again (src/sync/restore.ts).
    if (phase === 'reEnrol') await enrolledAgain(epoch);
    await clearWipeNote();
    setEnrolment(next);
    setWipeNote(undefined);
    await firstPull();
  }

  const initialCode = normaliseCode(new URLSearchParams(location.search).get('code') ?? '');

  return (
    <main id="main" class="page setup">
      <h1>{t('setup.title')}</h1>
      {wipeNote && (
        <div class="card setup-wiped" role="status">
          <p>{t(`setup.wiped.${wipeNote.reason}`)}</p>
          <p>{t('setup.wiped.again')}</p>
        </div>
      )}
      {phase === 'loading' && <p class="loading">{t('loading')}</p>}
      {phase === 'form' && (
        <>
          <ul class="setup-intro">
            <li>{t('setup.intro.once')}</li>
            <li>{t('setup.intro.code')}</li>
            <li>{t('setup.intro.after')}</li>
          </ul>
          <EnrolForm initialCode={initialCode} onEnrolled={onEnrolled} />
        </>
      )}
      {phase === 'reEnrol' && enrolment && (
        <>
          <div class="card" role="status" data-testid="setup-re-enrol">
            <h2>{t('setup.reEnrol.title')}</h2>
            <p>{t('setup.reEnrol.why')}</p>
            <p>{t('setup.reEnrol.kept')}</p>
          </div>
          <EnrolForm initialCode={initialCode} onEnrolled={onEnrolled} previous={enrolment} />
        </>
      )}
      {phase === 'pulling' && (
        <p role="status" class="card" data-testid="setup-pulling">
          {t('setup.pulling')}
        </p>
      )}
      {phase === 'pullFailed' && (
        <div class="card" role="alert">
          <p>{t('setup.error.pull')}</p>
          {pullError && <p>{describeSyncError(pullError)}</p>}
          <button type="button" class="button button-primary" onClick={() => void firstPull()}>
            {t('setup.retry')}
          </button>
        </div>
      )}
      {phase === 'enrolled' && enrolment && (
        <div class="card" data-testid="setup-enrolled">
          <p>{t('setup.already', { centre: enrolment.centre.name })}</p>
          <p>{t('setup.already.name', { name: enrolment.deviceName })}</p>
          <a
            href="/equipe"
            class="button button-primary"
            onClick={(e) => {
              e.preventDefault();
              navigate('/equipe');
            }}
          >
            {t('setup.goTeam')}
          </a>
        </div>
      )}
    </main>
  );
}
