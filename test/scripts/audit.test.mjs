import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {summarise} from '../../scripts/audit.mjs';

/** @param {Record<string, number>} counts */
const report = (counts) => JSON.stringify({metadata: {vulnerabilities: counts}});

describe('npm audit summary', () => {
  it('prints the counts, and fails on high or critical advisories in what ships only', () => {
    const clean = summarise('runtime', report({low: 1}), true);
    assert.equal(clean.line, 'runtime: 0 info, 1 low, 0 moderate, 0 high, 0 critical');
    assert.equal(clean.fails, false);
    assert.equal(summarise('runtime', report({critical: 1}), true).fails, true);
    assert.equal(summarise('runtime', report({high: 2}), true).fails, true);
    assert.equal(summarise('all', report({high: 2}), false).fails, false);
  });

  it('says plainly when no advisory service answered, rather than reporting none', () => {
    const unreachable = summarise('runtime', JSON.stringify({message: '405 Method Not Allowed'}), true);
    assert.match(unreachable.line, /could not be reached \(405 Method Not Allowed\), so there are no counts/);
    assert.equal(unreachable.fails, false);
    assert.match(summarise('runtime', '', true).line, /could not be reached \(no report\)/);
  });
});
