// How full a workshop is, in words: signed up, present, seats left (or « Complet »).
import type { RosterView } from '../../../agent/skills/workshops';
import { t } from '../../../i18n';

export function SeatsLine({ roster }: { roster: RosterView }) {
  return (
    <p class="skills-seats" data-testid="seats">
      <span>{t('skills.workshops.signedUp', { n: roster.signedUp })}</span>
      <span>{t('skills.roster.present', { n: roster.present })}</span>
      {roster.seatsLeft !== undefined && (
        <span>
          {roster.seatsLeft > 0
            ? t('skills.workshops.seatsLeft', { n: roster.seatsLeft })
            : t('skills.workshops.full')}
        </span>
      )}
    </p>
  );
}
