import { t } from '../../i18n';
import { applyUpdate, updateWaiting } from '../../platform/sw-bridge';

/** "Nouvelle version disponible — Mettre à jour": the update never reloads under a user. */
export function UpdatePrompt() {
  if (!updateWaiting.value) return null;
  return (
    <div class="update-prompt" role="status" data-testid="update-prompt">
      <span>{t('update.available')}</span>
      <button type="button" class="button button-primary" onClick={applyUpdate}>
        {t('update.apply')}
      </button>
      <button type="button" class="button" onClick={() => (updateWaiting.value = false)}>
        {t('update.later')}
      </button>
    </div>
  );
}
