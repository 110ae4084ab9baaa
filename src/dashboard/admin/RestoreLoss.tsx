// « Perdu par la restauration du … »: after the server was restored from a backup, what each tablet
// had sent since that backup, what came back from its re-push, and the contacts that could not come
// back (the tablet deletes their details once the server has them). Never silently.
import type { RestoreLoss as RestoreLossData } from '../../shared/dashboard-api/restore-loss';
import { formatDateTime, t } from '../i18n';

export function RestoreLoss({ loss }: { loss: RestoreLossData }) {
  return (
    <section class="card" aria-labelledby="restore-loss-title" data-testid="restore-loss">
      <h2 id="restore-loss-title">{t('coord.restore.title', { date: formatDateTime(loss.restoredAt) })}</h2>
      <p>
        {loss.backupTakenAt
          ? t('coord.restore.from', { date: formatDateTime(loss.backupTakenAt) })
          : t('coord.restore.fromUnknown')}
      </p>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('coord.restore.tablet')}</th>
            <th scope="col">{t('coord.restore.sentAfter')}</th>
            <th scope="col">{t('coord.restore.returned')}</th>
            <th scope="col">{t('coord.restore.lostContacts')}</th>
          </tr>
        </thead>
        <tbody>
          {loss.tablets.map((tab) => (
            <tr key={tab.deviceId}>
              <th scope="row">{tab.name}</th>
              <td>{tab.sentAfterBackup === null ? t('coord.restore.unknown') : tab.sentAfterBackup}</td>
              <td>{tab.cameBack ? tab.returned : t('coord.restore.notBack')}</td>
              <td>{tab.cameBack ? tab.lostContacts : t('coord.restore.notBack')}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {loss.tablets
        .filter((tab) => tab.reEnrolled)
        .map((tab) => (
          <p key={`re-${tab.deviceId}`}>{t('coord.restore.reEnrolled', { name: tab.name })}</p>
        ))}
      <p>{t('coord.restore.explain')}</p>
      <p>{t('coord.restore.notListed')}</p>
    </section>
  );
}
