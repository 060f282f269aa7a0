/**
 * The boundary between measuring and judging: src/profiler reads files and counts, and every
 * decision about what is an issue and how severe lives in src/core/data-profile with its threshold
 * in PROFILE_THRESHOLDS. This test parses every profiler source file and fails on what judging
 * looks like there: naming PROFILE_THRESHOLDS, a severity (the word or one of its values), an
 * issue code written into an object, or a fraction compared against (a share cut-off). The
 * detector is first run on code that does each of these, so a broken detector fails too.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { PROFILE_ISSUE_CODES } from '../core/data-profile/data-profile-types.ts';

const SEVERITIES = new Set(['info', 'low', 'medium', 'high', 'critical']);
const CODES = new Set<string>(PROFILE_ISSUE_CODES);
const COMPARISONS = new Set([
  ts.SyntaxKind.LessThanToken,
  ts.SyntaxKind.LessThanEqualsToken,
  ts.SyntaxKind.GreaterThanToken,
  ts.SyntaxKind.GreaterThanEqualsToken,
]);

/** What in `source` judges instead of measuring, as `line: reason` strings. */
function findJudging(fileName: string, source: string): string[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const report = (node: ts.Node, reason: string) =>
    found.push(`${fileName}:${file.getLineAndCharacterOfPosition(node.getStart()).line + 1}: ${reason}`);
  const fractionsIn = (node: ts.Node): ts.NumericLiteral[] => {
    if (ts.isNumericLiteral(node)) {
      const v = Number(node.text);
      return v > 0 && v < 1 ? [node] : [];
    }
    if (ts.isFunctionLike(node)) return [];
    return node.getChildren(file).flatMap(fractionsIn);
  };
  const visit = (node: ts.Node): void => {
    if (ts.isIdentifier(node)) {
      if (node.text === 'PROFILE_THRESHOLDS') report(node, 'reads a rule threshold (PROFILE_THRESHOLDS)');
      if (node.text === 'severity' || node.text === 'IssueSeverity')
        report(node, `names a severity (${node.text})`);
    }
    if (ts.isStringLiteralLike(node) && SEVERITIES.has(node.text))
      report(node, `a severity value '${node.text}'`);
    if (
      ts.isPropertyAssignment(node) &&
      node.name.getText(file) === 'code' &&
      ts.isStringLiteralLike(node.initializer) &&
      CODES.has(node.initializer.text)
    ) {
      report(node, `writes an issue code '${node.initializer.text}'`);
    }
    if (ts.isBinaryExpression(node) && COMPARISONS.has(node.operatorToken.kind)) {
      for (const literal of fractionsIn(node))
        report(literal, `compares against the fraction ${literal.text}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

describe('the detector', () => {
  it('finds each way of judging in code written to show them', () => {
    const judging = `
      import { PROFILE_THRESHOLDS as T } from '../core/data-profile/profile-thresholds.ts';
      const issue = { code: 'MISSING', message: { key: 'x' } };
      const level = share > 0.05 ? 'medium' : 'low';
      if (missing / rows >= T.missingWarnShare) out.push({ severity: level });
      if (count < rows * 0.5) skip();
      type S = IssueSeverity;`;
    const found = findJudging('judging.ts', judging).map((f) => f.replace(/^judging\.ts:\d+: /, ''));
    expect(found).toEqual([
      'reads a rule threshold (PROFILE_THRESHOLDS)',
      "writes an issue code 'MISSING'",
      'compares against the fraction 0.05',
      "a severity value 'medium'",
      "a severity value 'low'",
      'names a severity (severity)',
      'compares against the fraction 0.5',
      'names a severity (IssueSeverity)',
    ]);
  });
  it('leaves measuring alone', () => {
    const measuring = `
      const progress = (f: number) => report(0.25 + 0.25 * f);
      if (rows > limit && values.length <= sample.length * M.exactFrequencySampleShare) count();
      const q1 = quantile(0.25);
      const text = 'low-cardinality columns';`;
    expect(findJudging('measuring.ts', measuring)).toEqual([]);
  });
});

describe('src/profiler', () => {
  const dir = import.meta.dirname;
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
    .sort();

  it('is read whole (the file list is not empty by mistake)', () => {
    expect(files).toEqual(
      expect.arrayContaining(['analyse-columns.ts', 'profile-file.ts', 'analyse-time-series.ts']),
    );
    expect(files.length).toBeGreaterThanOrEqual(15);
  });
  it('measures only: no thresholds, severities, issue codes or share cut-offs', () => {
    const found = files.flatMap((f) => findJudging(f, readFileSync(join(dir, f), 'utf8')));
    expect(found).toEqual([]);
  });
});
