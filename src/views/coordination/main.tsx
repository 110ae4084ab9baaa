// Entry of the coordination dashboard (dashboard.html): online only, never precached on tablets.
import { render } from 'preact';

function Dashboard() {
  return <main class="page">Coordination</main>;
}

render(<Dashboard />, document.getElementById('app')!);
