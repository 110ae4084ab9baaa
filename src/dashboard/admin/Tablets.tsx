// Tablets: enrol one (one-time code as text and QR image, valid 15 minutes), rename, revoke — with
// what revoking does, said before and after.
import { useState } from 'preact/hooks';
import type { RestoreLoss as RestoreLossData } from '../../shared/dashboard-api/restore-loss';
import { api } from '../api';
import { CentrePicker, firstCentre } from '../components/CentrePicker';
import { TextField } from '../components/fields';
import { ErrorMessage, InfoMessage, Loading, OkMessage } from '../components/Messages';
import { Page } from '../components/Page';
import { useAction } from '../components/useAction';
import { useResource } from '../components/useResource';
import { formatDateTime, t } from '../i18n';
import { TabletHealth, type TabletHealthData } from '../pages/TabletHealth';
import { RestoreLoss } from './RestoreLoss';

interface DeviceRow {
  id: string;
  centreId: string;
  name: string;
  status: 'active' | 'revoked';
  enrolledAt: string;
  lastSeenAt: string | null;
  revokedAt: string | null;
  lastSeq: number;
  quarantined: number;
  health: TabletHealthData;
}

interface EnrolCode {
  code: string;
  expiresAt: string;
  qrSvg: string;
}

/** The server's SVG as an image (no inline markup: it stays out of the page's DOM and CSP). */
function svgDataUrl(svg: string): string {
  let binary = '';
  for (const byte of new TextEncoder().encode(svg)) binary += String.fromCharCode(byte);
  return `data:image/svg+xml;base64,${btoa(binary)}`;
}

function Enrol({ centreId }: { centreId: string }) {
  const action = useAction();
  const [code, setCode] = useState<EnrolCode>();
  const make = async () => {
    const res = await action.run(() => api.post<EnrolCode>('devices/enrol-codes', { centreId }));
    if (res) setCode(res);
  };
  return (
    <section class="card" aria-labelledby="enrol-title">
      <h2 id="enrol-title">{t('coord.tablets.enrol')}</h2>
      <p>{t('coord.tablets.enrolIntro')}</p>
      <button type="button" class="button-primary" onClick={make} disabled={action.busy}>
        {t('coord.tablets.makeCode')}
      </button>
      <ErrorMessage text={action.error} />
      {code && (
        <div class="row" data-testid="enrol-code">
          <p class="qr">
            <img src={svgDataUrl(code.qrSvg)} alt={t('coord.tablets.qrAlt', { code: code.code })} />
          </p>
          <div>
            <p>{t('coord.tablets.codeIs')}</p>
            <p class="code-text" data-testid="enrol-code-text">
              {code.code}
            </p>
            <p>{t('coord.tablets.expires', { at: formatDateTime(code.expiresAt) })}</p>
          </div>
        </div>
      )}
    </section>
  );
}

function Tablet({ device, onRevoked }: { device: DeviceRow; onRevoked: (explanation: string) => void }) {
  const [name, setName] = useState(device.name);
  const [confirming, setConfirming] = useState(false);
  const action = useAction();
  const id = `tab-${device.id}`;
  const rename = (event: Event) => {
    event.preventDefault();
    void action.run(() => api.patch(`devices/${device.id}`, { name: name.trim() }), t('coord.saved'));
  };
  const revoke = async () => {
    const res = await action.run(() => api.post<{ explanation: string }>(`devices/${device.id}/revoke`));
    if (res) {
      setConfirming(false);
      onRevoked(t('coord.tablets.revokedNotice', { name: device.name, explanation: res.explanation }));
    }
  };
  const revoked = device.status === 'revoked';
  return (
    <section class="card" aria-labelledby={`${id}-title`} data-testid="tablet">
      <h3 id={`${id}-title`}>{device.name}</h3>
      <p>
        {revoked
          ? t('coord.tablets.revokedOn', { at: formatDateTime(device.revokedAt) })
          : t('coord.tablets.active', {
              enrolled: formatDateTime(device.enrolledAt),
              seen: formatDateTime(device.lastSeenAt),
            })}
      </p>
      {device.quarantined > 0 && <p>{t('coord.tablets.quarantined', { n: device.quarantined })}</p>}
      {!revoked && <TabletHealth health={device.health} />}
      {!revoked && (
        <form onSubmit={rename} class="row">
          <TextField id={`${id}-name`} label={t('coord.tablets.name')} value={name} onInput={setName} />
          <button type="submit" disabled={action.busy}>
            {t('coord.tablets.rename')}
          </button>
        </form>
      )}
      {!revoked && !confirming && (
        <p>
          <button type="button" class="button-danger" onClick={() => setConfirming(true)}>
            {t('coord.tablets.revoke')}
          </button>
        </p>
      )}
      {confirming && (
        <div class="msg msg-warn">
          <p>{t('coord.tablets.revokeWhat1')}</p>
          <p>{t('coord.tablets.revokeWhat2')}</p>
          <p>{t('coord.tablets.revokeWhat3')}</p>
          <div class="row">
            <button type="button" class="button-danger" onClick={revoke} disabled={action.busy}>
              {t('coord.tablets.revokeConfirm')}
            </button>
            <button type="button" onClick={() => setConfirming(false)}>
              {t('coord.cancel')}
            </button>
          </div>
        </div>
      )}
      <ErrorMessage text={action.error} />
      <OkMessage text={action.ok} />
    </section>
  );
}

export function Tablets() {
  const [centreId, setCentreId] = useState(firstCentre());
  const res = useResource(
    () =>
      api.get<{ items: DeviceRow[]; restoreLoss?: RestoreLossData | null }>('devices', {
        centre: centreId || undefined,
      }),
    centreId,
  );
  // Said at the page level: the revoked tablet moves to the list below and its card is replaced.
  const [notice, setNotice] = useState<string>();
  const whenRevoked = (text: string) => {
    setNotice(text);
    res.reload();
  };
  const active = res.data?.items.filter((d) => d.status === 'active') ?? [];
  const revoked = res.data?.items.filter((d) => d.status === 'revoked') ?? [];
  return (
    <Page title={t('coord.tablets.title')}>
      <CentrePicker id="tablets-centre" value={centreId} onChange={setCentreId} />
      {res.data?.restoreLoss && <RestoreLoss loss={res.data.restoreLoss} />}
      <Enrol centreId={centreId} />
      <h2>{t('coord.tablets.list')}</h2>
      <OkMessage text={notice} />
      <ErrorMessage text={res.error} />
      <Loading when={res.loading} />
      {res.data && active.length === 0 && <InfoMessage>{t('coord.tablets.none')}</InfoMessage>}
      {active.map((d) => (
        <Tablet key={d.id} device={d} onRevoked={whenRevoked} />
      ))}
      {revoked.length > 0 && (
        <details>
          <summary>{t('coord.tablets.revokedList', { n: revoked.length })}</summary>
          {revoked.map((d) => (
            <Tablet key={d.id} device={d} onRevoked={whenRevoked} />
          ))}
        </details>
      )}
    </Page>
  );
}
