// A small, clean Kefu workbook written by hand: served when data/sample is absent, and small enough to reason about row by row.
import type { Row, SheetName } from '../../shared/schema/types';
import { defaultSettings } from '../../shared/settings';

export function handMadeRows(): Record<SheetName, Row[]> {
  const lists = defaultSettings().lists;
  return {
    notes: [{ month: '2026-10', text: '十月婚礼旺季，人手紧张。' }],
    settings: [
      { key: 'complaint.firstResponseHours', name: '首次响应时限(小时)', value: '24' },
    ],
    customers: [
      { id: 'C001', name: '张三', phone: '13812345678', source: lists.sources[0]!.key, firstVisit: '2026-01-05', spendThisYear: 1234.5, visitsThisYear: 2, consent: true, birthday: '1990-02-28' },
      { id: 'C002', name: '李四', phone: '010-12345678', referrerId: 'C001', organisation: '=ACME 公司', consent: false },
      { id: 'C003', name: '王五', phone: '13900001111', address: '北京市朝阳区\n建国路 1 号', assignedAgent: '王芳' },
    ],
    calls: [
      { id: 'K001', customerId: 'C001', at: '2026-03-02T10:15:00', agent: '王芳', channel: 'phone', purpose: 'post-service', reached: 'reached', satisfaction: 'satisfied' },
      { id: 'K002', customerId: 'C002', at: '2026-03-02T16:40:30', agent: '王芳', channel: 'wechat', purpose: 'greeting', reached: 'no-answer' },
    ],
    complaints: [
      { id: 'T001', customerId: 'C001', receivedAt: '2026-03-03T09:00:00', channel: 'phone', category: lists.complaintCategories[0]!.key, content: '照片颜色偏暗', stage: 'judge', judgedAt: '2026-03-03T12:00:00', valid: true },
    ],
    qaAudits: [
      { id: 'Q001', date: '2026-03-02', agent: '王芳', sampled: 10, unqualified: 1, greeting: 1 },
    ],
    training: [
      { id: 'R001', cohort: '2026-03', trainee: '李雷', startDate: '2026-03-01', test: 'typing', date: '2026-03-03', score: 88 },
    ],
    points: [
      { id: 'P001', customerId: 'C001', date: '2026-03-02', kind: 'spend', points: 100 },
      { id: 'P002', customerId: 'C001', date: '2026-03-05', kind: 'redeem', points: -50 },
    ],
  };
}
