// A safe place to try a gesture during the « premiers pas » guide: a big button to touch, a box to
// scroll, a field to type in. Nothing is sent or stored: the state lives in this component and is
// gone when the step changes (and at the kiosk's reset, which leaves the guide).
import { useState } from 'preact/hooks';
import { t } from '../../i18n';
import type { PracticeKind } from '../../shared/content';

const SCROLL_LINES = 12;

function TapPractice() {
  const [done, setDone] = useState(false);
  return (
    <>
      <button
        type="button"
        class={`button kiosk-practice-tap${done ? ' is-done' : ''}`}
        data-testid="practice-tap"
        aria-pressed={done}
        onClick={() => setDone(true)}
      >
        {t('kiosk.practice.tap.button')}
      </button>
      <p role="status">{done ? t('kiosk.practice.tap.done') : ''}</p>
    </>
  );
}

function ScrollPractice() {
  const [done, setDone] = useState(false);
  return (
    <>
      <section
        class="kiosk-practice-scroll"
        data-testid="practice-scroll"
        aria-label={t('kiosk.practice.scroll.label')}
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard
        tabIndex={0}
        onScroll={(e) => {
          const box = e.currentTarget;
          if (box.scrollTop + box.clientHeight >= box.scrollHeight - 4) setDone(true);
        }}
      >
        {Array.from({ length: SCROLL_LINES }, (_, i) => (
          <p key={i}>{t('kiosk.practice.scroll.line', { n: i + 1 })}</p>
        ))}
        <p class="kiosk-practice-star">
          <span aria-hidden="true">★</span> {t('kiosk.practice.scroll.end')}
        </p>
      </section>
      <p role="status">{done ? t('kiosk.practice.scroll.done') : ''}</p>
    </>
  );
}

function TypePractice() {
  const [count, setCount] = useState(0);
  return (
    <>
      <label for="kiosk-practice-input">{t('kiosk.practice.type.label')}</label>
      <input
        id="kiosk-practice-input"
        class="kiosk-practice-input"
        data-testid="practice-type"
        type="text"
        autocomplete="off"
        autocapitalize="off"
        spellcheck={false}
        onInput={(e) => setCount([...e.currentTarget.value].length)}
      />
      <p role="status">{count > 0 ? t('kiosk.practice.type.count', { count }) : ''}</p>
    </>
  );
}

export function PracticeArea({ kind }: { kind: PracticeKind }) {
  return (
    <section class="kiosk-practice" aria-labelledby="kiosk-practice-title" data-testid="practice">
      <h2 id="kiosk-practice-title">{t('kiosk.practice.title')}</h2>
      <p>{t('kiosk.practice.safe')}</p>
      {kind === 'tap' && <TapPractice />}
      {kind === 'scroll' && <ScrollPractice />}
      {kind === 'type' && <TypePractice />}
    </section>
  );
}
