import { api } from './api.js';
import { fill, show } from './render.js';
import { backlog, refreshOperational, searchPackage, stations, stock, tasks } from './panels.js';
import { audit, breaks, myDay, person, privacy } from './people.js';

let events;

/** Which panel a live view feeds: a server-sent event names the view, the panel re-reads its endpoint. */
const onView = { stationThroughput: stations, stockByBin: stock, taskBoard: tasks, backlog: () => Promise.all([backlog(), tasks()]), breakCompliance: breaks };

function listen() {
  events?.close();
  events = new EventSource('/v1/events');
  for (const [view, refresh] of Object.entries(onView)) events.addEventListener(view, () => void refresh());
}

/** `#person/op_…` opens a shift's page; anything else the dashboard. */
async function route(who) {
  const [, operator] = /^#person\/(op_[a-z2-7]{16})$/.exec(location.hash) ?? [];
  show('person', false);
  if (operator !== undefined) return person(operator);
  await myDay(who);
}

async function enter(who) {
  show('login', false);
  show('dashboard', true);
  show('logout', true);
  fill('who', `${who.holder} (${who.account}, ${who.role}${who.team ? `, team ${who.team}` : ''})`);
  show('packages', who.role !== 'dpo' && who.role !== 'integrator');
  await Promise.all([route(who), refreshOperational(), breaks(), privacy(), audit()]);
  window.onhashchange = () => void route(who);
  listen();
  document.body.dataset.ready = 'true';
}

document.getElementById('login-form').addEventListener('submit', async (event) => {
  event.preventDefault();
  const form = new FormData(event.target);
  const { ok, data } = await api('/v1/login', { account: form.get('account'), password: form.get('password') });
  fill('login-error', ok ? '' : data.reason);
  event.target.reset();
  if (ok) await enter(data);
});

document.getElementById('package-form').addEventListener('submit', (event) => {
  event.preventDefault();
  void searchPackage(new FormData(event.target).get('code').trim());
});

document.getElementById('logout').addEventListener('click', async () => {
  await api('/v1/logout', {});
  events?.close();
  location.hash = '';
  location.reload();
});

const session = await api('/v1/session');
if (session.ok) await enter(session.data);
else document.body.dataset.ready = 'login';
