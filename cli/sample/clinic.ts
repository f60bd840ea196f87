// The sample clinic's service centre (诊所): booking, consultation, treatment, review; a call within 3 days after treatment and review.
import type { SampleBusiness } from './business';

export const clinic: SampleBusiness = {
  type: 'clinic',
  // Students in the summer and winter holidays; quiet around Spring Festival.
  monthDemand: [0, 1.15, 0.7, 0.95, 1, 1, 1, 1.35, 1.4, 0.95, 0.9, 0.95, 1],
  jobStages: [
    { stage: 'booked', after: [0, 0], reached: 1, visit: 0 },
    { stage: 'consultation', after: [1, 5], reached: 1, visit: 1 },
    { stage: 'treatment', after: [0, 7], reached: 0.85, visit: 1 },
    { stage: 'review', after: [7, 21], reached: 0.6, visit: 1 },
  ],
  packages: [
    [{ name: '口腔检查洁牙', price: 380, dress: false }, 30],
    [{ name: '补牙', price: 600, dress: false }, 20],
    [{ name: '根管治疗', price: 2800, dress: false }, 12],
    [{ name: '种植牙', price: 12800, dress: false }, 6],
    [{ name: '牙齿矫正', price: 22000, dress: false }, 4],
    [{ name: '儿童涂氟', price: 260, dress: false }, 14],
    [{ name: '牙齿美白', price: 1980, dress: false }, 10],
  ],
  laterPackages: [
    [{ name: '年度口腔体检', price: 580, dress: false }, 4],
    [{ name: '复查洁牙', price: 380, dress: false }, 4],
  ],
  addOns: [['拍全景片', 200], ['抛光', 150], ['护齿套', 480], ['漱口水', 60]],
  smallPurchases: [['电动牙刷', 399], ['牙线冲牙器', 299], ['洁牙卡', 300]],
  stageOwners: {
    booked: ['沈佳', '潘悦'],
    consultation: ['顾医生', '邵医生'],
    treatment: ['顾医生', '邵医生', '孔医生'],
    review: ['孔医生'],
  },
  backOffice: ['曹护士', '龚护士'],
  postServiceStages: ['treatment', 'review'],
  // 001 "三天之内完成回访": most within 0–3 days, a few late.
  postServiceDelay: [[0, 10], [1, 38], [2, 26], [3, 14], [4, 5], [5, 4], [6, 3]],
  secondAfterStage: 'review',
  categoryShares: [['waiting-time', 0.28], ['treatment-outcome', 0.24], ['service-attitude', 0.18], ['pricing', 0.14], ['hygiene', 0.08], ['other', 0.08]],
  complaintAnchor: {
    'waiting-time': { stage: 'consultation', days: [0, 2] },
    'treatment-outcome': { stage: 'treatment', days: [2, 25] },
    'service-attitude': { stage: 'consultation', days: [0, 3] },
    pricing: { stage: 'treatment', days: [0, 5] },
    hygiene: { stage: 'treatment', days: [0, 2] },
  },
  slowCategory: 'treatment-outcome',
  invalidPreferred: ['pricing', 'other', 'waiting-time', 'treatment-outcome'],
  stories: {
    'waiting-time': [
      { content: '预约上午十点，等了一个半小时', cause: '前一位患者治疗超时未调整排班', solution: '致歉并赠送洁牙一次', feedback: '接受', department: 'customer-service', owner: 'booked' },
    ],
    'treatment-outcome': [
      { content: '补牙后一周仍然疼痛', cause: '充填物高点未调磨', solution: '免费复诊调磨', feedback: '调磨后不再疼痛', department: 'front-desk', owner: 'treatment' },
      { content: '洁牙后牙龈出血', cause: '术后说明不足', solution: '医生电话讲解并安排复查', feedback: '复查后满意', department: 'front-desk', owner: 'treatment' },
    ],
    'service-attitude': [
      { content: '前台接待不耐烦', cause: '高峰期情绪管理不当', solution: '主管致歉，前台重新培训', feedback: '表示理解', department: 'customer-service', owner: 'booked' },
      { content: '电话咨询时客服说不清费用', cause: '客服对收费项目不熟悉', solution: '整理收费说明并回电解释', feedback: '满意', department: 'customer-service', owner: 'agent' },
    ],
    pricing: [
      { content: '结算时多收了拍片费用', cause: '收费系统重复计费', solution: '退还多收费用', feedback: '已收到退款', department: 'front-desk', owner: 'treatment' },
    ],
    hygiene: [
      { content: '诊室地面有水渍', cause: '保洁巡查间隔过长', solution: '增加巡查频次', feedback: '表示理解', department: 'front-desk', owner: 'treatment' },
    ],
    other: [
      { content: '复诊提醒短信日期错误', cause: '短信模板日期错误', solution: '致歉并重新预约', feedback: '接受', department: 'customer-service', owner: 'agent' },
    ],
  },
  invalidStories: [
    { content: '要求种植牙终身免费维护', cause: '合同已注明质保期限', solution: '解释质保条款', feedback: '客户表示理解' },
    { content: '认为医保应覆盖美白费用', cause: '美白项目不在医保范围', solution: '说明医保政策', feedback: '客户接受说明' },
  ],
  comments: {
    satisfied: ['医生很耐心，讲解清楚', '治疗基本不疼', '环境干净整洁', '预约准时，没怎么等', '护士很细心'],
    neutral: ['等候时间有点长', '停车不太方便', '价格比预期略高', '预约要等一周'],
    dissatisfied: ['治疗后还是不舒服', '等了一个多小时', '收费说明不清楚', '前台态度不好'],
  },
  careComments: {
    satisfied: ['谢谢提醒复查', '会按时来复诊', '对会员服务很满意'],
    neutral: ['最近比较忙，以后再说', '暂时不需要'],
    dissatisfied: ['电话有点频繁，希望少打', '不需要推销'],
  },
  suggestions: ['希望周末也能预约', '建议提供在线缴费', '希望候诊区有叫号屏', '建议治疗前说明全部费用'],
  inboundTopics: ['预约就诊时间', '咨询治疗费用', '询问复诊时间', '咨询医保报销', '咨询会员积分兑换'],
  openQuestions: ['询问能否医保报销，需与财务确认后答复', '询问种植牙排期，需医生确认后答复', '询问术后用药，需医生确认后答复'],
  redemptions: ['兑换洁牙一次', '兑换电动牙刷', '兑换口腔检查'],
  events: [['03-20', '爱牙义诊日'], ['09-20', '全国爱牙日义诊']],
};
