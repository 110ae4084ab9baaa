// /equipe/carte: the resident's card. A new card is made on the tablet (128 random bits) and shown
// as a QR code and its readable code, to print on an A7 card or sticker or to photograph; an
// existing card is read only when the resident hands it over. Then: skills check, workshops.
import { useEffect, useState } from 'preact/hooks';
import { chooseCard, currentCard, forgetCard, newPassId } from '../../../agent/skills/cards';
import { navigate } from '../../../app/router';
import { t } from '../../../i18n';
import { passQrText, readableCode, shortCode } from '../../../shared/pass';
import { flash } from '../flash';
import { useTeam } from '../team-context';
import { CardReader } from './CardReader';
import './skills.css';

/** The QR code as SVG text, drawn on the tablet by the qrcode library (loaded only here); it is
 *  made from our own card id, so putting it in the page as markup injects nothing. */
function useQrSvg(text: string): { svg?: string; failed: boolean } {
  const [state, setState] = useState<{ svg?: string; failed: boolean }>({ failed: false });
  useEffect(() => {
    let alive = true;
    setState({ failed: false });
    import('qrcode')
      .then((QRCode) => QRCode.toString(text, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' }))
      .then(
        (svg) => alive && setState({ svg, failed: false }),
        () => alive && setState({ failed: true }),
      );
    return () => {
      alive = false;
    };
  }, [text]);
  return state;
}

function PrintableCard({ passId }: { passId: string }) {
  const qr = useQrSvg(passQrText(passId));
  return (
    <figure class="skills-card" data-testid="pass-card">
      <p class="skills-card-title">{t('skills.card.printTitle')}</p>
      {qr.svg && (
        <div
          class="skills-card-qr"
          role="img"
          aria-label={t('skills.card.qrAlt')}
          dangerouslySetInnerHTML={{ __html: qr.svg }}
        />
      )}
      {qr.failed && <p>{t('skills.card.qrFailed')}</p>}
      <figcaption>
        <span class="skills-card-label">{t('skills.card.codeLabel')}</span>
        <span class="skills-card-code" data-testid="pass-code" dir="ltr" lang="zxx">
          {readableCode(passId)}
        </span>
        <span class="skills-card-text">{t('skills.card.printText')}</span>
      </figcaption>
    </figure>
  );
}

function go(path: string) {
  return (e: Event) => {
    e.preventDefault();
    navigate(path);
  };
}

export function CardScreen() {
  const { ctx } = useTeam();
  const card = currentCard(ctx.agentId);
  return (
    <main id="main" class="page team-page skills-page">
      <h1>{t('skills.card.title')}</h1>
      <p>{t('skills.card.intro')}</p>
      <p class="team-flash" role="status" data-testid="flash">
        {flash.value ? t(flash.value.key) : ''}
      </p>
      {card ? (
        <section aria-labelledby="card-current" class="skills-current">
          <h2 id="card-current">{t('skills.card.current', { code: shortCode(card.passId) })}</h2>
          {card.fresh && (
            <>
              <PrintableCard passId={card.passId} />
              <p class="no-print">{t('skills.card.photo')}</p>
              <button type="button" class="button no-print" onClick={() => window.print()}>
                {t('skills.card.print')}
              </button>
            </>
          )}
          <div class="team-form-actions no-print">
            <a class="button button-primary" href="/equipe/competences" onClick={go('/equipe/competences')}>
              {t('skills.card.toCheck')}
            </a>
            <a class="button" href="/equipe/ateliers" onClick={go('/equipe/ateliers')}>
              {t('skills.card.toWorkshops')}
            </a>
            <button type="button" class="button" onClick={() => forgetCard()}>
              {t('skills.card.forget')}
            </button>
          </div>
        </section>
      ) : (
        <p>{t('skills.card.none')}</p>
      )}
      <div class="no-print">
        <button
          type="button"
          class="button team-button-wide"
          onClick={() => {
            chooseCard(newPassId(), ctx.agentId, true);
            flash.value = undefined;
          }}
        >
          {t('skills.card.new')}
        </button>
        <section aria-labelledby="card-have">
          <h2 id="card-have">{t('skills.card.have')}</h2>
          <CardReader
            id="card"
            onCard={(passId) => {
              chooseCard(passId, ctx.agentId);
              flash.value = undefined;
            }}
          />
        </section>
        <p class="team-field-hint">{t('skills.card.lost')}</p>
      </div>
    </main>
  );
}
