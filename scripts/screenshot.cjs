#!/usr/bin/env node
'use strict';
// Screenshots of templates in the n8n editor for the README: `npm run screenshots` while `npm start` runs.
// Drives Debian's Chromium (installed by provision-chromium.cjs when missing) with playwright-core.
const fs = require('node:fs');
const path = require('node:path');
const { ensureChromium, LAUNCH_ARGS } = require('./provision-chromium.cjs');

const baseUrl = process.env.CRISIS_DESK_URL || `http://127.0.0.1:${process.env.N8N_PORT || 5678}`;
const email = process.env.CRISIS_DESK_OWNER_EMAIL || 'owner@crisis-desk.local';
const password = process.env.CRISIS_DESK_OWNER_PASSWORD || 'CrisisDesk-2026';
const outDir = path.resolve(__dirname, '..', 'docs');

// n8n opens a "Production Checklist" card over published workflows; close it so the canvas shows.
async function closePopovers(page) {
	const card = page.getByText('Production Checklist', { exact: true });
	if (!(await card.isVisible().catch(() => false))) return;
	const close = page
		.locator(
			'div:has(> * :text-is("Production Checklist")) button, div:has(:text-is("Production Checklist")) >> [aria-label*="lose" i]',
		)
		.first();
	if (await close.isVisible().catch(() => false)) await close.click();
	else await page.keyboard.press('Escape');
	await page.waitForTimeout(500);
}

async function main() {
	const shots = process.argv.slice(2).map((arg) => {
		const [id, file] = arg.split('=');
		return { id, file: file || `${id}.png` };
	});
	if (shots.length === 0)
		throw new Error('usage: npm run screenshots -- <workflowId>=<file.png> …');

	const login = await fetch(`${baseUrl}/rest/login`, {
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify({ emailOrLdapLoginId: email, password }),
	});
	if (!login.ok)
		throw new Error(`login to ${baseUrl} failed (${login.status}): is npm start running?`);
	const [cookieName, cookieValue] = (login.headers.get('set-cookie') || '')
		.split(';')[0]
		.split('=');

	const executablePath = await ensureChromium();
	const { chromium: launcher } = require('playwright-core');
	const browser = await launcher.launch({ executablePath, args: LAUNCH_ARGS });
	try {
		const context = await browser.newContext({ viewport: { width: 1440, height: 860 } });
		await context.addCookies([{ name: cookieName, value: cookieValue, url: baseUrl }]);
		const page = await context.newPage();
		fs.mkdirSync(outDir, { recursive: true });
		for (const shot of shots) {
			process.stderr.write(`[crisis-desk] screenshot of ${shot.id} …\n`);
			await page.goto(`${baseUrl}/workflow/${shot.id}`, { waitUntil: 'networkidle' });
			await page.waitForSelector('[data-test-id="canvas-node"]', { timeout: 60000 });
			await closePopovers(page);
			await page.keyboard.press('Shift+1').catch(() => undefined);
			await page.waitForTimeout(1500);
			await page.screenshot({ path: path.join(outDir, shot.file) });
			process.stderr.write(`[crisis-desk] wrote docs/${shot.file}\n`);
		}
	} finally {
		await browser.close();
	}
}

main().catch((error) => {
	process.stderr.write(`[crisis-desk] ${error.message}\n`);
	process.exit(1);
});
