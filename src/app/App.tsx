import { NotFound } from '../views/common/NotFound';
import { TopBar } from '../views/common/TopBar';
import { UpdatePrompt } from '../views/common/UpdatePrompt';
import { Home } from '../views/home/Home';
import { lazyView } from './lazy';
import { currentPath, under } from './router';

// Each mode's code loads when first opened; the home screen stays light.
const KioskApp = lazyView(() => import('../views/kiosk/KioskApp'));
const AgentApp = lazyView(() => import('../views/agent/AgentApp'));
const SetupApp = lazyView(() => import('../views/setup/SetupApp'));
const SettingsScreen = lazyView(() => import('../views/settings/SettingsScreen'));

function Route() {
  const path = currentPath.value;
  if (path === '/') return <Home />;
  if (under(path, '/borne')) return <KioskApp />;
  if (under(path, '/equipe/reglages')) return <SettingsScreen />;
  if (under(path, '/equipe')) return <AgentApp />;
  if (under(path, '/installation')) return <SetupApp />;
  return <NotFound />;
}

export function App() {
  return (
    <>
      <TopBar />
      <UpdatePrompt />
      <Route />
    </>
  );
}
