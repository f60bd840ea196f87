// The sample online shop (网店): order, ship, deliver, sometimes after-sales; a call within 3 days of delivery and of an after-sales case.
import type { SampleBusiness } from './business';

export const onlineShop: SampleBusiness = {
  type: 'online-shop',
  // 618 in June and 双十一 in November; slow after Spring Festival.
  monthDemand: [0, 0.9, 0.6, 0.9, 0.95, 1, 1.6, 0.9, 0.85, 1, 1.05, 1.9, 1.2],
  // An order is the customer's "visit"; parcels are not.
  jobStages: [
    { stage: 'ordered', after: [0, 0], reached: 1, visit: 1 },
    { stage: 'shipped', after: [0, 2], reached: 1, visit: 0 },
    { stage: 'delivered', after: [1, 4], reached: 1, visit: 0 },
    { stage: 'after-sales', after: [2, 15], reached: 0.2, visit: 0 },
  ],
  packages: [
    [{ name: '真丝连衣裙', price: 899, dress: false }, 20],
    [{ name: '羊绒大衣', price: 2680, dress: false }, 10],
    [{ name: '纯棉四件套', price: 499, dress: false }, 24],
    [{ name: '羽绒被', price: 1280, dress: false }, 14],
    [{ name: '茶具礼盒', price: 368, dress: false }, 18],
    [{ name: '真皮手袋', price: 3980, dress: false }, 6],
  ],
  laterPackages: [
    [{ name: '节日礼盒', price: 598, dress: false }, 4],
    [{ name: '换季新品', price: 799, dress: false }, 4],
  ],
  addOns: [['礼品包装', 20], ['运费险', 5], ['加购丝巾', 199], ['加购枕套', 89]],
  smallPurchases: [['袜子三双装', 59], ['收纳盒', 89], ['香薰蜡烛', 129]],
  stageOwners: {
    ordered: ['沈佳', '潘悦'],
    shipped: ['钱明', '汤磊'],
    delivered: ['钱明'],
    'after-sales': ['顾晴', '邵雨'],
  },
  backOffice: ['曹斌', '龚涛'],
  postServiceStages: ['delivered', 'after-sales'],
  // 001 "三天之内完成回访": most within 0–3 days of delivery, a few late.
  postServiceDelay: [[0, 8], [1, 36], [2, 28], [3, 14], [4, 6], [5, 4], [6, 4]],
  secondAfterStage: 'after-sales',
  categoryShares: [['delivery', 0.3], ['product-quality', 0.26], ['returns', 0.16], ['service-attitude', 0.12], ['pricing', 0.1], ['other', 0.06]],
  complaintAnchor: {
    delivery: { stage: 'shipped', days: [2, 6] },
    'product-quality': { stage: 'delivered', days: [0, 10] },
    returns: { stage: 'delivered', days: [3, 14] },
    'service-attitude': { stage: 'ordered', days: [0, 5] },
    pricing: { stage: 'ordered', days: [1, 10] },
  },
  slowCategory: 'returns',
  invalidPreferred: ['pricing', 'other', 'returns', 'product-quality'],
  stories: {
    delivery: [
      { content: '下单一周仍未收到货', cause: '快递中转延误未及时通知', solution: '补发并赠送优惠券', feedback: '收到货，接受补偿', department: 'front-desk', owner: 'shipped' },
      { content: '包裹外箱破损', cause: '打包缓冲材料不足', solution: '补寄破损商品', feedback: '满意', department: 'front-desk', owner: 'shipped' },
    ],
    'product-quality': [
      { content: '连衣裙洗一次就起球', cause: '该批次面料质量问题', solution: '全额退款并召回该批次', feedback: '已退款', department: 'front-desk', owner: 'after-sales' },
      { content: '收到的颜色与图片差别大', cause: '商品图片调色偏差', solution: '免费退换并更新图片', feedback: '接受', department: 'front-desk', owner: 'ordered' },
    ],
    returns: [
      { content: '退货寄回十天仍未退款', cause: '仓库签收后未及时登记', solution: '加急退款并补偿运费', feedback: '已收到退款', department: 'front-desk', owner: 'after-sales' },
    ],
    'service-attitude': [
      { content: '在线客服回复敷衍', cause: '客服高峰期套用模板回复', solution: '主管致歉，客服重新培训', feedback: '表示理解', department: 'customer-service', owner: 'agent' },
    ],
    pricing: [
      { content: '下单后第二天降价，要求退差价', cause: '价保规则未在页面写明', solution: '按价保退还差价', feedback: '满意', department: 'front-desk', owner: 'ordered' },
    ],
    other: [
      { content: '发票开错抬头', cause: '开票时未核对信息', solution: '重开发票并快递寄出', feedback: '接受', department: 'customer-service', owner: 'agent' },
    ],
  },
  invalidStories: [
    { content: '穿过洗过后要求七天无理由退货', cause: '商品已影响二次销售', solution: '解释退货规则并提供折扣券', feedback: '客户表示理解' },
    { content: '要求赔偿快递延误的误工费', cause: '延误在承诺时效内', solution: '说明发货时效', feedback: '客户接受说明' },
  ],
  comments: {
    satisfied: ['质量很好，和图片一样', '发货很快', '包装很用心', '客服回复及时', '会回购'],
    neutral: ['物流有点慢', '尺码偏小', '颜色和图片略有差别', '价格略高'],
    dissatisfied: ['质量一般，洗后变形', '退款太慢', '客服回复敷衍', '包裹破损'],
  },
  careComments: {
    satisfied: ['谢谢祝福', '会关注新品', '积分兑换很方便'],
    neutral: ['最近不缺东西', '优惠力度一般'],
    dissatisfied: ['电话有点频繁，希望少打', '不需要推销'],
  },
  suggestions: ['希望增加尺码', '建议提供顺丰发货', '希望退款更快', '建议详情页标明面料成分'],
  inboundTopics: ['询问发货时间', '咨询尺码', '询问退换货流程', '查询物流', '咨询会员积分兑换'],
  openQuestions: ['询问能否指定到货日期，需与仓库确认后答复', '询问能否开具专用发票，需财务确认后答复'],
  redemptions: ['兑换优惠券', '兑换包邮卡', '兑换小礼品'],
  events: [['06-18', '618 会员日'], ['11-11', '双十一会员专场']],
};
