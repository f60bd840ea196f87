// Staff names on a page: themselves, or pseudonyms in an order only the key's holder can reproduce (issue 10, point 3).
import { createHmac } from 'node:crypto';
import { describe, it, expect } from 'vitest';
import { countedRows } from './counted-rows';
import { agentAlias, agentNames, agentOrder, traineeAliases } from '../../../shared/report/agents';
import { audit, call, customer, data, result } from './fixtures';

const calls = [call('C1', '2026-11-03', { agent: 'Zhao' }), call('C1', '2026-11-04', { agent: 'Chen' })];
const d = data({
  calls,
  qaAudits: [audit('Wang', '2026-11-03', 0), audit('Chen', '2026-11-04', 0), audit('Li', '2026-11-04', 0), audit('Sun', '2026-11-04', 0), audit('Zhou', '2026-11-04', 0)],
  customers: [customer('C1', { assignedAgent: 'Auntie Liu' })],
  training: [result('Amy', 'typing', '2026-11-02', 90, { mentor: 'Mentor Wu' })],
});
const names = ['Chen', 'Li', 'Sun', 'Wang', 'Zhao', 'Zhou', 'Auntie Liu', 'Mentor Wu'];

/** The expected permutation, computed independently with Node's HMAC: names ranked by HMAC-SHA-256(key, "agent\0" + name). */
const byNodeHmac = (key: string, list: readonly string[], purpose = 'agent') =>
  [...list].sort((a, b) => {
    const ha = createHmac('sha256', key).update(`${purpose}\u0000${a}`).digest('hex');
    const hb = createHmac('sha256', key).update(`${purpose}\u0000${b}`).digest('hex');
    return ha < hb ? -1 : ha > hb ? 1 : 0;
  });

const LETTERS = 'ABCDEFGH';

describe('agentAlias', () => {
  it('is the identity when not pseudonymising', () => {
    const alias = agentAlias(d, { pseudonymiseAgents: false });
    expect(alias('Zhao')).toBe('Zhao');
  });

  it('every agent, assigned-only name and mentor is in the pool', () => {
    expect(agentNames(d)).toEqual(['Chen', 'Li', 'Sun', 'Wang', 'Zhao', 'Zhou', 'Auntie Liu', 'Mentor Wu']);
  });

  it('the pool is read from the calls once per data: the plain order and the keyed one both ask for it (issue 13)', () => {
    const { rows: counted, reads } = countedRows(calls);
    const fresh = { ...d, calls: counted };
    const sorted = [...names].sort(agentOrder(fresh));
    const keyed = names.map(agentAlias(fresh, { pseudonymiseAgents: true, pseudonymKey: 'k' }));
    expect({ sorted, keyed: new Set(keyed).size, poolAgain: agentNames(fresh), reads: reads() }).toEqual({ sorted: names, keyed: names.length, poolAgain: names, reads: calls.length });
  });

  it.each(['k1', 'another secret'])('hands out letters in the keyed order of HMAC-SHA-256 under key "%s"', (key) => {
    const alias = agentAlias(d, { pseudonymiseAgents: true, pseudonymKey: key });
    const expected = Object.fromEntries(byNodeHmac(key, names).map((name, i) => [name, `客服 ${LETTERS[i]}`]));
    expect(Object.fromEntries(names.map((n) => [n, alias(n)]))).toEqual(expected);
  });

  it('is not the sorted order, and another key gives another mapping (8 names: the sorted order would be 1 in 40320)', () => {
    const one = agentAlias(d, { pseudonymiseAgents: true, pseudonymKey: 'k1' });
    const two = agentAlias(d, { pseudonymiseAgents: true, pseudonymKey: 'k2' });
    expect(names.map(one)).not.toEqual(names.map((_, i) => `客服 ${LETTERS[i]}`));
    expect(names.map(one)).not.toEqual(names.map(two));
  });

  it('is stable whatever order the rows come in', () => {
    const shuffled = data({ calls: [...calls].reverse(), qaAudits: [...d.qaAudits].reverse(), customers: d.customers, training: d.training });
    const a = agentAlias(d, { pseudonymiseAgents: true, pseudonymKey: 'k' });
    const b = agentAlias(shuffled, { pseudonymiseAgents: true, pseudonymKey: 'k' });
    for (const name of names) expect(b(name)).toBe(a(name));
  });

  it('lists pseudonymised agents in letter order, so the row order does not give the sorted names away', () => {
    const options = { pseudonymiseAgents: true, pseudonymKey: 'k1' };
    const alias = agentAlias(d, options);
    expect([...names].sort(agentOrder(d, options)).map(alias)).toEqual(names.map((_, i) => `客服 ${LETTERS[i]}`));
  });

  it('goes on AA, AB after Z, and hides a name it never saw', () => {
    const agents = Array.from({ length: 28 }, (_, i) => `agent-${String(i).padStart(2, '0')}`);
    const many = data({ calls: agents.map((agent) => call('C', '2026-11-01', { agent })) });
    const alias = agentAlias(many, { pseudonymiseAgents: true, pseudonymKey: 'k' });
    const all = agents.map(alias);
    expect(new Set(all).size).toBe(28);
    expect(all).toEqual(expect.arrayContaining(['客服 A', '客服 Z', '客服 AA', '客服 AB']));
    expect(alias('Stranger')).toBe('客服 ?');
  });
});

describe('traineeAliases', () => {
  it('numbers a cohort 学员 1, 2, 3 in the keyed order of HMAC-SHA-256(key, "trainee\\0" + name)', () => {
    const trainees = ['Amy', 'Bo', 'Cai'];
    const expected = new Map(byNodeHmac('k1', trainees, 'trainee').map((name, i) => [name, `学员 ${i + 1}`]));
    expect(traineeAliases(trainees, 'k1')).toEqual(expected);
  });
});
