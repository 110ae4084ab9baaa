// Exports for the funders and the spreadsheets: the CAF summary and the EU indicators shown on the
// page for the chosen period, and downloads (CSV for French spreadsheets, XLSX).
import { useState } from 'preact/hooks';
import { API, api, withQuery } from '../api';
import { Filters, filterQuery } from '../components/Filters';
import { ErrorMessage, InfoMessage, Loading } from '../components/Messages';
import { Page } from '../components/Page';
import { useResource } from '../components/useResource';
import { t } from '../i18n';
import { dayText } from '../period';
import { type CafReport, CafSummary, type EuReport, EuTable } from './reports';

function Download({
  file,
  query,
  text,
}: {
  file: string;
  query: Record<string, string | undefined>;
  text: string;
}) {
  return (
    <a class="button" href={withQuery(`${API}/exports/${file}`, query)} download>
      {text}
    </a>
  );
}

export function Exports() {
  const query = filterQuery(['centre', 'territory']);
  const key = JSON.stringify(query);
  const caf = useResource(() => api.get<CafReport>('reports/caf', query), key);
  const eu = useResource(() => api.get<EuReport>('reports/eu', query), key);
  const [personal, setPersonal] = useState(false);
  const period = t('coord.period', { from: dayText(query.from!), to: dayText(query.to!) });

  return (
    <Page title={t('coord.exports.title')}>
      <Filters fields={['centre', 'territory']} id="fx" />
      <p>
        <strong data-testid="period-shown">{period}</strong>
      </p>

      <section aria-labelledby="caf-title">
        <h2 id="caf-title">{t('coord.exports.caf')}</h2>
        <ErrorMessage text={caf.error} />
        <Loading when={caf.loading} />
        {caf.data?.empty && <InfoMessage>{t('coord.exports.emptyPeriod')}</InfoMessage>}
        {caf.data && !caf.data.empty && <CafSummary r={caf.data} />}
        <p class="row">
          <Download file="caf.csv" query={query} text={t('coord.exports.csv', { what: 'CAF' })} />
          <Download file="caf.xlsx" query={query} text={t('coord.exports.xlsx', { what: 'CAF' })} />
        </p>
      </section>

      <section aria-labelledby="eu-title">
        <h2 id="eu-title">{t('coord.exports.eu')}</h2>
        <ErrorMessage text={eu.error} />
        <Loading when={eu.loading} />
        {eu.data?.empty && <InfoMessage>{t('coord.exports.emptyPeriod')}</InfoMessage>}
        {eu.data && !eu.data.empty && <EuTable r={eu.data} />}
        <p class="row">
          <Download file="eu.csv" query={query} text={t('coord.exports.csv', { what: 'FEDER' })} />
          <Download file="eu.xlsx" query={query} text={t('coord.exports.xlsx', { what: 'FEDER' })} />
        </p>
      </section>

      <section aria-labelledby="tables-title">
        <h2 id="tables-title">{t('coord.exports.tables')}</h2>
        <p>{t('coord.exports.tablesIntro')}</p>
        <p class="row">
          <Download
            file="encounters.csv"
            query={query}
            text={t('coord.exports.csv', { what: t('coord.records.encounters') })}
          />
          <Download
            file="encounters.xlsx"
            query={query}
            text={t('coord.exports.xlsx', { what: t('coord.records.encounters') })}
          />
        </p>
        <p class="row">
          <Download
            file="outings.csv"
            query={query}
            text={t('coord.exports.csv', { what: t('coord.records.outings') })}
          />
          <Download
            file="outings.xlsx"
            query={query}
            text={t('coord.exports.xlsx', { what: t('coord.records.outings') })}
          />
        </p>
      </section>

      <section aria-labelledby="sms-outcomes-title">
        <h2 id="sms-outcomes-title">{t('coord.sms.outcomes')}</h2>
        <p>{t('coord.sms.outcomes.intro')}</p>
        <p class="row">
          <Download
            file="demarches-sms.csv"
            query={query}
            text={t('coord.exports.csv', { what: t('coord.sms.outcomes.what') })}
          />
          <Download
            file="demarches-sms.xlsx"
            query={query}
            text={t('coord.exports.xlsx', { what: t('coord.sms.outcomes.what') })}
          />
        </p>
      </section>

      <section aria-labelledby="fu-title">
        <h2 id="fu-title">{t('coord.nav.followups')}</h2>
        <label class="check">
          <input type="checkbox" checked={personal} onChange={(e) => setPersonal(e.currentTarget.checked)} />
          {t('coord.exports.personal')}
        </label>
        <p class="hint">{t('coord.exports.personalHint')}</p>
        <p class="row">
          <Download
            file="follow-ups.csv"
            query={{ centre: query.centre, territory: query.territory, personal: personal ? '1' : undefined }}
            text={t('coord.exports.followupsCsv')}
          />
        </p>
      </section>
    </Page>
  );
}
