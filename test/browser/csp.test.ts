// The built app under its Content-Security-Policy (vite.config.ts): it loads, runs a simulation in its worker,
// registers its service worker and shows its charts without a single policy violation; an injected inline
// script, an inline <style> and eval are refused (the negative controls that prove the policy is enforced).
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, screenshotDir } from './harness';

let browser: Browser;
let page: Page;
const consoleErrors: string[] = [];

beforeAll(async () => {
  browser = await launchChromium();
  page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
  page.on('console', (m) => {
    if (m.type() === 'error') consoleErrors.push(m.text());
  });
  // Record every violation the page reports, from the first byte on.
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      const list = ((window as unknown as { __cspViolations?: string[] }).__cspViolations ??= []);
      list.push(`${e.effectiveDirective} ${e.blockedURI}`);
    });
  });
  await page.goto(inject('appUrl'));
  await page.locator('sb-app[data-state="done"]').waitFor({ timeout: 60_000 });
});

afterAll(async () => {
  await browser?.close();
});

async function recordedViolations(): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? []);
}

describe('Content-Security-Policy', () => {
  it('is set by a meta tag, strict for scripts and without eval', async () => {
    const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(policy).toContain("script-src 'self'");
    expect(policy).toContain("worker-src 'self'");
    expect(policy).not.toMatch(/unsafe-eval|script-src[^;]*unsafe-inline/);
  });

  it('lets the app run: the worker answered, the charts drew, the service worker registered', async () => {
    expect(Number(await page.getByTestId('kpi-offered').getAttribute('data-value'))).toBeGreaterThan(0);
    const registered = await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.ready;
      return registration.active !== null;
    });
    expect(registered).toBe(true);
    // The design tokens of index.html's inline <style> applied (its hash is in the policy).
    const background = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
    expect(background).toBe('rgb(244, 246, 248)');
    await page.screenshot({ path: `${screenshotDir}/csp-app.png` });
    expect(await recordedViolations()).toEqual([]);
    expect(consoleErrors.filter((e) => /Content Security Policy/i.test(e))).toEqual([]);
  });

  it('refuses an injected inline script and an injected <style>', async () => {
    const outcome = await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.__injected = true;';
      document.head.append(script);
      const style = document.createElement('style');
      style.textContent = 'html { background: rgb(1, 2, 3) !important; }';
      document.head.append(style);
      return {
        injected: (window as unknown as { __injected?: boolean }).__injected === true,
        background: getComputedStyle(document.documentElement).backgroundColor,
      };
    });
    expect(outcome).toEqual({ injected: false, background: 'rgb(244, 246, 248)' });
    const violations = await recordedViolations();
    expect(violations.some((v) => v.startsWith('script-src-elem inline'))).toBe(true);
    expect(violations.some((v) => v.startsWith('style-src-elem inline'))).toBe(true);
  });

  it('refuses eval in a script of the app’s own origin', async () => {
    // Playwright's evaluate is exempt from the page's policy, so the probe is a same-origin script file
    // (served by a route) that tries eval and reports what happened.
    const probe = new URL('csp-eval-probe.js', inject('appUrl')).href;
    await page.route(probe, (route) =>
      route.fulfill({
        contentType: 'text/javascript',
        body: `try { eval('1 + 1'); window.__evalResult = 'ran'; } catch (e) { window.__evalResult = e.name; }`,
      }),
    );
    const result = await page.evaluate(async (src) => {
      const script = document.createElement('script');
      script.src = src;
      await new Promise((resolve, reject) => {
        script.onload = resolve;
        script.onerror = reject;
        document.head.append(script);
      });
      return (window as unknown as { __evalResult?: string }).__evalResult;
    }, probe);
    expect(result).toBe('EvalError');
    expect((await recordedViolations()).some((v) => v.startsWith('script-src eval'))).toBe(true);
  });
});
