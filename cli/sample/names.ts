// Fictional people and places for the sample studio: customer names, staff, employers, Hangzhou addresses, phones.
import type { Random } from './random';

/** Common surnames, the most frequent first and weighted so. */
const SURNAMES = [...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何林高罗郑梁谢宋唐许韩冯邓曹彭曾肖田董潘袁蔡蒋余于杜叶程魏苏吕丁任沈姚卢钟姜崔谭陆范汪廖石金贾夏方邹熊孟秦邱侯江薛段雷史陶贺顾毛龚邵钱严戴孔汤'];
const FEMALE = [...'芳娜敏静丽艳娟霞秀玲桂英慧婷雪琳晶颖倩佳怡欣悦然璐瑶洁萍燕梦媛蕾薇雯琪菲露月婉诗涵'];
const MALE = [...'伟强磊军勇杰涛明超刚平辉鹏华飞鑫波宇浩凯健俊帆帅旭晨阳峰斌亮龙毅昊博文哲轩睿铭'];

/** A two- or three-character Chinese name; brides and grooms both book wedding shoots. */
export function personName(random: Random): string {
  const surnameIndex = Math.min(SURNAMES.length - 1, Math.floor(random.next() ** 1.6 * SURNAMES.length));
  const surname = SURNAMES[surnameIndex]!;
  const pool = random.chance(0.62) ? FEMALE : MALE;
  const given = random.chance(0.3) ? random.pick(pool) : random.pick(pool) + random.pick(pool);
  return surname + given;
}

/** The service desk: six agents who make the calls and the supervisor who audits them. */
export const AGENTS: readonly string[] = ['王芳', '李娜', '张晓敏', '刘洋', '陈静', '杨帆'];
export const SUPERVISOR = '周慧';
/** The agent whose customers are noticeably less satisfied and whose QA months go badly. */
export const WEAK_AGENT = AGENTS[3]!;

/** Who owns each photo-studio stage (the keys of the photo-studio stage list). */
export const STAGE_OWNERS: Readonly<Record<string, readonly string[]>> = {
  order: ['陈晓雯', '林佳琪'],
  'dress-selection': ['许曼', '蒋思思'],
  shoot: ['高翔', '韩东', '罗一鸣'],
  'photo-selection': ['唐静', '宋雨'],
  pickup: ['孙莉'],
};

/** Retouchers, responsible when delivery runs late. */
export const RETOUCHERS: readonly string[] = ['冯磊', '曹雪'];

export const TRAINEES: readonly (readonly string[])[] = [['马晓燕', '朱琳', '胡杰', '郭蕾'], ['何欣', '罗婷', '梁宇', '唐嘉']];

const MOBILE_PREFIXES = ['130', '131', '132', '133', '135', '136', '137', '138', '139', '150', '151', '152', '153', '155',
  '156', '157', '158', '159', '166', '173', '177', '180', '181', '182', '183', '185', '186', '187', '188', '189', '191', '199'];

function digits(random: Random, count: number): string {
  let out = '';
  for (let i = 0; i < count; i += 1) out += String(random.int(0, 9));
  return out;
}

export function mobilePhone(random: Random): string {
  return random.pick(MOBILE_PREFIXES) + digits(random, 8);
}

/** A Hangzhou landline, as a few older customers give. */
export function landline(random: Random): string {
  return `0571-8${digits(random, 7)}`;
}

export const ORGANISATIONS: readonly string[] = [
  '浙江大学', '杭州师范大学', '浙江工业大学', '浙江省人民医院', '杭州市第一人民医院', '浙大二院', '阿里巴巴', '网易杭州',
  '海康威视', '大华股份', '杭州银行', '中国银行杭州分行', '浙商银行', '中国移动浙江公司', '杭州地铁集团', '西湖区教育局',
  '国家税务总局杭州市税务局', '吉利汽车', '娃哈哈集团', '老板电器', '传化集团', '顺丰速运杭州分公司', '杭州第二中学',
  '国网杭州供电公司', '华数传媒', '浙江日报报业集团', '杭州萧山国际机场', '滨江区人民法院', '杭州市公安局上城分局',
  '浙江省建筑设计研究院', '恒生电子', '新华三', '杭州东方通信', '萧山区第三中学', '临平区人民医院', '西子联合', '个体经营',
];

const DISTRICTS: readonly (readonly [string, readonly string[]])[] = [
  ['西湖区', ['文三路', '文一西路', '古墩路', '天目山路', '学院路', '教工路']],
  ['上城区', ['庆春路', '解放路', '秋涛路', '江锦路', '望江路']],
  ['拱墅区', ['莫干山路', '德胜路', '湖墅南路', '上塘路', '延安路']],
  ['滨江区', ['江南大道', '滨盛路', '长河路', '西兴路', '春晓路']],
  ['萧山区', ['市心路', '金城路', '人民路', '通惠路']],
  ['余杭区', ['五常大道', '文一西路', '良睦路', '余杭塘路']],
  ['临平区', ['世纪大道', '星光街', '迎宾路']],
  ['钱塘区', ['学林街', '文泽路', '海达南路']],
];
const COMPOUNDS = ['翠苑一区', '金色海岸', '星洲花园', '九堡家苑', '东方郡', '锦绣江南', '南都花园', '嘉绿苑', '蓝色钱江',
  '绿城桂花城', '万科良渚文化村', '滨江金色蓝庭', '朝晖五区', '景芳三区', '采荷新村', '和家园', '府苑新村'];

export function address(random: Random): string {
  const [district, roads] = random.pick(DISTRICTS);
  if (random.chance(0.55)) {
    return `杭州市${district}${random.pick(COMPOUNDS)}${random.int(1, 32)}幢${random.int(1, 4)}单元${random.int(1, 28)}0${random.int(1, 4)}室`;
  }
  return `杭州市${district}${random.pick(roads)}${random.int(1, 699)}号`;
}
