// The sample car-service desk (汽车售后): book, workshop, hand over; first after-sales call 3–7 days after 交车, the second 7–14 days after it.
import type { SampleBusiness } from './business';

export const carService: SampleBusiness = {
  type: 'car-service',
  // Servicing before the Spring Festival drive home and after the summer and National Day trips.
  monthDemand: [0, 1.3, 0.7, 0.9, 1, 1, 0.95, 1.05, 1.1, 1, 1.2, 1, 1.05],
  jobStages: [
    { stage: 'booked', after: [0, 0], reached: 1, visit: 0 },
    { stage: 'in-workshop', after: [1, 6], reached: 1, visit: 1 },
    { stage: 'handed-over', after: [0, 3], reached: 1, visit: 1 },
  ],
  packages: [
    [{ name: '常规保养（机油机滤）', price: 680, dress: false }, 30],
    [{ name: '大保养（三滤更换）', price: 1580, dress: false }, 20],
    [{ name: '刹车片更换', price: 1200, dress: false }, 12],
    [{ name: '轮胎更换（四条）', price: 3200, dress: false }, 8],
    [{ name: '钣金喷漆', price: 2600, dress: false }, 12],
    [{ name: '事故车维修', price: 9800, dress: false }, 6],
    [{ name: '空调系统检修', price: 850, dress: false }, 12],
  ],
  laterPackages: [
    [{ name: '年度保养套餐', price: 2980, dress: false }, 4],
    [{ name: '四轮定位', price: 380, dress: false }, 3],
  ],
  addOns: [['更换雨刮片', 180], ['空调滤芯', 160], ['全车打蜡', 380], ['玻璃水加注', 30], ['电瓶检测更换', 650]],
  smallPurchases: [['洗车美容', 120], ['补胎', 80], ['车载用品', 260], ['年检代办', 300]],
  stageOwners: {
    booked: ['沈佳', '潘悦'],
    'in-workshop': ['顾强', '邵刚', '孔磊'],
    'handed-over': ['钱明', '汤磊'],
  },
  backOffice: ['曹斌', '龚涛'],
  postServiceStages: ['handed-over'],
  // 000 "接車出廠…后三天至一周內": most on days 3–7, a few late (8–9 days).
  postServiceDelay: [[3, 22], [4, 24], [5, 18], [6, 14], [7, 10], [8, 6], [9, 6]],
  secondAfterStage: 'handed-over',
  categoryShares: [['repair-quality', 0.28], ['waiting-time', 0.22], ['service-attitude', 0.16], ['pricing', 0.14], ['parts', 0.12], ['other', 0.08]],
  complaintAnchor: {
    'repair-quality': { stage: 'handed-over', days: [1, 20] },
    'waiting-time': { stage: 'in-workshop', days: [1, 4] },
    pricing: { stage: 'handed-over', days: [0, 5] },
    parts: { stage: 'handed-over', days: [3, 30] },
    'service-attitude': { stage: 'in-workshop', days: [0, 3] },
  },
  slowCategory: 'repair-quality',
  invalidPreferred: ['pricing', 'other', 'waiting-time', 'service-attitude'],
  stories: {
    'repair-quality': [
      { content: '保养后发动机仍有异响', cause: '技师未按流程检查皮带', solution: '免费返修并检查全车', feedback: '返修后异响消失', department: 'front-desk', owner: 'in-workshop' },
      { content: '钣金喷漆有色差', cause: '调漆比例错误', solution: '重新喷漆并赠送打蜡', feedback: '对重喷满意', department: 'front-desk', owner: 'in-workshop' },
    ],
    'waiting-time': [
      { content: '约好当天交车，延误两天', cause: '配件到货延迟未及时告知', solution: '致歉并减免工时费', feedback: '接受减免', department: 'customer-service', owner: 'booked' },
    ],
    'service-attitude': [
      { content: '接车时服务顾问态度冷淡', cause: '高峰期接待不足', solution: '主管致歉，增加接待人员', feedback: '表示理解', department: 'customer-service', owner: 'handed-over' },
      { content: '电话咨询进度无人回复', cause: '客服未跟进维修进度', solution: '指定专人每日通报进度', feedback: '满意', department: 'customer-service', owner: 'agent' },
    ],
    pricing: [
      { content: '结算金额比报价高出三百元', cause: '增项未经客户确认', solution: '退还未确认项目费用', feedback: '已收到退款', department: 'front-desk', owner: 'handed-over' },
    ],
    parts: [
      { content: '更换的刹车片一个月就有异响', cause: '该批次配件质量问题', solution: '免费更换原厂配件', feedback: '更换后满意', department: 'front-desk', owner: 'in-workshop' },
    ],
    other: [
      { content: '车内座椅被弄脏', cause: '维修时未铺座椅套', solution: '免费内饰清洗', feedback: '接受', department: 'front-desk', owner: 'in-workshop' },
    ],
  },
  invalidStories: [
    { content: '要求保修期外免费维修', cause: '经核实已超出保修期', solution: '解释保修条款并给予工时优惠', feedback: '客户表示理解' },
    { content: '认为保养项目应全部免费', cause: '保养套餐已写明收费项目', solution: '解释套餐内容', feedback: '客户接受说明' },
  ],
  comments: {
    satisfied: ['技师很专业，问题一次解决', '交车准时，车也洗干净了', '服务顾问讲解很清楚', '价格透明，没有乱收费', '休息区很舒服'],
    neutral: ['等待时间有点长', '预约电话不太好打通', '配件要等两天', '价格比预期略高'],
    dissatisfied: ['修完问题还在', '交车一再推迟', '增项没有提前说', '服务顾问态度不好'],
  },
  careComments: {
    satisfied: ['谢谢提醒保养', '会按时来保养', '对会员服务很满意', '积分兑换很方便'],
    neutral: ['最近用车少，以后再说', '优惠力度一般'],
    dissatisfied: ['电话有点频繁，希望少打', '不需要推销'],
  },
  suggestions: ['希望提供代步车', '建议保养进度可以在线查询', '希望延长营业时间', '建议提前发送保养报价'],
  inboundTopics: ['预约保养时间', '询问维修进度', '咨询保养价格', '询问配件是否到货', '咨询保险理赔流程', '咨询会员积分兑换'],
  openQuestions: ['询问保修能否覆盖此项维修，需与厂家确认后答复', '询问配件到货日期，需查库存后答复', '询问事故车理赔进度，需与保险公司确认后答复'],
  redemptions: ['兑换免费洗车', '兑换机油滤芯', '兑换四轮定位', '兑换车载用品'],
  events: [['04-18', '春季免费检测日'], ['10-17', '秋季保养节']],
};
