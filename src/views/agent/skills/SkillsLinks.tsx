// The way from « Aujourd'hui » to the resident's card, the skills check and the workshops.
import { navigate } from '../../../app/router';
import { t } from '../../../i18n';

const LINKS = [
  ['/equipe/carte', 'skills.today.card'],
  ['/equipe/competences', 'skills.today.check'],
  ['/equipe/ateliers', 'skills.today.workshops'],
] as const;

export function SkillsLinks() {
  return (
    <nav class="team-form-actions" aria-label={t('skills.today.label')}>
      {LINKS.map(([path, key]) => (
        <a
          key={path}
          class="button"
          href={path}
          onClick={(e) => {
            e.preventDefault();
            navigate(path);
          }}
        >
          {t(key)}
        </a>
      ))}
    </nav>
  );
}
