/// <reference lib="dom" />
// Code passed to page.evaluate runs in the browser page.
import fs from 'node:fs';
import path from 'node:path';

import {
	type Browser,
	type BrowserContext,
	chromium,
	type ConsoleMessage,
	type Page,
} from 'playwright-core';

import type { Instance } from './n8nInstance';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { ensureChromium, LAUNCH_ARGS } = require('../../../scripts/provision-chromium.cjs') as {
	ensureChromium(): Promise<string>;
	LAUNCH_ARGS: string[];
};

/** The package name: in our node types (n8n-nodes-crisis-desk.crisisScore), icon and schema URLs. */
const PACKAGE_NAME = 'n8n-nodes-crisis-desk';

/** A screen a user of a 14-inch laptop has (the editor's fit-to-screen zoom depends on it). */
export const VIEWPORT = { width: 1440, height: 860 };

export interface EditorSession {
	browser: Browser;
	context: BrowserContext;
	page: Page;
	/** Page errors, and console errors our package caused, since the session began. */
	problems: string[];
	/** The editor's requests for the package's output schemas (schema preview), as "<status> <path>". */
	outputSchemaRequests: string[];
	/** Screenshots of failed checks go here (.cache/e2e/editor, replaced by the next run). */
	shotsDir: string;
	close(): Promise<void>;
}

/**
 * Ours: a console error whose text or source URL names the package (our node types, icons and output
 * schemas all carry it; a 404 for /schemas/<type>/<x.y.z>/<operation>.json means an output schema we do not
 * ship). Other console errors come from n8n's editor itself (telemetry it cannot send from a loopback-only
 * machine, its own features) and are not this package's to fix.
 */
function isOurs(message: ConsoleMessage): boolean {
	const url = message.location().url;
	return message.text().includes(PACKAGE_NAME) || url.includes(PACKAGE_NAME);
}

/** Chromium on the suite's n8n, logged in through the sign-in form as the owner. */
export async function openEditor(target: Instance): Promise<EditorSession> {
	const executablePath = await ensureChromium();
	// playwright gives every launch a fresh profile of its own; the flags keep Chromium off Google's hosts.
	const browser = await chromium.launch({ executablePath, args: LAUNCH_ARGS });
	const context = await browser.newContext({ viewport: VIEWPORT });
	const page = await context.newPage();
	const problems: string[] = [];
	page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
	page.on('console', (message) => {
		if (message.type() === 'error' && isOurs(message))
			problems.push(`console error: ${message.text()} (${message.location().url})`);
	});
	const outputSchemaRequests: string[] = [];
	page.on('response', (response) => {
		const { pathname } = new URL(response.url());
		if (pathname.startsWith(`/schemas/${PACKAGE_NAME}.`))
			outputSchemaRequests.push(`${response.status()} ${pathname}`);
	});
	const shotsDir = path.join(__dirname, '..', '..', '..', '.cache', 'e2e', 'editor');
	fs.rmSync(shotsDir, { recursive: true, force: true });
	fs.mkdirSync(shotsDir, { recursive: true });
	const session: EditorSession = {
		browser,
		context,
		page,
		problems,
		outputSchemaRequests,
		shotsDir,
		close: async () => await browser.close(),
	};
	try {
		await signIn(page, target);
	} catch (error) {
		await session.close();
		throw error;
	}
	return session;
}

async function signIn(page: Page, target: Instance): Promise<void> {
	await page.goto(`${target.baseUrl}/signin`);
	const form = page.locator('[data-test-id="signin-form"]');
	await form
		.locator('input[name="emailOrLdapLoginId"], input[type="email"]')
		.first()
		.fill(target.owner.email);
	await form.locator('input[type="password"]').fill(target.owner.password);
	await form.locator('[data-test-id="form-submit-button"]').click();
	await page.waitForURL((url) => !url.pathname.startsWith('/signin'), { timeout: 30_000 });
}

/** Opens a stored workflow as a user does (n8n fits it to the screen) and waits until its nodes are drawn. */
export async function openWorkflow(page: Page, target: Instance, id: string): Promise<void> {
	await page.goto(`${target.baseUrl}/workflow/${id}`);
	await page.locator('[data-test-id="canvas-node"]').first().waitFor({ timeout: 60_000 });
	// The canvas settles (fit to screen, icons, badges) once the editor stops loading.
	await page.waitForLoadState('networkidle');
}

/** The canvas zoom n8n shows the workflow at (the scale of its transformation pane). */
export async function canvasZoom(page: Page): Promise<number> {
	const transform = await page
		.locator('.vue-flow__transformationpane')
		.evaluate((pane) => (pane as HTMLElement).style.transform);
	const scale = /scale\(([\d.]+)\)/.exec(transform);
	if (!scale) throw new Error(`no scale in the canvas transform "${transform}"`);
	return Number(scale[1]);
}

export interface Box {
	x: number;
	y: number;
	width: number;
	height: number;
}

export function intersects(a: Box, b: Box): boolean {
	return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** Saves a screenshot for a failing check and returns where, for its message. */
export async function screenshot(session: EditorSession, name: string): Promise<string> {
	const file = path.join(session.shotsDir, `${name.replace(/[^\w-]+/g, '_')}.png`);
	await session.page.screenshot({ path: file });
	return file;
}
