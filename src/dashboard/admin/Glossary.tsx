// The glossary ("lexique") of web words: change a word or add one in the three languages (a draft),
// then publish with the guides.
import { useState } from 'preact/hooks';
import type { Language } from '../../shared/taxonomy';
import { api } from '../api';
import { TextArea, TextField } from '../components/fields';
import { ErrorMessage, Loading, OkMessage } from '../components/Messages';
import { Page } from '../components/Page';
import { useAction } from '../components/useAction';
import { useResource } from '../components/useResource';
import { label, t } from '../i18n';
import { dirOf, type GlossaryItem, LANGS, type Localized } from './content-types';
import { PublishBox } from './Guides';

const empty = (): Localized => ({ fr: '', en: '', ar: '' });

function TermForm(props: { item?: GlossaryItem; onDone: () => void; onCancel?: () => void }) {
  const [id, setId] = useState(props.item?.id ?? '');
  const [term, setTerm] = useState<Localized>(props.item?.term ?? empty());
  const [definition, setDefinition] = useState<Localized>(props.item?.definition ?? empty());
  const action = useAction();
  const prefix = `gl-${props.item?.id ?? 'new'}`;
  const save = async (event: Event) => {
    event.preventDefault();
    const ok = await action.run(
      () => api.put(`glossary/${encodeURIComponent(id.trim())}`, { term, definition }),
      t('coord.glossary.saved'),
    );
    if (ok !== undefined) props.onDone();
  };
  return (
    <form onSubmit={save}>
      {!props.item && (
        <TextField
          id={`${prefix}-id`}
          label={t('coord.glossary.id')}
          hint={t('coord.glossary.idHint')}
          value={id}
          onInput={setId}
          required
        />
      )}
      <div class="figure-grid">
        {LANGS.map((l: Language) => (
          <fieldset key={l} lang={l} dir={dirOf(l)}>
            <legend>{label('language', l)}</legend>
            <TextField
              id={`${prefix}-term-${l}`}
              label={t('coord.glossary.term')}
              value={term[l]}
              onInput={(v) => setTerm((x) => ({ ...x, [l]: v }))}
            />
            <TextArea
              id={`${prefix}-def-${l}`}
              label={t('coord.glossary.definition')}
              value={definition[l]}
              rows={3}
              onInput={(v) => setDefinition((x) => ({ ...x, [l]: v }))}
            />
          </fieldset>
        ))}
      </div>
      <ErrorMessage text={action.error} />
      <OkMessage text={action.ok} />
      <div class="row">
        <button type="submit" class="button-primary" disabled={action.busy}>
          {t('coord.save')}
        </button>
        {props.onCancel && (
          <button type="button" onClick={props.onCancel}>
            {t('coord.cancel')}
          </button>
        )}
      </div>
    </form>
  );
}

const DRAFT_KEYS = {
  new: 'coord.glossary.draftNew',
  changed: 'coord.glossary.draftChanged',
  deleted: 'coord.glossary.draftDeleted',
} as const;

function Term({ item, onDone }: { item: GlossaryItem; onDone: () => void }) {
  const [editing, setEditing] = useState(false);
  const action = useAction();
  const remove = async () => {
    if (
      (await action.run(
        () => api.del(`glossary/${encodeURIComponent(item.id)}`),
        t('coord.glossary.removed'),
      )) !== undefined
    )
      onDone();
  };
  return (
    <li class="card">
      <h3>
        {item.term.fr} {item.draft && <span class="badge badge-warn">{t(DRAFT_KEYS[item.draft])}</span>}
      </h3>
      {!editing && (
        <>
          <p>{item.definition.fr}</p>
          <div class="row">
            <button type="button" onClick={() => setEditing(true)}>
              {t('coord.glossary.edit', { term: item.term.fr })}
            </button>
            {item.draft !== 'deleted' && (
              <button type="button" class="button-danger" onClick={remove} disabled={action.busy}>
                {t('coord.glossary.remove', { term: item.term.fr })}
              </button>
            )}
          </div>
        </>
      )}
      {editing && (
        <TermForm
          item={item}
          onCancel={() => setEditing(false)}
          onDone={() => {
            setEditing(false);
            onDone();
          }}
        />
      )}
      <ErrorMessage text={action.error} />
      <OkMessage text={action.ok} />
    </li>
  );
}

export function Glossary() {
  const res = useResource(() => api.get<{ items: GlossaryItem[] }>('glossary'), 'glossary');
  const [adding, setAdding] = useState(false);
  return (
    <Page title={t('coord.glossary.title')}>
      <p>{t('coord.glossary.intro')}</p>
      <PublishBox onDone={res.reload} />
      <section class="card" aria-labelledby="gl-new">
        <h2 id="gl-new">{t('coord.glossary.new')}</h2>
        {adding ? (
          <TermForm
            onCancel={() => setAdding(false)}
            onDone={() => {
              setAdding(false);
              res.reload();
            }}
          />
        ) : (
          <button type="button" onClick={() => setAdding(true)}>
            {t('coord.glossary.add')}
          </button>
        )}
      </section>
      <ErrorMessage text={res.error} />
      <Loading when={res.loading} />
      {res.data && (
        <>
          <h2>{t('coord.glossary.count', { n: res.data.items.length })}</h2>
          <ul class="plain-list">
            {res.data.items.map((item) => (
              <Term key={item.id} item={item} onDone={res.reload} />
            ))}
          </ul>
        </>
      )}
    </Page>
  );
}
