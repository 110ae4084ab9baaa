import { t } from '../../i18n';

/** Placeholder until the agent screens land. */
export default function AgentApp() {
  return (
    <main id="main" class="page">
      <h1>{t('agent.title')}</h1>
    </main>
  );
}
