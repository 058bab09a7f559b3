import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Page } from 'playwright-core';

// axe-core runs inside the page. The app's CSP (script-src 'self') refuses an inline <script>, so
// its minified source is evaluated through the DevTools protocol, which CSP does not govern: the
// app's own policy stays as it is served.
const require = createRequire(import.meta.url);
const AXE_SOURCE = fs.readFileSync(path.join(path.dirname(require.resolve('axe-core')), 'axe.min.js'), 'utf8');

/** The WCAG 2.0/2.1/2.2 level A and AA rules: what a public body's site must meet. */
const WCAG_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export interface AxeFinding {
  rule: string;
  impact: 'serious' | 'critical';
  help: string;
  /** CSS selectors of the offending elements, with axe's note on the first few. */
  nodes: { target: string; summary: string }[];
  count: number;
}

/**
 * The serious and critical WCAG A/AA violations axe-core finds on the page as it stands (or within
 * `include`, a CSS selector). Each finding names its rule and where it is, so a failing test says
 * what to fix.
 */
export async function axeViolations(page: Page, options: { include?: string } = {}): Promise<AxeFinding[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  return page.evaluate(
    async ({ tags, include }) => {
      const axe = (window as unknown as { axe: typeof import('axe-core') }).axe;
      // Element Plus gives its inputs generated ids: name the nearest test id as well.
      const within = (selector: unknown) => {
        const el = typeof selector === 'string' ? document.querySelector(selector) : null;
        const id = el?.closest('[data-testid]')?.getAttribute('data-testid');
        return id ? ` (in ${id})` : '';
      };
      const result = await axe.run(include ? { include: [include] } : document, {
        runOnly: { type: 'tag', values: tags },
        resultTypes: ['violations'],
      });
      return result.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => ({
          rule: v.id,
          impact: v.impact as 'serious' | 'critical',
          help: v.help,
          count: v.nodes.length,
          nodes: v.nodes.slice(0, 8).map((n) => ({
            target: `${n.target.map(String).join(' ')}${within(n.target[0])}`,
            summary: (n.failureSummary ?? '').split('\n').slice(0, 3).join(' ').slice(0, 240),
          })),
        }));
    },
    { tags: WCAG_AA, include: options.include ?? null },
  );
}

/** One line per finding and node, for a failure message a person can act on. */
export function describeFindings(findings: readonly AxeFinding[]): string[] {
  return findings.flatMap((f) => [
    `${f.impact} ${f.rule} (${f.count}): ${f.help}`,
    ...f.nodes.map((n) => `  ${n.target} — ${n.summary}`),
  ]);
}
