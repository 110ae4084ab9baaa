// The centre's « À propos » on the settings page: what the borne is for, and the funders' block
// (« Avec le soutien de l'Union européenne — FEDER », the CAF, the town), shown on the kiosk's
// « À propos » screen and printed at the top of the CAF and FEDER exports.
import { useEffect, useState } from 'preact/hooks';
import type { CentreAbout } from '../../shared/reference';
import { api } from '../api';
import { ErrorMessage, Loading, OkMessage } from '../components/Messages';
import { useAction } from '../components/useAction';
import { useResource } from '../components/useResource';
import { t } from '../i18n';

function Form({ centreId, about }: { centreId: string; about: CentreAbout }) {
  const [purpose, setPurpose] = useState(about.purpose ?? '');
  const [funders, setFunders] = useState(about.funders ?? '');
  const action = useAction();
  const save = (event: Event) => {
    event.preventDefault();
    void action.run(
      () => api.put(`centres/${encodeURIComponent(centreId)}/about`, { purpose, funders }),
      t('coord.about.saved'),
    );
  };
  return (
    <form onSubmit={save} data-testid="about-form">
      <fieldset>
        <legend>{t('coord.about.title')}</legend>
        <p class="hint">{t('coord.about.hint')}</p>
        <label for="about-purpose">{t('coord.about.purpose')}</label>
        <textarea
          id="about-purpose"
          rows={3}
          maxLength={600}
          value={purpose}
          onInput={(e) => setPurpose(e.currentTarget.value)}
        />
        <label for="about-funders">{t('coord.about.funders')}</label>
        <p class="hint" id="about-funders-hint">
          {t('coord.about.fundersHint')}
        </p>
        <textarea
          id="about-funders"
          rows={4}
          maxLength={600}
          aria-describedby="about-funders-hint"
          value={funders}
          onInput={(e) => setFunders(e.currentTarget.value)}
        />
      </fieldset>
      <ErrorMessage text={action.error} />
      <OkMessage text={action.ok} />
      <button type="submit" class="button-primary" disabled={action.busy}>
        {t('coord.about.save')}
      </button>
    </form>
  );
}

export function AboutForm({ centreId }: { centreId: string }) {
  const res = useResource(
    () => api.get<{ about: CentreAbout }>(`centres/${encodeURIComponent(centreId)}/about`),
    centreId,
  );
  const [formKey, setFormKey] = useState(0);
  useEffect(() => setFormKey((k) => k + 1), [res.data]);
  return (
    <>
      <ErrorMessage text={res.error} />
      <Loading when={res.loading} />
      {res.data && <Form key={formKey} centreId={centreId} about={res.data.about} />}
    </>
  );
}
