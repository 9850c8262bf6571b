// Uses the service's GraphiQL page (/q/graphql-ui) in headless Chromium as a person would: opens it with a query in
// the url (as a shared GraphiQL link carries it), opens the documentation explorer on the Query type (which GraphiQL
// can only show once its introspection request answered), presses the run button and reads the answer pane.
// Prints one JSON object: what the page showed and every request it sent to /graphql (Content-Type as sent, status).
// Usage: node graphiql.mjs BASE_URL QUERY SCREENSHOT_FILE
import { chromium } from 'playwright-core';

const [baseUrl, query, screenshot] = process.argv.slice(2);
const CHROMIUM = '/usr/bin/chromium';
const TIMEOUT = 60_000;

const browser = await chromium.launch({
  executablePath: CHROMIUM,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
    '--disable-sync', '--no-first-run'],
});
const report = { requests: [], pageErrors: [], rootFields: [], answer: null };
try {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  page.setDefaultTimeout(TIMEOUT);
  page.on('pageerror', (error) => report.pageErrors.push(String(error)));
  page.on('response', async (response) => {
    const request = response.request();
    if (new URL(request.url()).pathname === '/graphql') {
      const headers = await request.allHeaders();
      report.requests.push({ method: request.method(), contentType: headers['content-type'] ?? null, status: response.status() });
    }
  });
  await page.goto(`${baseUrl}/q/graphql-ui/?query=${encodeURIComponent(query)}`);

  await page.getByRole('button', { name: 'Show Documentation Explorer' }).click();
  await page.locator('.graphiql-doc-explorer-section-content a.graphiql-doc-explorer-type-name', { hasText: /^Query$/ }).first().click();
  await page.locator('.graphiql-doc-explorer-field-name').first().waitFor();
  report.rootFields = await page.locator('.graphiql-doc-explorer-field-name').allTextContents();

  await page.locator('.graphiql-execute-button').click();
  const answer = page.locator('.graphiql-response .CodeMirror');
  await page.waitForFunction(() => {
    const editor = document.querySelector('.graphiql-response .CodeMirror');
    return editor && editor.CodeMirror.getValue().trim().length > 0;
  }, null, { timeout: TIMEOUT });
  report.answer = await answer.evaluate((editor) => editor.CodeMirror.getValue());
  await page.screenshot({ path: screenshot, fullPage: true });
} catch (error) {
  report.failure = String(error);
  await Promise.all(browser.contexts().flatMap((context) => context.pages())
    .map((page) => page.screenshot({ path: screenshot, fullPage: true }).catch(() => {})));
} finally {
  await browser.close();
}
console.log(JSON.stringify(report));
process.exitCode = report.failure ? 1 : 0;
