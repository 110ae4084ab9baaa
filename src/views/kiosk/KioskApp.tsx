// The resident's screens under /borne (kiosk mode or not: the same screens serve a resident alone
// and a resident beside a worker). Content, search and the database load after the first paint.
import { computed } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import { lazyView } from '../../app/lazy';
import { currentPath } from '../../app/router';
import { deviceSettings } from '../../device/settings-store';
import { t } from '../../i18n';
import { content, ensureContent, guidesById } from '../../kiosk/content';
import { installGuideSession, parseGuidePath } from '../../kiosk/guide-session';
import { installKioskHistory } from '../../kiosk/history';
import { createIdleWatch, watchPageActivity } from '../../kiosk/idle';
import { KIOSK_HOME } from '../../kiosk/mode';
import { refreshPublicUrl } from '../../kiosk/public-url';
import { kioskIsPristine, resetKiosk } from '../../kiosk/reset';
import { idlePromptAt, idlePromptOpen } from '../../kiosk/state';
import { isTileId } from '../../kiosk/tiles';
import { speaking, watchVoices } from '../../platform/speech';
import { inSeparateTasks } from '../../platform/tasks';
import { HANDOUT_PREFIX } from '../../shared/handout';
import { AboutScreen } from './AboutScreen';
import { ActivitiesScreen } from './ActivitiesScreen';
import { ContentGate } from './ContentGate';
import { ExitDialog } from './ExitDialog';
import { Glossary } from './Glossary';
import { GlossaryDialog } from './GlossaryDialog';
import { GuideEnd } from './GuideEnd';
import { GuideIntro } from './GuideIntro';
import { HelpScreen } from './HelpScreen';
import { IdlePrompt } from './IdlePrompt';
import { KioskBar } from './KioskBar';
import { KioskHome } from './KioskHome';
import { KioskLink } from './KioskLink';
import { PartnersScreen } from './PartnersScreen';
import { PrintScreen } from './PrintScreen';
import { SiteLogoutScreen } from './SiteLogoutScreen';
import { StepPlayer } from './StepPlayer';
import { Survey } from './Survey';
import { ThemeGuides } from './ThemeGuides';
import './kiosk.css';
import { clock } from '../../platform/clock';

/** The workshop's feedback round (issue 17), loaded only when a worker hands it round. */
const WorkshopFeedback = lazyView(() => import('../agent/skills/WorkshopFeedback'));

function NotFoundInKiosk() {
  return (
    <>
      <h1>{t('kiosk.guide.notFound')}</h1>
      <KioskLink href={KIOSK_HOME} class="button button-primary kiosk-button-big">
        {t('kiosk.nav.home')}
      </KioskLink>
    </>
  );
}

function GuideScreen({ path }: { path: string }) {
  const place = parseGuidePath(path);
  if (!place) return <NotFoundInKiosk />;
  return (
    <ContentGate>
      {() => {
        const guide = guidesById.value.get(place.guideId);
        if (!guide) return <NotFoundInKiosk />;
        if (place.screen === 'intro') return <GuideIntro guide={guide} />;
        if (place.screen === 'end') return <GuideEnd guide={guide} />;
        if (place.step > guide.steps.length) return <NotFoundInKiosk />;
        return <StepPlayer guide={guide} n={place.step} />;
      }}
    </ContentGate>
  );
}

function Screen({ path }: { path: string }) {
  const rest = path.slice(KIOSK_HOME.length);
  if (rest === '' || rest === '/') return <KioskHome />;
  if (rest === '/lexique') return <Glossary />;
  if (rest === '/avis') return <Survey />;
  if (rest === '/ou-aller') return <PartnersScreen />;
  if (rest === '/activites') return <ActivitiesScreen />;
  if (rest === '/a-propos') return <AboutScreen />;
  if (path.startsWith(HANDOUT_PREFIX))
    return <PrintScreen guideId={decodeURIComponent(path.slice(HANDOUT_PREFIX.length))} />;
  if (rest.startsWith('/theme/')) {
    const tile = rest.slice('/theme/'.length);
    return isTileId(tile) ? <ThemeGuides tile={tile} /> : <NotFoundInKiosk />;
  }
  if (rest.startsWith('/guide/')) return <GuideScreen path={path} />;
  if (rest.startsWith('/avis-atelier/'))
    return <WorkshopFeedback activityId={decodeURIComponent(rest.slice('/avis-atelier/'.length))} />;
  return <NotFoundInKiosk />;
}

/** Inactivity: "Vous êtes toujours là ?", then a reset of everything the resident left. */
function useIdleReset() {
  useEffect(() => {
    const watch = createIdleWatch({
      idleMs: () => deviceSettings.value.kioskIdleSeconds * 1000,
      onPrompt: () => {
        idlePromptAt.value = clock.ms();
        idlePromptOpen.value = true;
      },
      onReset: () => void resetKiosk(),
      isBusy: () => speaking.value,
      isPristine: () => kioskIsPristine(currentPath.value),
    });
    return watchPageActivity(watch);
  }, []);
}

/**
 * Bound to the attribute as a signal: the guides arriving update `data-content` on <main> without
 * drawing the whole kiosk again (only the parts that show guides redraw).
 */
const contentState = computed(() => (content.value ? 'ready' : 'loading'));

export default function KioskApp() {
  // After the first paint of the tiles, one task each (a cold start on a slow tablet).
  useEffect(() => {
    inSeparateTasks([
      installKioskHistory,
      installGuideSession,
      () => void ensureContent(),
      watchVoices,
      () => void refreshPublicUrl(),
    ]);
  }, []);
  useIdleReset();
  const path = currentPath.value;
  return (
    <>
      <KioskBar />
      <main id="main" class="page kiosk" data-testid="kiosk" data-content={contentState}>
        <Screen path={path} />
      </main>
      <GlossaryDialog />
      <IdlePrompt />
      <HelpScreen />
      <SiteLogoutScreen />
      {deviceSettings.value.kioskActive && <ExitDialog />}
    </>
  );
}
