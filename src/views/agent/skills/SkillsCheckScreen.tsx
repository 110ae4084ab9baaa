// /equipe/competences: the skills passport's self-check, about two minutes. Each everyday task
// has a picture, its words read aloud in the page's language (fr/en/ar), three answers (« je sais
// seul », « avec de l'aide », « pas encore ») and « vu faire » for the worker. With a card, the
// earlier checks made on this tablet are listed; nothing of other tablets is ever here.

import { FormError } from '../../../agent/context';
import { currentCard } from '../../../agent/skills/cards';
import {
  checksOnThisTablet,
  type SkillsCheckForm,
  saveSkillsCheck,
} from '../../../agent/skills/skills-checks';
import { navigate } from '../../../app/router';
import { dateFormatter, language, t } from '../../../i18n';
import { shortCode } from '../../../shared/pass';
import { SKILL_ANSWERS, SKILL_ITEMS, SKILLS_CONTEXTS, type SkillItem } from '../../../shared/taxonomy';
import { ChoiceTiles, toggled } from '../ChoiceTiles';
import { showFlash } from '../flash';
import { useTeam } from '../team-context';
import { useDraft } from '../useDraft';
import { useLive } from '../useLive';
import { ListenButton } from './ListenButton';
import { SkillPicto } from './SkillPicto';
import './skills.css';
import { useState } from 'preact/hooks';

const itemText = (item: SkillItem) => t(`skills.item.${item}`);

function Previous({ deviceId, passId }: { deviceId: string; passId: string }) {
  const { ctx } = useTeam();
  const checks = useLive(() => checksOnThisTablet(ctx.db, deviceId, passId), [deviceId, passId]);
  if (!checks) return null;
  const day = dateFormatter({ day: 'numeric', month: 'long', year: 'numeric' });
  return (
    <section aria-labelledby="skills-previous" data-testid="skills-previous">
      <h2 id="skills-previous">{t('skills.check.previous')}</h2>
      {checks.length === 0 && <p>{t('skills.check.previousNone')}</p>}
      {checks.map((c) => (
        <details key={c.id} class="team-section">
          <summary>{t('skills.check.previousOne', { date: day.format(new Date(c.createdAt)) })}</summary>
          <ul class="team-section-body">
            {SKILL_ITEMS.filter((i) => c.items[i]).map((i) => (
              <li key={i}>
                {itemText(i)} : {t(`skills.answer.${c.items[i]!}`)}
              </li>
            ))}
          </ul>
        </details>
      ))}
    </section>
  );
}

export function SkillsCheckScreen() {
  const { ctx } = useTeam();
  const card = currentCard(ctx.agentId);
  const draft = useDraft<SkillsCheckForm>(`skills-check:${ctx.agentId}`, () => ({
    context: 'accompagnement',
    items: {},
    observed: [],
  }));
  const [error, setError] = useState<string | undefined>(undefined);
  const form = draft.value;
  if (!form) return <p class="loading">{t('loading')}</p>;
  const set = (next: Partial<SkillsCheckForm>) => draft.set({ ...form, ...next });

  async function save() {
    try {
      await saveSkillsCheck(ctx, { ...form!, ...(card ? { passId: card.passId } : {}) });
      await draft.discard();
      showFlash('skills.check.saved');
      navigate(card ? '/equipe/carte' : '/equipe');
    } catch (err) {
      setError(err instanceof FormError ? (err.fields.items ?? err.fields.form) : 'error.quota');
    }
  }

  return (
    <main id="main" class="page team-page skills-page">
      <h1>{t('skills.check.title')}</h1>
      <p>{t('skills.check.intro')}</p>
      {card ? (
        <p class="team-notice">{t('skills.card.current', { code: shortCode(card.passId) })}</p>
      ) : (
        <p class="team-notice">{t('skills.check.noCard')}</p>
      )}
      <ChoiceTiles
        legend={t('skills.check.context')}
        name="skills-context"
        small
        options={SKILLS_CONTEXTS.map((c) => ({ value: c, label: t(`skills.context.${c}`) }))}
        selected={[form.context]}
        onToggle={(context) => set({ context })}
      />
      <ol class="skills-items">
        {SKILL_ITEMS.map((item) => (
          <li key={item} class="skills-item" data-testid={`skill-${item}`}>
            <div class="skills-item-head">
              <SkillPicto item={item} />
              <ListenButton text={itemText(item)} lang={language.value} label={itemText(item)} />
            </div>
            <ChoiceTiles
              legend={itemText(item)}
              name={`skill-${item}`}
              small
              options={SKILL_ANSWERS.map((a) => ({ value: a, label: t(`skills.answer.${a}`) }))}
              selected={form.items[item] ? [form.items[item]!] : []}
              onToggle={(answer) => set({ items: { ...form.items, [item]: answer } })}
            />
            <label class="team-pick">
              <input
                type="checkbox"
                checked={form.observed.includes(item)}
                onChange={() => set({ observed: toggled(form.observed, item) })}
              />
              <span>{t('skills.check.observed')}</span>
            </label>
          </li>
        ))}
      </ol>
      <div class="team-save-bar">
        <p class="team-save-error" role="alert">
          {error ? t(error as 'skills.check.needOne') : ''}
        </p>
        <button type="button" class="button button-primary team-button-save" onClick={() => void save()}>
          {t('skills.check.save')}
        </button>
      </div>
      {card && <Previous deviceId={ctx.deviceId} passId={card.passId} />}
    </main>
  );
}
