// The words of the sample: packages, customer comments and suggestions, complaint stories, ledger notes.

export interface Package {
  name: string;
  price: number;
  /** Wedding packages include choosing gowns; family and anniversary ones do not. */
  dress: boolean;
}

/** Wedding packages, weighted so most orders land between ¥5,000 and ¥12,000. */
export const WEDDING_PACKAGES: readonly (readonly [Package, number])[] = [
  [{ name: '经典婚纱照套系', price: 3999, dress: true }, 8],
  [{ name: '简约韩式套系', price: 5680, dress: true }, 18],
  [{ name: '森系内外景套系', price: 6880, dress: true }, 20],
  [{ name: '轻奢主题套系', price: 8880, dress: true }, 18],
  [{ name: '三亚海景旅拍套系', price: 11800, dress: true }, 14],
  [{ name: '城堡主题套系', price: 15800, dress: true }, 6],
  [{ name: '尊享全包套系', price: 19800, dress: true }, 4],
  [{ name: '巴厘岛海外旅拍套系', price: 26800, dress: true }, 2],
];

/** What a returning couple books a year or more later. */
export const LATER_PACKAGES: readonly (readonly [Package, number])[] = [
  [{ name: '结婚周年纪念照', price: 2980, dress: true }, 4],
  [{ name: '孕妈写真', price: 2580, dress: true }, 3],
  [{ name: '全家福', price: 1680, dress: false }, 3],
  [{ name: '宝宝百天照', price: 1980, dress: false }, 3],
];

/** Bought at photo selection, the classic upsell. */
export const ADD_ONS: readonly (readonly [string, number])[] = [
  ['加选精修20张', 1200], ['升级水晶相册', 1600], ['加放大框画', 880], ['加选全部底片', 2000], ['加拍一组外景', 1500], ['加购摆台', 600],
];

export const SMALL_PURCHASES: readonly (readonly [string, number])[] = [
  ['照片加印', 300], ['相框摆台', 680], ['相册加册', 1200], ['证件照', 150], ['底片拷贝', 500], ['情侣写真', 1800],
];

export const COMMENTS = {
  satisfied: ['摄影师很专业，拍得很自然', '化妆师很耐心，妆容很满意', '选片顾问没有强行推销，很舒服', '服务很周到，朋友都说照片好看',
    '礼服选择多，款式新', '外景地选得好，出片效果超出预期', '客服提醒很及时', '修图自然不假', '相册做工精致', '整体很满意，会推荐给朋友'],
  neutral: ['拍摄当天等待时间有点长', '礼服款式偏少，尺码不全', '选片时间有点赶', '修图效果还行，个别照片肤色偏黄', '停车不太方便',
    '价格比预期略高', '外景人太多，拍得有点仓促'],
  dissatisfied: ['选片时推销太多，体验不好', '修图效果和预期差距大', '取件时间一再推迟', '化妆师迟到了半小时', '客服电话经常打不通',
    '加钱项目事先没说清楚'],
} as const;

/** What members say on greeting, renewal and event calls. */
export const CARE_COMMENTS = {
  satisfied: ['谢谢祝福', '对会员服务很满意', '明年考虑拍周年照', '想了解全家福套餐', '积分兑换很方便', '会带朋友来看看'],
  neutral: ['最近比较忙，以后再说', '优惠力度一般', '暂时没有拍摄打算'],
  dissatisfied: ['电话有点频繁，希望少打', '不需要推销'],
} as const;

export const SUGGESTIONS: readonly string[] = ['希望增加外景地点', '建议选片可以线上进行', '希望提供停车优惠', '建议提前发拍摄流程',
  '希望增加男士礼服款式', '建议取件前电话确认', '希望修图进度能在线查询', '建议套餐价格更透明'];

export const INBOUND_TOPICS: readonly string[] = ['咨询拍摄档期', '询问选片时间安排', '询问修图进度', '咨询加选相册价格',
  '询问取件时间', '咨询礼服能否提前试穿', '询问外景地天气改期', '咨询底片拷贝方式', '咨询会员积分兑换'];

export const OPEN_QUESTIONS: readonly string[] = ['询问能否更换外景地点，需与摄影部确认后答复', '询问相册能否换材质，需确认后答复',
  '询问能否延期拍摄，需查档期后答复', '询问底片能否全部拷贝，需主管确认后答复'];

export interface ComplaintStory {
  content: string;
  cause: string;
  solution: string;
  feedback: string;
  /** The responsible department's key and whose work it was: a stage key, 'retoucher' or 'agent'. */
  department?: string;
  owner?: string;
}

/** Per complaint category key: what customers say and how the studio closed it. */
export const COMPLAINT_STORIES: Readonly<Record<string, readonly ComplaintStory[]>> = {
  'late-delivery': [
    { content: '约定30天取件，已过40天仍未收到相册', cause: '旺季后期积压，修图排期延误', solution: '加急制作并赠送摆台一个', feedback: '收到相册，对补偿表示接受', department: 'post-production', owner: 'retoucher' },
    { content: '精修照片多次催促仍未发送', cause: '修图师请假未交接', solution: '指定专人三日内完成精修', feedback: '已收到精修，基本满意', department: 'post-production', owner: 'retoucher' },
    { content: '相册印刷返工导致取件延期两周', cause: '印厂色差返工', solution: '免费升级相册材质', feedback: '对升级满意', department: 'post-production', owner: 'retoucher' },
  ],
  'photo-quality': [
    { content: '部分照片对焦不准，面部模糊', cause: '摄影师外景光线判断失误', solution: '免费补拍一组外景', feedback: '补拍效果满意', department: 'photography', owner: 'shoot' },
    { content: '修图过度，脸型失真', cause: '修图未按客户要求的自然风格', solution: '按要求重新精修', feedback: '重修后满意', department: 'post-production', owner: 'retoucher' },
    { content: '照片整体偏暗，色调与样片不符', cause: '调色参数设置错误', solution: '重新调色并加送5张精修', feedback: '认可处理结果', department: 'post-production', owner: 'retoucher' },
  ],
  'service-attitude': [
    { content: '选片时被反复推销加选，态度强硬', cause: '选片顾问销售方式不当', solution: '当面致歉，取消加选项目', feedback: '接受道歉', department: 'front-desk', owner: 'photo-selection' },
    { content: '电话咨询时客服不耐烦', cause: '客服高峰期情绪管理不当', solution: '主管回电致歉，客服重新培训', feedback: '表示理解', department: 'customer-service', owner: 'agent' },
  ],
  'dress-and-make-up': [
    { content: '礼服有污渍，拍摄时才发现', cause: '礼服清洗检查漏项', solution: '赠送一套礼服加拍', feedback: '对补偿满意', department: 'front-desk', owner: 'dress-selection' },
    { content: '化妆师迟到，妆面不服帖', cause: '化妆师排班冲突', solution: '退还化妆加项费用', feedback: '接受退款', department: 'front-desk', owner: 'dress-selection' },
  ],
  pricing: [
    { content: '加选精修价格与门市报价不一致', cause: '价目表未及时更新', solution: '按门市报价退还差价', feedback: '已收到退款', department: 'front-desk', owner: 'order' },
    { content: '外景车费未在合同中写明', cause: '合同条款说明不清', solution: '免除车费并修订合同模板', feedback: '满意', department: 'front-desk', owner: 'order' },
  ],
  other: [
    { content: '停车场收费且未提前告知', cause: '门店告知流程缺失', solution: '报销停车费，前台增加提示', feedback: '表示理解', department: 'front-desk', owner: 'pickup' },
    { content: '预约短信时间错误导致白跑一趟', cause: '短信模板日期错误', solution: '致歉并赠送照片加印', feedback: '接受', department: 'customer-service', owner: 'agent' },
  ],
};

export const INVALID_COMPLAINTS: readonly ComplaintStory[] = [
  { content: '要求退还已拍摄套系全款', cause: '经核实合同已注明拍摄后不退款', solution: '耐心解释合同条款', feedback: '客户表示理解' },
  { content: '认为底片应全部免费赠送', cause: '套系说明已写明赠送精修数量', solution: '解释套系内容并提供加选优惠', feedback: '客户接受说明' },
  { content: '投诉外景当天下雨未能拍摄', cause: '天气原因，已按约定免费改期', solution: '说明改期政策', feedback: '客户表示理解' },
];

export const REDEMPTIONS: readonly string[] = ['兑换相框摆台', '兑换精修加片10张', '兑换水晶相册升级', '兑换全家福拍摄', '兑换照片加印'];
