// Drives the workbench pages in headless Chromium (Debian's /usr/bin/chromium, through playwright-core) and prints
// what it found, one JSON line per check: {"check": "...", ...}. The Java test (WorkbenchBrowserIT) asserts on them.
// Usage: node workbench.mjs <base url> <screenshot dir> <request JSON>
//   request: {"event": id of the 30 December call, "search": a name spelled another way, "editorKey": "...",
//             "keep": person id, "merge": person id}
// Between the live check's "live-ready" line and its result, the caller ingests an article about the event.
import { chromium } from 'playwright-core';

const [base, shots, requestJson] = process.argv.slice(2);
const request = JSON.parse(requestJson);
const print = (line) => console.log(JSON.stringify(line));

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
    '--disable-sync', '--no-first-run'],
});
try {
  const context = await browser.newContext({ locale: 'ar', viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const failures = [];
  page.on('pageerror', (error) => failures.push(String(error)));

  // the front page, right to left, on a desk and on a phone
  await page.goto(`${base}/`);
  print({ check: 'home', ...await page.evaluate(() => ({
    lang: document.documentElement.lang, dir: document.documentElement.dir,
    direction: getComputedStyle(document.body).direction, events: document.querySelectorAll('.event-row').length,
    links: [...document.querySelectorAll('footer a')].map((a) => a.getAttribute('href')),
  })) });
  await page.screenshot({ path: `${shots}/home.png`, fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  print({ check: 'home-phone', overflow: await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth) });
  await page.screenshot({ path: `${shots}/home-phone.png`, fullPage: true });
  await page.setViewportSize({ width: 1280, height: 900 });

  // the event page: who said what, outlet by outlet
  await page.goto(`${base}/events/${request.event}`);
  print({ check: 'event', ...await page.evaluate(() => ({
    dir: document.documentElement.dir,
    speakers: [...document.querySelectorAll('.speaker-group h3')].map((h) => h.textContent.trim()),
    outlets: [...document.querySelectorAll('.by-outlet .column h3')].map((h) => h.textContent.trim()),
    quotesPerOutlet: [...document.querySelectorAll('.by-outlet .column')].map((c) => c.querySelectorAll('.quote-item').length),
    lanes: document.querySelectorAll('.lane').length, disputed: document.querySelectorAll('tr.disputed').length,
    editorControls: document.querySelectorAll('.editor').length,
  })) });
  await page.screenshot({ path: `${shots}/event.png`, fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  print({ check: 'event-phone', overflow: await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth) });
  await page.screenshot({ path: `${shots}/event-phone.png`, fullPage: true });
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.emulateMedia({ media: 'print' });
  await page.screenshot({ path: `${shots}/event-print.png`, fullPage: true });
  await page.emulateMedia({ media: 'screen' });

  // a click from a quote opens its article with the span highlighted
  const first = page.locator('.by-speaker .quote-item').first();
  const clicked = (await first.locator('blockquote').textContent()).trim();
  await Promise.all([page.waitForURL(/\/articles\/\d+#q\d+$/), first.locator('a.span-link').click()]);
  print({ check: 'span', clicked, ...await page.evaluate(() => {
    const target = document.querySelector(':target');
    return { hash: location.hash, targetId: target && target.id, targetText: target && target.textContent.trim(),
      background: target && getComputedStyle(target).backgroundColor,
      plainBackground: getComputedStyle(document.querySelector('mark.quote:not(:target)') || document.body).backgroundColor,
      dir: document.documentElement.dir };
  }) });
  await page.screenshot({ path: `${shots}/article.png`, fullPage: false });

  // search finds a name however it is spelled
  await page.goto(`${base}/search?q=${encodeURIComponent(request.search)}`);
  print({ check: 'search', people: await page.locator('.people-list li a').allTextContents() });
  await page.screenshot({ path: `${shots}/search.png`, fullPage: true });

  // the CSV export: UTF-8 with a byte order mark, the header, one row per quote
  print({ check: 'csv', ...await page.evaluate(async (event) => {
    const response = await fetch(`/quotes.csv?event=${event}`);
    const bytes = new Uint8Array(await response.arrayBuffer());
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    const rows = [];
    let row = [];
    let field = '';
    let quoted = false;
    for (let i = 1; i < text.length; i++) { // after the BOM
      const c = text[i];
      if (quoted) {
        if (c === '"' && text[i + 1] === '"') { field += '"'; i++; } else if (c === '"') { quoted = false; } else { field += c; }
      } else if (c === '"') { quoted = true; } else if (c === ',') { row.push(field); field = ''; } else if (c === '\r') {
        // CRLF: the row ends at the LF
      } else if (c === '\n') { row.push(field); rows.push(row); row = []; field = ''; } else { field += c; }
    }
    return { status: response.status, type: response.headers.get('content-type'),
      bom: bytes[0] === 0xEF && bytes[1] === 0xBB && bytes[2] === 0xBF, header: rows[0], rows: rows.length - 1,
      widths: [...new Set(rows.map((r) => r.length))] };
  }, request.event) });

  // live: the open event page shows quotes ingested after it was opened
  await page.goto(`${base}/events/${request.event}`);
  await page.waitForFunction(() => document.getElementById('live-status') !== null);
  await page.waitForTimeout(500);
  print({ check: 'live-ready' });
  const live = await page.waitForSelector('#live-quotes .quote-item', { timeout: 60000 }).then(() => true, () => false);
  await page.locator('#live-quotes').scrollIntoViewIfNeeded();
  print({ check: 'live', arrived: live, quotes: await page.locator('#live-quotes .quote-item blockquote').allTextContents() });
  await page.screenshot({ path: `${shots}/event-live.png`, fullPage: false });

  // readers see no editor controls; an editor signs in and merges two people through the page
  await page.goto(`${base}/people/${request.keep}`);
  const readerControls = await page.locator('.editor').count();
  await page.goto(`${base}/login?then=${encodeURIComponent(`/people/${request.keep}`)}`);
  await page.screenshot({ path: `${shots}/login.png` });
  await page.fill('input[name=key]', request.editorKey);
  await Promise.all([page.waitForURL(`${base}/people/${request.keep}`), page.click('.login button[type=submit]')]);
  const cookie = (await context.cookies()).find((c) => c.name === 'newsgraph_key');
  const editorControls = await page.locator('section.editor').count();
  await page.fill('input[name=merge]', String(request.merge));
  await Promise.all([page.waitForURL(`${base}/people/${request.keep}`), page.click('form[action="/editor/merge-people"] button')]);
  print({ check: 'merge', readerControls, editorControls,
    cookie: cookie && { httpOnly: cookie.httpOnly, sameSite: cookie.sameSite },
    aliases: await page.locator('.aliases .alias').allTextContents() });
  await page.screenshot({ path: `${shots}/person-editor.png`, fullPage: true });

  print({ check: 'done', pageErrors: failures });
} finally {
  await browser.close();
}
