// Accessibility check of one HTML file with axe-core in headless Chromium.
//
//   node check.js FILE.html...
//
// Prints JSON, one entry per file:
// [{"file", "violations": [{"id", "impact", "help", "nodes"}], "requests": [...]}]
// where requests lists every request the page tried that was not for the
// file itself (there must be none: the report is self-contained). The
// browser is CHROMIUM (default /usr/bin/chromium); nothing is downloaded.
'use strict';
const path = require('path');
const axe = require('axe-core');
const puppeteer = require('puppeteer-core');

async function main() {
  const files = process.argv.slice(2);
  if (files.length === 0) {
    console.error('usage: node check.js FILE.html...');
    process.exit(2);
  }
  const browser = await puppeteer.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
      '--disable-sync', '--no-first-run', '--host-resolver-rules=MAP * ~NOTFOUND'],
  });
  try {
    const out = [];
    for (const file of files) {
      out.push(await check(browser, file));
    }
    process.stdout.write(JSON.stringify(out, null, 1) + '\n');
  } finally {
    await browser.close();
  }
}

async function check(browser, file) {
  const url = 'file://' + path.resolve(file);
  const page = await browser.newPage();
  try {
    const requests = [];
    await page.setRequestInterception(true);
    page.on('request', (req) => {
      if (req.url() === url) {
        req.continue();
        return;
      }
      requests.push(req.url());
      req.abort();
    });
    await page.goto(url, { waitUntil: 'load' });
    await page.addScriptTag({ content: axe.source });
    const result = await page.evaluate(async () => {
      // eslint-disable-next-line no-undef
      const r = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } });
      return r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => n.target.join(' ')).slice(0, 5) }));
    });
    return { file, violations: result, requests };
  } finally {
    await page.close();
  }
}

main().catch((err) => {
  console.error(String(err && err.stack || err));
  process.exit(1);
});
