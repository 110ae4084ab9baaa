// Loads a screen's code on first use, so the home screen's JavaScript stays small.
import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { t } from '../i18n';

/**
 * `quiet`: nothing on screen while loading or if the code cannot load — for a part of a screen
 * that may well show nothing anyway (« La borne revient » on the kiosk home).
 */
export function lazyView<P extends object>(
  load: () => Promise<{ default: ComponentType<P> }>,
  opts: { quiet?: boolean } = {},
): ComponentType<P> {
  let loaded: ComponentType<P> | undefined;
  return function LazyView(props: P) {
    const [View, setView] = useState<ComponentType<P> | undefined>(() => loaded);
    const [failed, setFailed] = useState(false);
    useEffect(() => {
      if (View) return;
      load().then(
        (m) => {
          loaded = m.default;
          setView(() => m.default);
        },
        () => setFailed(true),
      );
    }, [View]);
    if (failed) return opts.quiet ? null : <p role="alert">{t('error.generic')}</p>;
    if (!View) return opts.quiet ? null : <p class="loading">{t('loading')}</p>;
    return <View {...props} />;
  };
}
