import { useEffect } from 'preact/hooks';
import { LOCALE_TAGS, language, t } from '../../i18n';
import { formatBytes, refreshStorageEstimate, storageStatus } from '../../platform/storage';

/** Whether the browser keeps the tablet's data, and how much room it uses. */
export function StorageInfo() {
  useEffect(() => {
    void refreshStorageEstimate();
  }, []);
  const { persisted, usage, quota } = storageStatus.value;
  const locale = LOCALE_TAGS[language.value];
  return (
    <section aria-labelledby="storage-title" class="card">
      <h2 id="storage-title">{t('settings.storage')}</h2>
      <p data-testid="storage-persisted">
        {persisted === true
          ? t('settings.persisted')
          : persisted === false
            ? t('settings.notPersisted')
            : t('settings.unknownPersist')}
      </p>
      <p data-testid="storage-usage">
        {usage !== undefined && quota !== undefined
          ? t('settings.usage', { used: formatBytes(usage, locale), quota: formatBytes(quota, locale) })
          : t('settings.usageUnknown')}
      </p>
    </section>
  );
}
