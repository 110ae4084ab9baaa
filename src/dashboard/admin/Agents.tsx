// Agents of a centre: create one (a PIN is made and shown once), reset a PIN, deactivate. Tablets
// take the change on their next sync.

import { useState } from 'preact/hooks';
import type { AgentRole } from '../../shared/roles';
import { api } from '../api';
import { CentrePicker, firstCentre } from '../components/CentrePicker';
import { SelectField, TextField } from '../components/fields';
import { ErrorMessage, InfoMessage, Loading, OkMessage } from '../components/Messages';
import { Page } from '../components/Page';
import { ScrollRegion } from '../components/ScrollRegion';
import { useAction } from '../components/useAction';
import { useResource } from '../components/useResource';
import { formatDate, t } from '../i18n';

interface AgentRow {
  id: string;
  centreId: string;
  displayName: string;
  role: AgentRole;
  active: boolean;
  createdAt: string;
}

function NewAgent({ centreId, onDone }: { centreId: string; onDone: () => void }) {
  const [name, setName] = useState('');
  const [role, setRole] = useState<AgentRole>('agent');
  const [pin, setPin] = useState('');
  const action = useAction();
  const submit = async (event: Event) => {
    event.preventDefault();
    const res = await action.run(
      () =>
        api.post<{ agent: AgentRow; pin: string }>('agents', {
          centreId,
          displayName: name.trim(),
          role,
          ...(pin ? { pin } : {}),
        }),
      (r) => t('coord.agents.created', { name: r.agent.displayName, pin: r.pin }),
    );
    if (res) {
      setName('');
      setPin('');
      onDone();
    }
  };
  return (
    <form class="card" onSubmit={submit}>
      <h2>{t('coord.agents.new')}</h2>
      <div class="filters">
        <TextField id="agent-name" label={t('coord.agents.name')} value={name} onInput={setName} required />
        <SelectField
          id="agent-role"
          label={t('coord.agents.role')}
          value={role}
          options={[
            ['agent', t('coord.agents.roleAgent')],
            ['coordinator', t('coord.agents.roleCoordinator')],
            ['volunteer', t('coord.agents.roleVolunteer')],
          ]}
          onChange={(v) => setRole(v as AgentRole)}
        />
        <TextField
          id="agent-pin"
          label={t('coord.agents.pin')}
          hint={t('coord.agents.pinHint')}
          value={pin}
          onInput={setPin}
          inputMode="numeric"
        />
      </div>
      <ErrorMessage text={action.error} />
      <OkMessage text={action.ok} />
      <button type="submit" class="button-primary" disabled={action.busy}>
        {t('coord.agents.create')}
      </button>
    </form>
  );
}

function Agent({ agent, onDone }: { agent: AgentRow; onDone: () => void }) {
  const action = useAction();
  const [confirming, setConfirming] = useState(false);
  const reset = () =>
    action.run(
      () => api.post<{ pin: string }>(`agents/${agent.id}/reset-pin`, {}),
      (r) => t('coord.agents.newPin', { name: agent.displayName, pin: r.pin }),
    );
  const deactivate = async () => {
    if (await action.run(() => api.post(`agents/${agent.id}/deactivate`), t('coord.agents.deactivated')))
      onDone();
  };
  return (
    <tr>
      <th scope="row">{agent.displayName}</th>
      <td>
        {agent.role === 'coordinator'
          ? t('coord.agents.roleCoordinator')
          : agent.role === 'volunteer'
            ? t('coord.agents.roleVolunteer')
            : t('coord.agents.roleAgent')}
      </td>
      <td>{formatDate(agent.createdAt)}</td>
      <td>{agent.active ? t('coord.agents.isActive') : t('coord.agents.isInactive')}</td>
      <td>
        {agent.active && (
          <div class="row">
            <button type="button" onClick={reset} disabled={action.busy}>
              {t('coord.agents.resetPin')}
            </button>
            <button
              type="button"
              class="button-danger"
              onClick={() => setConfirming(true)}
              disabled={action.busy}
            >
              {t('coord.agents.deactivate')}
            </button>
          </div>
        )}
        {agent.active && confirming && (
          <div class="msg msg-warn">
            <p>{t('coord.agents.deactivateWhat', { name: agent.displayName })}</p>
            <div class="row">
              <button type="button" class="button-danger" onClick={deactivate} disabled={action.busy}>
                {t('coord.agents.deactivateConfirm')}
              </button>
              <button type="button" onClick={() => setConfirming(false)}>
                {t('coord.cancel')}
              </button>
            </div>
          </div>
        )}
        <ErrorMessage text={action.error} />
        <OkMessage text={action.ok} />
      </td>
    </tr>
  );
}

export function Agents() {
  const [centreId, setCentreId] = useState(firstCentre());
  const res = useResource(() => api.get<{ items: AgentRow[] }>('agents', { centre: centreId }), centreId);
  return (
    <Page title={t('coord.agents.title')}>
      <p>{t('coord.agents.intro')}</p>
      <CentrePicker id="agents-centre" value={centreId} onChange={setCentreId} />
      <NewAgent centreId={centreId} onDone={res.reload} />
      <ErrorMessage text={res.error} />
      <Loading when={res.loading} />
      {res.data?.items.length === 0 && <InfoMessage>{t('coord.agents.none')}</InfoMessage>}
      {res.data && res.data.items.length > 0 && (
        <ScrollRegion labelledBy="agents-caption">
          <table>
            <caption id="agents-caption">{t('coord.agents.list')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('coord.agents.name')}</th>
                <th scope="col">{t('coord.agents.role')}</th>
                <th scope="col">{t('coord.agents.since')}</th>
                <th scope="col">{t('coord.followups.status')}</th>
                <th scope="col">{t('coord.records.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {res.data.items.map((a) => (
                <Agent key={a.id} agent={a} onDone={res.reload} />
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
    </Page>
  );
}
