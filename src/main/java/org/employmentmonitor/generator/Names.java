package org.employmentmonitor.generator;

import java.util.SplittableRandom;

/** Chinese person names, employer names and market-entity names. */
final class Names {
  private static final String SURNAMES =
      "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程魏苏吕丁任沈姚卢"
          + "姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤";
  private static final String GIVEN =
      "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红建国文辉力明永健世广志义兴良海山仁波宁贵福生"
          + "龙元全国胜学祥才发武新利清飞彬富顺信子杰涛昌成康星光天达安岩中茂进林有坚和彪博诚先敬震振壮会思群豪心邦承乐"
          + "绍功松善厚庆磊民友裕河哲江超浩亮政谦亨奇固之轮翰朗伯宏言若鸣朋斌梁栋维启克伦翔旭鹏泽晨辰士以建家致树炎德行"
          + "时泰盛雄琛钧冠策腾楠榕风航弘婷雪琳晶妍茜秋珊莎锦黛青倩婷姣婉娴瑾颖露瑶怡婵雁蓓纨仪荷丹蓉眉君琴蕊薇菁梦岚苑婕";
  private static final String[] BRANDS = {
    "永兴", "渝西", "金山", "宏达", "恒通", "鑫源", "华瑞", "长城", "双竹", "茶山", "卫星湖", "凤凰", "兴龙", "万盛", "泰丰",
    "昌盛", "锦程", "汇丰", "德润", "天宇", "众诚", "新城", "聚鑫", "瑞丰", "中科", "博海", "安达", "嘉禾", "金龙", "永荣",
    "临江", "松溉", "宝峰", "红炉", "朱沱", "来苏", "仙龙", "吉安", "五间", "何埂", "青峰", "板桥", "三教", "隆盛", "明珠"
  };
  private static final String[] TRADES = {
    "农业开发", "矿业", "机械制造", "电力", "建筑工程", "商贸", "物流", "餐饮管理", "信息技术", "融资担保", "置业", "人力资源", "科技",
    "环境工程", "公共管理", "教育咨询", "医院", "文化传媒", "家政服务", "社会服务"
  };
  private static final String[] MANUFACTURING = {
    "精密机械", "汽车零部件", "电子科技", "智能装备", "新材料", "食品", "纺织", "建材", "数控机床", "包装", "铸造", "电器"
  };
  private static final String[] SHOPS = {
    "小吃店", "五金店", "超市", "理发店", "便利店", "茶馆", "农家乐", "服装店", "建材店", "汽修店"
  };
  private static final String[] COOPS = {"种植", "养殖", "茶叶", "果蔬", "花卉苗木", "生猪养殖", "水产养殖"};

  private Names() {}

  static String person(SplittableRandom r) {
    StringBuilder sb = new StringBuilder(3);
    sb.append(SURNAMES.charAt(r.nextInt(SURNAMES.length())));
    sb.append(GIVEN.charAt(r.nextInt(GIVEN.length())));
    if (r.nextDouble() < 0.7) {
      sb.append(GIVEN.charAt(r.nextInt(GIVEN.length())));
    }
    return sb.toString();
  }

  static String employer(SplittableRandom r, char industry, Vocabulary.Size size) {
    String trade =
        industry == 'C'
            ? Rng.pick(r, MANUFACTURING)
            : TRADES[Vocabulary.INDUSTRIES.indexOf(industry)];
    String place = r.nextDouble() < 0.7 ? "重庆永川" : "重庆";
    String suffix =
        size == Vocabulary.Size.LARGE && r.nextBoolean()
            ? "股份有限公司"
            : r.nextDouble() < 0.8 ? "有限公司" : "有限责任公司";
    return place + Rng.pick(r, BRANDS) + trade + suffix;
  }

  static String entity(SplittableRandom r, Vocabulary.EntityType type, int town) {
    String brand = Rng.pick(r, BRANDS);
    return switch (type) {
      case ENTERPRISE -> "重庆永川" + brand + TRADES[r.nextInt(TRADES.length)] + "有限公司";
      case INDIVIDUAL -> "永川区" + Towns.NAME[town] + brand + Rng.pick(r, SHOPS);
      case COOPERATIVE -> "重庆市永川区" + brand + Rng.pick(r, COOPS) + "专业合作社";
    };
  }
}
