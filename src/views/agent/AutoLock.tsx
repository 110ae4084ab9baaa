// Locks the team space after the lock time without a touch. Any tap, key or typing pushes it back.
import { useEffect } from 'preact/hooks';
import { isAlive, session, touchSession } from '../../agent/session';
import { clock } from '../../platform/clock';

export function AutoLock({ lockSeconds, onLock }: { lockSeconds: number; onLock(): void }) {
  useEffect(() => {
    const touch = () => touchSession(clock.ms());
    const events = ['pointerdown', 'keydown', 'input', 'wheel'] as const;
    for (const e of events) document.addEventListener(e, touch, { capture: true, passive: true });
    const check = () => {
      if (!isAlive(session.value, clock.ms(), lockSeconds)) onLock();
    };
    // Timers sleep in a hidden tab: check again as soon as the tablet wakes up.
    document.addEventListener('visibilitychange', check);
    const timer = setInterval(check, 1000);
    return () => {
      for (const e of events) document.removeEventListener(e, touch, { capture: true });
      document.removeEventListener('visibilitychange', check);
      clearInterval(timer);
    };
  }, [lockSeconds, onLock]);
  return null;
}
