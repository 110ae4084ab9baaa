// The figures of the day or of the outing: no personal data, only counts.
import { type Tally, topThemes } from '../../agent/tally';
import { t } from '../../i18n';

export function TallyPanel({ title, tally, testId }: { title: string; tally: Tally; testId: string }) {
  const themes = topThemes(tally);
  const rows = [
    ['agent.tally.encounters', tally.encounters, 'encounters'],
    ['agent.tally.people', tally.people, 'people'],
    ['agent.tally.orientations', tally.orientations, 'orientations'],
    ['agent.tally.signups', tally.signups, 'signups'],
    ['agent.tally.contactsPending', tally.contactsPending, 'contacts-pending'],
  ] as const;
  return (
    <section class="card team-tally" data-testid={testId} aria-labelledby={`${testId}-title`}>
      <h2 id={`${testId}-title`}>{title}</h2>
      <dl class="team-tally-grid">
        {rows.map(([key, value, id]) => (
          <div key={id} class="team-tally-item" data-testid={`${testId}-${id}`}>
            <dt>{t(key)}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <h3>{t('agent.tally.themes')}</h3>
      {themes.length ? (
        <ul class="team-tally-themes">
          {themes.map(([theme, n]) => (
            <li key={theme}>
              {t(`agent.theme.${theme}`)} : {n}
            </li>
          ))}
        </ul>
      ) : (
        <p>{t('agent.tally.noThemes')}</p>
      )}
    </section>
  );
}
