import { expect } from 'chai';
import { type Browser, type BrowserContext } from 'playwright-core';
import { accessesTo } from '@fairscan/privacy';
import { fairscan } from './cli.js';
import { launchChromium, logInAs, screenshot } from './browser.js';
import { startServe, type ServeProcess } from './serve-process.js';
import { password, serveSite, type ServeSite, site, today } from './serve-site.js';

describe('fairscan serve: the dashboard in a real Chromium', function () {
  let place: ServeSite;
  let serve: ServeProcess;
  let browser: Browser;
  let context: BrowserContext;

  before(async () => {
    place = await serveSite();
    serve = await startServe(place.storeArgs);
    browser = await launchChromium();
  });
  beforeEach(async () => {
    context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  });
  afterEach(() => context.close());
  after(async () => {
    await browser?.close();
    await serve?.stop();
    place?.remove();
  });

  it('a wrong password is refused with a reason, and nothing is shown', async () => {
    const page = await context.newPage();
    await page.goto(serve.url);
    await page.waitForSelector('body[data-ready="login"]');
    await page.getByLabel('Account').fill('sm');
    await page.getByLabel('Password').fill('not the password');
    await page.getByRole('button', { name: 'Log in' }).click();
    await page.waitForSelector('#login-error:text("not recognised")');
    expect(await page.isVisible('#dashboard')).to.equal(false);
  });

  it('a site manager logs in and watches the throughput chart grow as scans are ingested by another process', async () => {
    const page = await context.newPage();
    await logInAs(page, serve.url, 'sm', password);
    const total = async () => Number(await page.getAttribute('#stations-chart', 'data-total'));
    await page.waitForSelector('#stations-chart canvas');
    const before = await total();
    expect(before).to.be.greaterThan(0);
    // Supervisors get statuses, never break times or durations (design.md, CNIL-IDLE).
    await page.waitForSelector('#breaks:not([hidden]) table');
    const alerts = page.locator('#breaks-body table').nth(1);
    expect(await alerts.locator('th').allTextContents()).to.eql(['shift pseudonym', 'status']);
    for (const status of await alerts.locator('tbody td:nth-child(2)').allTextContents()) expect(['owed', 'missed', 'due-soon']).to.include(status);
    expect(await page.textContent('#next-retention')).to.match(/^Next retention run: /);
    expect(await page.textContent('#last-proof')).to.match(/^(Last proof: |No retention proof yet)/);
    await screenshot(page, 'dashboard-site-manager');
    const run = fairscan(['simulate', ...place.storeArgs, '--scans', '1500', '--seed', '77', '--date', today]);
    expect(run.status, run.stderr).to.equal(0);
    // No reload: the page hears the server-sent event and re-reads /v1/stations.
    await page.waitForFunction(`Number(document.getElementById('stations-chart').dataset.total) > ${before}`, undefined, { timeout: 30_000 });
    expect(await total()).to.be.greaterThan(before);
    await screenshot(page, 'dashboard-after-ingest');
  });

  it('searches a package and shows its journey on a timeline', async () => {
    const fs = place.open();
    let code = '';
    try {
      for await (const stream of fs.store.listStreams('package-')) {
        code = stream.slice('package-'.length);
        break;
      }
    } finally {
      await fs.close();
    }
    const page = await context.newPage();
    await logInAs(page, serve.url, 'sm', password);
    await page.getByLabel('GTIN or SSCC').fill(code);
    await page.getByRole('button', { name: 'Show journey' }).click();
    await page.waitForSelector('#journey li');
    expect(await page.textContent('#journey')).to.match(/receiving|storing|picking|packing|shipping|cycle_counting/);
    await screenshot(page, 'package-journey');
  });

  it("a worker's page shows their own day and who read their data, and nobody else's", async () => {
    const page = await context.newPage();
    await logInAs(page, serve.url, 'w.e1', password);
    await page.waitForSelector('#my-day:not([hidden]) #my-day-body p');
    const [mine, other] = [place.staff[0], place.staff[1]].map((member) => member?.operator as string);
    const text = (await page.textContent('#dashboard')) ?? '';
    expect(text).to.include(mine);
    expect(text).not.to.include(other);
    expect(await page.isVisible('#breaks')).to.equal(false);
    expect(await page.textContent('#my-accesses')).to.include('w.e1');
    await screenshot(page, 'worker-my-day');
  });

  it("a team lead cannot open another team's worker page: 403 with the reason, nothing shown, no read logged", async () => {
    const outsider = place.staff.find((member) => member.team !== 'team-02')?.operator as string;
    const page = await context.newPage();
    await logInAs(page, serve.url, 'lea', password);
    const refused = page.waitForResponse((response) => response.url().includes(`/v1/people/${outsider}`));
    await page.evaluate(`location.hash = '#person/${outsider}'`);
    expect((await refused).status()).to.equal(403);
    await page.waitForSelector('#person-error:text("team-02")');
    expect(await page.textContent('#person-body')).to.equal('');
    await screenshot(page, 'team-lead-refused');
    const fs = place.open();
    try {
      const reads = await accessesTo(fs.store, site, outsider);
      expect(reads.filter((read) => read.actor === 'lea')).to.eql([]);
    } finally {
      await fs.close();
    }
  });
});
