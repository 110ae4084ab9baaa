// Entry of the coordination dashboard (dashboard.html): online only, never precached on tablets.
import { render } from 'preact';
import './dashboard.css';
import { App } from './App';
import { whenSessionLost } from './api';
import { applyLanguage, lang } from './i18n';
import { startRouter } from './router';
import { loadSession, loseSession, session } from './session';

applyLanguage(lang.value);
startRouter();
whenSessionLost(loseSession);
render(<App />, document.getElementById('app')!);
loadSession().catch(() => {
  // The server is unreachable: show the sign-in page, whose form says so in words when used.
  session.value = null;
});
