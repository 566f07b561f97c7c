import { createRequire } from 'node:module';
import type { AxeResults, ImpactValue, Result, RunOptions } from 'axe-core';
import type { Page } from 'playwright-core';

/** axe-core's browser build, injected into the page under test (nothing is fetched from anywhere). */
export const axeScriptPath: string = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/** The rule sets the Norwegian regulation asks for: WCAG 2.0 and 2.1, levels A and AA. */
export const wcag21aa: readonly string[] = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** Impacts that fail a page; a "moderate" or "minor" one is reported, and named in the accessibility statement. */
export const failingImpacts: readonly ImpactValue[] = ['serious', 'critical'];

export interface AxeReport {
  /** Violations whose impact is serious or critical. */
  failing: Result[];
  /** Violations of lesser impact, left for the statement to list. */
  lesser: Result[];
  /** Rules that passed or found nothing to check, by id: proof of what was looked at. */
  passed: string[];
  /** Rules axe could not decide without a person (e.g. contrast over a background image). */
  incomplete: Result[];
}

declare global {
  interface Window {
    axe?: { run(context: unknown, options: RunOptions): Promise<AxeResults> };
  }
}

/**
 * Runs axe on the page as it is now (open shadow roots included), against WCAG 2.1 A and AA. Inject and
 * run in one go: a navigation since the last call leaves no axe behind.
 */
export async function runAxe(page: Page, options: { include?: string; rules?: readonly string[] } = {}): Promise<AxeReport> {
  await page.addScriptTag({ path: axeScriptPath });
  const results = await page.evaluate(
    ({ include, tags }) => {
      if (!window.axe) throw new Error('axe-core did not load into the page');
      return window.axe.run(include ?? document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations', 'incomplete'] });
    },
    { include: options.include, tags: [...(options.rules ?? wcag21aa)] },
  );
  const failing = results.violations.filter((violation) => violation.impact && failingImpacts.includes(violation.impact));
  return {
    failing,
    lesser: results.violations.filter((violation) => !failing.includes(violation)),
    passed: [...results.passes, ...results.inapplicable].map((rule) => rule.id),
    incomplete: results.incomplete,
  };
}

/** One line per violation and element, for an assertion message a person can act on. */
export function describeViolations(violations: readonly Result[]): string {
  return violations
    .flatMap((violation) =>
      violation.nodes.map((node) => `${violation.impact ?? 'unknown'} ${violation.id} at ${node.target.join(' > ')}: ${node.failureSummary ?? violation.help}`),
    )
    .join('\n');
}
