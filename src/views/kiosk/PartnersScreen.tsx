// « Où aller ? »: the centre's partners, offline, by need and by commune, with what each helps
// with, its address, hours and phone. Entries whose details were invented for the demo say so.
import { useEffect, useState } from 'preact/hooks';
import { t } from '../../i18n';
import { loadPartners } from '../../kiosk/directory';
import { communes, findPartners, NEEDS, type Need, partnerCommune } from '../../kiosk/partners';
import { spokenText } from '../../kiosk/spoken';
import type { Partner } from '../../shared/reference';
import { ReadAloud } from './ReadAloud';

function PartnerCard({ p }: { p: Partner }) {
  const commune = partnerCommune(p);
  return (
    <li class="card kiosk-partner" data-testid="partner">
      <h2 class="kiosk-partner-name" lang="fr">
        {p.name}
      </h2>
      {p.demo && (
        <p class="kiosk-demo-badge" data-testid="partner-demo">
          {t('kiosk.places.demo')}
        </p>
      )}
      <dl class="kiosk-partner-details">
        {p.label && (
          <>
            <dt>{t('kiosk.places.helpsWith')}</dt>
            <dd lang="fr">{p.label}</dd>
          </>
        )}
        <dt>{t('kiosk.places.address')}</dt>
        <dd lang="fr">
          {[p.address, commune && !p.address?.includes(commune) ? commune : undefined]
            .filter(Boolean)
            .join(', ') || t('kiosk.places.unknown')}
        </dd>
        <dt>{t('kiosk.places.hours')}</dt>
        <dd lang="fr">{p.hours || t('kiosk.places.unknown')}</dd>
        <dt>{t('kiosk.places.phone')}</dt>
        <dd dir="ltr">{p.phone || t('kiosk.places.unknown')}</dd>
      </dl>
      <ReadAloud
        label={t('kiosk.read.this')}
        text={spokenText([p.name, p.label, p.address, commune, p.hours, p.phone])}
      />
    </li>
  );
}

export function PartnersScreen() {
  const [partners, setPartners] = useState<Partner[] | undefined>(undefined);
  const [need, setNeed] = useState<Need | undefined>(undefined);
  const [commune, setCommune] = useState('');
  const [text, setText] = useState('');
  useEffect(() => {
    loadPartners().then(setPartners, () => setPartners([]));
  }, []);
  const found = partners ? findPartners(partners, { need, commune: commune || undefined, text }) : [];
  return (
    <>
      <h1>{t('kiosk.places.title')}</h1>
      <ReadAloud
        label={t('kiosk.read.screen')}
        text={spokenText([t('kiosk.places.title'), t('kiosk.places.intro')])}
      />
      <p class="kiosk-intro">{t('kiosk.places.intro')}</p>
      {partners === undefined ? (
        <p class="loading">{t('kiosk.content.loading')}</p>
      ) : partners.length === 0 ? (
        <p class="kiosk-message" data-testid="places-empty">
          {t('kiosk.places.none')}
        </p>
      ) : (
        <>
          <fieldset class="kiosk-chips">
            <legend>{t('kiosk.places.need')}</legend>
            <button
              type="button"
              class="button kiosk-chip"
              aria-pressed={need === undefined}
              onClick={() => setNeed(undefined)}
            >
              {t('kiosk.places.allNeeds')}
            </button>
            {NEEDS.map((n) => (
              <button
                key={n}
                type="button"
                class="button kiosk-chip"
                aria-pressed={need === n}
                onClick={() => setNeed(n)}
              >
                {t(`kiosk.places.need.${n}`)}
              </button>
            ))}
          </fieldset>
          <div class="kiosk-places-filters">
            <label>
              {t('kiosk.places.commune')}
              <select value={commune} onChange={(e) => setCommune(e.currentTarget.value)}>
                <option value="">{t('kiosk.places.allCommunes')}</option>
                {communes(partners).map((c) => (
                  <option key={c} value={c}>
                    {c}
                  </option>
                ))}
              </select>
            </label>
            <label>
              {t('kiosk.places.name')}
              <input
                type="search"
                autocomplete="off"
                value={text}
                onInput={(e) => setText(e.currentTarget.value)}
              />
            </label>
          </div>
          <p role="status" class="kiosk-search-status" data-testid="places-count">
            {found.length === 0
              ? t('kiosk.places.noMatch')
              : t('kiosk.places.count', { count: found.length })}
          </p>
          <ul class="kiosk-partners">
            {found.map((p) => (
              <PartnerCard key={p.id} p={p} />
            ))}
          </ul>
        </>
      )}
    </>
  );
}
