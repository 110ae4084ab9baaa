// The territory's partners directory (orientation targets): add, change, remove. Tablets of the
// territory pull the changes on their next sync.
import { useState } from 'preact/hooks';
import type { Partner } from '../../shared/reference';
import { REDIRECTION_KINDS, THEMES } from '../../shared/taxonomy';
import { api } from '../api';
import { SelectField, TextField, taxonomyOptions } from '../components/fields';
import { ErrorMessage, Loading, OkMessage } from '../components/Messages';
import { Page } from '../components/Page';
import { ScrollRegion } from '../components/ScrollRegion';
import { useAction } from '../components/useAction';
import { useResource } from '../components/useResource';
import { label, t } from '../i18n';
import { session } from '../session';

type Draft = Omit<Partner, 'id'> & { id?: string };

function blank(territoryId: string): Draft {
  return { territoryId, name: '', redirectionKind: 'aide_sociale', themes: [] };
}

function PartnerForm({ initial, onDone }: { initial: Draft; onDone: () => void }) {
  const [p, setP] = useState<Draft>(initial);
  const action = useAction();
  const territories = session.value?.territories ?? [];
  const set = (key: keyof Draft) => (value: string) => setP((x) => ({ ...x, [key]: value || undefined }));
  const save = async (event: Event) => {
    event.preventDefault();
    const { id, ...body } = p;
    const ok = await action.run(
      () => (id ? api.put(`partners/${encodeURIComponent(id)}`, body) : api.post('partners', body)),
      t('coord.saved'),
    );
    if (ok !== undefined) onDone();
  };
  const toggleTheme = (theme: (typeof THEMES)[number]) =>
    setP((x) => ({
      ...x,
      themes: x.themes.includes(theme) ? x.themes.filter((y) => y !== theme) : [...x.themes, theme],
    }));
  return (
    <form class="card" onSubmit={save} aria-labelledby="partner-form-title">
      <h2 id="partner-form-title">
        {p.id ? t('coord.partners.editing', { name: initial.name }) : t('coord.partners.new')}
      </h2>
      <div class="filters">
        <TextField
          id="partner-name"
          label={t('coord.partners.name')}
          value={p.name}
          onInput={(v) => setP((x) => ({ ...x, name: v }))}
          required
        />
        {territories.length > 1 && (
          <SelectField
            id="partner-territory"
            label={t('coord.filter.territory')}
            value={p.territoryId}
            options={territories.map((x) => [x.id, x.name])}
            onChange={(v) => setP((x) => ({ ...x, territoryId: v }))}
          />
        )}
        <SelectField
          id="partner-kind"
          label={t('coord.partners.kind')}
          value={p.redirectionKind}
          options={taxonomyOptions(REDIRECTION_KINDS, (v) => label('redirection', v))}
          onChange={(v) => setP((x) => ({ ...x, redirectionKind: v as Partner['redirectionKind'] }))}
        />
        <TextField
          id="partner-address"
          label={t('coord.partners.address')}
          value={p.address ?? ''}
          onInput={set('address')}
        />
        <TextField
          id="partner-hours"
          label={t('coord.partners.hours')}
          value={p.hours ?? ''}
          onInput={set('hours')}
        />
        <TextField
          id="partner-phone"
          label={t('coord.followups.phone')}
          type="tel"
          value={p.phone ?? ''}
          onInput={set('phone')}
        />
        <TextField
          id="partner-website"
          label={t('coord.partners.website')}
          value={p.website ?? ''}
          onInput={set('website')}
        />
      </div>
      <fieldset>
        <legend>{t('coord.records.themes')}</legend>
        <div class="filters">
          {THEMES.map((theme) => (
            <label class="check" key={theme}>
              <input type="checkbox" checked={p.themes.includes(theme)} onChange={() => toggleTheme(theme)} />
              {label('theme', theme)}
            </label>
          ))}
        </div>
      </fieldset>
      <ErrorMessage text={action.error} />
      <OkMessage text={action.ok} />
      <button type="submit" class="button-primary" disabled={action.busy}>
        {t('coord.save')}
      </button>
    </form>
  );
}

function Row({ partner, onEdit, onDone }: { partner: Partner; onEdit: () => void; onDone: () => void }) {
  const action = useAction();
  const remove = async () => {
    if ((await action.run(() => api.del(`partners/${encodeURIComponent(partner.id)}`))) !== undefined)
      onDone();
  };
  return (
    <tr>
      <th scope="row">{partner.name}</th>
      <td>{label('redirection', partner.redirectionKind)}</td>
      <td>{partner.address ?? t('coord.none')}</td>
      <td dir="ltr">{partner.phone ?? t('coord.none')}</td>
      <td>
        <div class="row">
          <button type="button" onClick={onEdit}>
            {t('coord.partners.edit', { name: partner.name })}
          </button>
          <button type="button" class="button-danger" onClick={remove} disabled={action.busy}>
            {t('coord.partners.remove', { name: partner.name })}
          </button>
        </div>
        <ErrorMessage text={action.error} />
      </td>
    </tr>
  );
}

export function Partners() {
  const territory = session.value?.territories[0]?.id ?? '';
  const res = useResource(() => api.get<{ items: Partner[] }>('partners'), 'partners');
  const [editing, setEditing] = useState<Draft>(() => blank(territory));
  const [formKey, setFormKey] = useState(0);
  const edit = (d: Draft) => {
    setEditing(d);
    setFormKey((k) => k + 1);
    window.scrollTo(0, 0);
  };
  const done = () => {
    res.reload();
    edit(blank(territory));
  };
  return (
    <Page title={t('coord.partners.title')}>
      <p>{t('coord.partners.intro')}</p>
      <PartnerForm key={formKey} initial={editing} onDone={done} />
      <ErrorMessage text={res.error} />
      <Loading when={res.loading} />
      {res.data && (
        <ScrollRegion labelledBy="partners-caption">
          <table>
            <caption id="partners-caption">{t('coord.partners.list', { n: res.data.items.length })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('coord.partners.name')}</th>
                <th scope="col">{t('coord.partners.kind')}</th>
                <th scope="col">{t('coord.partners.address')}</th>
                <th scope="col">{t('coord.followups.phone')}</th>
                <th scope="col">{t('coord.records.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {res.data.items.map((p) => (
                <Row key={p.id} partner={p} onEdit={() => edit(p)} onDone={done} />
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
    </Page>
  );
}
