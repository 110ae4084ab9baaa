// The age of a guide's facts on the guides page: the date they were checked, how long ago, and the
// « À revérifier » badge once 6 months have passed (rule in src/shared/content-age.ts).

import { clock } from '../../platform/clock';
import { guideAge } from '../../shared/content-age';
import { formatDate, t } from '../i18n';

/** Today as YYYY-MM-DD in the coordinator's time zone. */
function today(): string {
  const now = clock.now();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export function GuideAgeCell({ verifiedOn }: { verifiedOn: string | null | undefined }) {
  const age = guideAge(verifiedOn, today());
  return (
    <span class="guide-age" data-testid="guide-age">
      {verifiedOn && age.months !== null ? (
        <>
          {t('coord.guides.verifiedOn', { date: formatDate(verifiedOn) })}
          {', '}
          {age.months === 0 ? t('coord.guides.ageThisMonth') : t('coord.guides.ageMonths', { n: age.months })}
        </>
      ) : (
        t('coord.guides.neverChecked')
      )}
      {age.due && (
        <>
          {' '}
          <span class="badge badge-warn" data-testid="guide-recheck">
            {t('coord.guides.recheck')}
          </span>
        </>
      )}
    </span>
  );
}
