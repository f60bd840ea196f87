// Agent names on a page: themselves, or stable pseudonyms handed out in alphabetical order.
import { describe, it, expect } from 'vitest';
import { agentAlias, agentNames } from '../../../shared/report/agents';
import { audit, call, customer, data } from './fixtures';

const d = data({
  calls: [call('C1', '2026-11-03', { agent: 'Zhao' }), call('C1', '2026-11-04', { agent: 'Chen' })],
  qaAudits: [audit('Wang', '2026-11-03', 0), audit('Chen', '2026-11-04', 0)],
  customers: [customer('C1', { assignedAgent: 'Auntie Liu' })],
});

describe('agentAlias', () => {
  it('is the identity when not pseudonymising', () => {
    const alias = agentAlias(d, { pseudonymiseAgents: false });
    expect(alias('Zhao')).toBe('Zhao');
  });

  it('gives 客服 A, B, C in alphabetical order of the agents in calls and audits', () => {
    const alias = agentAlias(d, { pseudonymiseAgents: true });
    expect(['Chen', 'Wang', 'Zhao'].map(alias)).toEqual(['客服 A', '客服 B', '客服 C']);
  });

  it('names only seen as an assigned agent come after, so calls and audits keep their letters', () => {
    expect(agentNames(d)).toEqual(['Chen', 'Wang', 'Zhao', 'Auntie Liu']);
    expect(agentAlias(d, { pseudonymiseAgents: true })('Auntie Liu')).toBe('客服 D');
  });

  it('is stable whatever order the rows come in', () => {
    const shuffled = data({ calls: [...d.calls].reverse(), qaAudits: [...d.qaAudits].reverse(), customers: d.customers });
    const a = agentAlias(d, { pseudonymiseAgents: true });
    const b = agentAlias(shuffled, { pseudonymiseAgents: true });
    for (const name of ['Chen', 'Wang', 'Zhao', 'Auntie Liu']) expect(b(name)).toBe(a(name));
  });

  it('goes on AA, AB after Z, and hides a name it never saw', () => {
    const many = data({ calls: Array.from({ length: 28 }, (_, i) => call('C', '2026-11-01', { agent: `agent-${String(i).padStart(2, '0')}` })) });
    const alias = agentAlias(many, { pseudonymiseAgents: true });
    expect([alias('agent-00'), alias('agent-25'), alias('agent-26'), alias('agent-27')]).toEqual(['客服 A', '客服 Z', '客服 AA', '客服 AB']);
    expect(alias('Stranger')).toBe('客服 ?');
  });
});
