//! Reference data for a fresh installation, and a coherent demo city (issue 3).
//!
//! [`seed_reference`] loads what any installation needs before its first ticket: the 2026
//! mainland China business calendar, the default SLA policy, departments, categories and the
//! routing catalogue. [`seed_demo`] adds one account per role and a few hundred historical
//! tickets, created through the same store functions the API uses ([`tickets::file`] and
//! [`tickets::act`]), so their events, hash chain, deadlines and outbox rows are real. The demo is
//! deterministic: the same seed and the same `now` give the same city.

use crate::Store;
use crate::accounts::{self, NewUser};
use crate::chain::db_instant;
use crate::entity::{
    business_calendar, calendar_day, category, department, extension_request, outbox, routing_rule,
    sla_policy, ticket, user,
};
use crate::error::{StoreError, StoreResult};
use crate::principal::Principal;
use crate::tickets::{self, Command, NewTicket, OnBehalfOf};
use chrono::{DateTime, Datelike, Duration, NaiveDate, NaiveDateTime, TimeZone, Timelike, Utc};
use minsheng_domain::calendar::BusinessCalendar;
use minsheng_domain::escalation::EscalationConfig;
use minsheng_domain::input::{
    Address, Description, Email, GeoPoint, Message, PersonName, Phone, Reason, Title,
};
use minsheng_domain::sla::SlaPolicy;
use minsheng_domain::{Channel, Kind, Locale, Priority, Role, Satisfaction, State};
use rand::rngs::StdRng;
use rand::seq::IndexedRandom;
use rand::{Rng, SeedableRng};
use sea_orm::sea_query::Expr;
use sea_orm::{ActiveValue::Set, ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter};
use std::cmp::Reverse;
use std::collections::{BinaryHeap, HashMap, VecDeque};
use uuid::Uuid;

/// What [`seed_demo`] created.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SeedReport {
    pub departments: usize,
    pub categories: usize,
    pub users: usize,
    pub tickets: usize,
}

/// `true` while the database has neither departments nor users: a fresh installation.
pub async fn is_empty(store: &Store) -> StoreResult<bool> {
    let db = store.connection();
    let departments = department::Entity::find().count(db).await?;
    let users = user::Entity::find().count(db).await?;
    Ok(departments == 0 && users == 0)
}

// ---- reference data ------------------------------------------------------------------------

/// One department of the demo city. `parent` names a district over its street offices.
struct DeptSpec {
    code: &'static str,
    name_zh: &'static str,
    name_en: &'static str,
    parent: Option<&'static str>,
    /// The district this department governs, for district governments and street offices.
    district: Option<&'static str>,
}

const URBAN: &str = "urban-management";

const DEPARTMENTS: &[DeptSpec] = &[
    DeptSpec {
        code: URBAN,
        name_zh: "市城市管理局",
        name_en: "Municipal Urban Management Bureau",
        parent: None,
        district: None,
    },
    DeptSpec {
        code: "transport",
        name_zh: "市交通运输局",
        name_en: "Municipal Transport Bureau",
        parent: None,
        district: None,
    },
    DeptSpec {
        code: "ecology-environment",
        name_zh: "市生态环境局",
        name_en: "Municipal Ecology and Environment Bureau",
        parent: None,
        district: None,
    },
    DeptSpec {
        code: "housing",
        name_zh: "市住房和城乡建设局",
        name_en: "Municipal Housing and Urban-Rural Development Bureau",
        parent: None,
        district: None,
    },
    DeptSpec {
        code: "market-regulation",
        name_zh: "市市场监督管理局",
        name_en: "Municipal Market Regulation Administration",
        parent: None,
        district: None,
    },
    DeptSpec {
        code: "human-resources",
        name_zh: "市人力资源和社会保障局",
        name_en: "Municipal Human Resources and Social Security Bureau",
        parent: None,
        district: None,
    },
    DeptSpec {
        code: "education",
        name_zh: "市教育局",
        name_en: "Municipal Education Bureau",
        parent: None,
        district: None,
    },
    DeptSpec {
        code: "health",
        name_zh: "市卫生健康委员会",
        name_en: "Municipal Health Commission",
        parent: None,
        district: None,
    },
    DeptSpec {
        code: "water",
        name_zh: "市水务局",
        name_en: "Municipal Water Authority",
        parent: None,
        district: None,
    },
    DeptSpec {
        code: "chaoyang",
        name_zh: "朝阳区人民政府",
        name_en: "Chaoyang District Government",
        parent: None,
        district: Some("朝阳区"),
    },
    DeptSpec {
        code: "chaoyang-jianwai",
        name_zh: "朝阳区建外街道办事处",
        name_en: "Jianwai Subdistrict Office, Chaoyang",
        parent: Some("chaoyang"),
        district: Some("朝阳区"),
    },
    DeptSpec {
        code: "chaoyang-wangjing",
        name_zh: "朝阳区望京街道办事处",
        name_en: "Wangjing Subdistrict Office, Chaoyang",
        parent: Some("chaoyang"),
        district: Some("朝阳区"),
    },
    DeptSpec {
        code: "haidian",
        name_zh: "海淀区人民政府",
        name_en: "Haidian District Government",
        parent: None,
        district: Some("海淀区"),
    },
    DeptSpec {
        code: "haidian-zhongguancun",
        name_zh: "海淀区中关村街道办事处",
        name_en: "Zhongguancun Subdistrict Office, Haidian",
        parent: Some("haidian"),
        district: Some("海淀区"),
    },
    DeptSpec {
        code: "haidian-xueyuanlu",
        name_zh: "海淀区学院路街道办事处",
        name_en: "Xueyuanlu Subdistrict Office, Haidian",
        parent: Some("haidian"),
        district: Some("海淀区"),
    },
];

/// One category of the catalogue, with its routing and the phrases the demo tickets use.
struct CategorySpec {
    code: &'static str,
    name_zh: &'static str,
    name_en: &'static str,
    description: &'static str,
    group: &'static str,
    keywords: &'static str,
    kind: Kind,
    /// The department the routing catalogue names for any district; `None` leaves the ticket
    /// for an agent to dispatch.
    department: Option<&'static str>,
    /// District-specific rules: (district, department code).
    district_rules: &'static [(&'static str, &'static str)],
    /// Demo titles; `{place}` becomes a road or residential compound.
    titles: &'static [&'static str],
    /// What happened, in the resident's words.
    facts: &'static [&'static str],
    /// What the department did, for its reply.
    action: &'static str,
}

const CATEGORIES: &[CategorySpec] = &[
    CategorySpec {
        code: "street_light",
        name_zh: "路灯损坏",
        name_en: "Broken street lights",
        description: "路灯不亮、常亮、灯杆倾斜或损坏",
        group: "市容环境",
        keywords: "路灯,不亮,灯杆,照明",
        kind: Kind::Help,
        department: Some(URBAN),
        district_rules: &[],
        titles: &["{place}路灯不亮，夜间出行不便", "{place}多盏路灯损坏"],
        facts: &[
            "道路两侧有三四盏路灯不亮，晚上路面一片漆黑，行人和骑车的人都看不清路",
            "路灯白天常亮、晚上反而不亮，灯杆底部的检修盖也丢了",
        ],
        action: "已安排路灯维修班组更换损坏灯具并补装检修盖，现已恢复正常照明",
    },
    CategorySpec {
        code: "street_vending",
        name_zh: "占道经营",
        name_en: "Street vending blocking the way",
        description: "流动摊贩、店外经营占用道路或人行道",
        group: "市容环境",
        keywords: "摆摊,占道,摊贩,早市,夜市",
        kind: Kind::Complaint,
        department: Some(URBAN),
        district_rules: &[("朝阳区", "chaoyang-jianwai")],
        titles: &["{place}占道经营问题严重", "{place}早市摊贩占用人行道"],
        facts: &[
            "每天傍晚有十多个流动摊贩在人行道上摆摊，行人只能走机动车道",
            "早市摊位占满了人行道和盲道，散市后垃圾随地丢弃",
        ],
        action: "已联合属地执法队开展整治，清理占道摊位，并安排专人每日巡查",
    },
    CategorySpec {
        code: "garbage",
        name_zh: "垃圾清运",
        name_en: "Rubbish collection",
        description: "垃圾桶满溢、垃圾清运不及时、垃圾站异味",
        group: "市容环境",
        keywords: "垃圾,清运,垃圾桶,异味,分类",
        kind: Kind::Help,
        department: Some(URBAN),
        district_rules: &[("朝阳区", "chaoyang-wangjing")],
        titles: &["{place}垃圾桶满溢无人清运", "{place}垃圾站异味严重"],
        facts: &[
            "小区门口的垃圾桶已经满了两三天没人清运，气味很大，招来很多蚊蝇",
            "垃圾分类驿站旁边堆满了装修垃圾，清运车很久没来",
        ],
        action: "已督促环卫作业单位完成清运，并将该点位清运频次调整为每日两次",
    },
    CategorySpec {
        code: "illegal_parking",
        name_zh: "违章停车",
        name_en: "Illegal parking on pavements",
        description: "机动车占用人行道、盲道或消防通道",
        group: "市容环境",
        keywords: "停车,违停,消防通道,人行道",
        kind: Kind::Complaint,
        department: Some(URBAN),
        district_rules: &[],
        titles: &["{place}人行道上违停车辆多", "{place}车辆长期占用消防通道"],
        facts: &[
            "人行道上长期停满了机动车，推婴儿车和坐轮椅的人根本过不去",
            "有几辆车长期停在小区消防通道上，一直没人管",
        ],
        action: "已安排执法人员现场处置，对违停车辆张贴告知单，并协调加装隔离桩",
    },
    CategorySpec {
        code: "illegal_construction",
        name_zh: "私搭乱建",
        name_en: "Unauthorised structures",
        description: "违法建设、私自扩建、占用公共空间搭建",
        group: "市容环境",
        keywords: "违建,私搭乱建,扩建,彩钢板",
        kind: Kind::Report,
        department: Some(URBAN),
        district_rules: &[("海淀区", "haidian-xueyuanlu")],
        titles: &["{place}有住户私搭乱建", "{place}底商违规扩建"],
        facts: &[
            "一楼住户在院子里违规搭建彩钢板房，占用了公共绿地",
            "临街底商把门前空地围起来扩建，占用了公共通道",
        ],
        action: "经现场核查属违法建设，已下达限期拆除通知书，当事人已自行拆除",
    },
    CategorySpec {
        code: "greening",
        name_zh: "绿化养护",
        name_en: "Trees and green spaces",
        description: "树木修剪、枯树清理、绿地养护",
        group: "市容环境",
        keywords: "树,绿化,修剪,绿地,枯树",
        kind: Kind::Help,
        department: Some(URBAN),
        district_rules: &[("朝阳区", "chaoyang")],
        titles: &["{place}行道树枝杈遮挡信号灯", "{place}绿地无人养护"],
        facts: &[
            "路口的行道树枝叶太密，完全挡住了交通信号灯，开车的人看不清",
            "小区旁的街心绿地杂草丛生，枯树一直没人清理",
        ],
        action: "已安排园林养护单位修剪树枝、清理枯树并补种绿植",
    },
    CategorySpec {
        code: "power_outage",
        name_zh: "停电",
        name_en: "Power cuts",
        description: "突然停电、频繁停电、计划停电未通知",
        group: "公用事业",
        keywords: "停电,供电,跳闸,电压",
        kind: Kind::Help,
        department: Some(URBAN),
        district_rules: &[],
        titles: &["{place}频繁停电", "{place}突然停电至今未恢复"],
        facts: &[
            "小区这周已经停了三次电，每次一两个小时，也没有提前通知",
            "整栋楼突然停电，已经好几个小时，冰箱里的东西都坏了",
        ],
        action: "已协调供电公司抢修，故障线路已更换，供电恢复正常，今后计划停电将提前公告",
    },
    CategorySpec {
        code: "heating",
        name_zh: "供暖不热",
        name_en: "Heating not warm enough",
        description: "供暖期室温不达标、暖气不热、管道漏水",
        group: "公用事业",
        keywords: "暖气,供暖,室温,不热",
        kind: Kind::Help,
        department: Some(URBAN),
        district_rules: &[],
        titles: &["{place}暖气不热", "{place}供暖温度不达标"],
        facts: &[
            "已经开始供暖，但家里暖气片只有一点温度，室内温度不到16度",
            "楼上楼下暖气都热，只有我家暖气不热，家里有老人和孩子",
        ],
        action: "已协调供热单位入户检测，对管道进行排气和阀门调节，室温已达标",
    },
    CategorySpec {
        code: "gas_supply",
        name_zh: "燃气问题",
        name_en: "Gas supply",
        description: "燃气异味、燃气表故障、燃气安全隐患",
        group: "公用事业",
        keywords: "燃气,天然气,煤气,异味,燃气表",
        kind: Kind::Help,
        department: Some(URBAN),
        district_rules: &[],
        titles: &["{place}楼道有燃气异味", "{place}燃气表故障无法使用"],
        facts: &[
            "楼道里能闻到燃气味，担心有泄漏隐患",
            "家里燃气表充值后一直显示欠费，无法正常使用燃气",
        ],
        action: "已通知燃气公司上门检修，排除泄漏隐患并更换故障燃气表",
    },
    CategorySpec {
        code: "road_damage",
        name_zh: "道路破损",
        name_en: "Damaged roads and potholes",
        description: "路面坑洼、塌陷、井盖破损或缺失",
        group: "交通出行",
        keywords: "坑洼,路面,塌陷,井盖,破损",
        kind: Kind::Help,
        department: Some("transport"),
        district_rules: &[],
        titles: &["{place}路面坑洼严重", "{place}井盖破损塌陷"],
        facts: &[
            "路面有好几个大坑，下雨后积水，已经有骑车的人摔倒",
            "路中间的井盖破损下陷，车辆经过时声音很大，存在安全隐患",
        ],
        action: "已安排养护单位对破损路面进行修补，并更换了破损井盖",
    },
    CategorySpec {
        code: "bus_route",
        name_zh: "公交线路",
        name_en: "Bus routes and service",
        description: "公交线路设置、发车间隔、站点设置",
        group: "交通出行",
        keywords: "公交,线路,站点,发车,间隔",
        kind: Kind::Suggestion,
        department: Some("transport"),
        district_rules: &[],
        titles: &["建议优化{place}附近公交线路", "{place}公交车发车间隔过长"],
        facts: &[
            "早高峰公交车间隔将近半小时，车站排起长队，上班经常迟到",
            "附近新建了几个小区，但没有公交线路直达地铁站",
        ],
        action: "已将您的建议转交公交集团研究，早高峰时段已加密发车班次",
    },
    CategorySpec {
        code: "taxi_refusal",
        name_zh: "出租车拒载",
        name_en: "Taxi refusal and overcharging",
        description: "出租车拒载、绕路、不打表、多收费",
        group: "交通出行",
        keywords: "出租车,拒载,绕路,打表",
        kind: Kind::Complaint,
        department: Some("transport"),
        district_rules: &[],
        titles: &["{place}出租车拒载", "出租车司机绕路多收费"],
        facts: &[
            "在路边打车，司机问了目的地后说不顺路，拒绝载客",
            "出租车司机故意绕路，比平时多收了三十多元",
        ],
        action: "已根据车牌号查实该驾驶员违规行为，依法予以处罚，并责令退还多收费用",
    },
    CategorySpec {
        code: "shared_bikes",
        name_zh: "共享单车乱停放",
        name_en: "Badly parked shared bikes",
        description: "共享单车堆积、占用道路",
        group: "交通出行",
        keywords: "共享单车,单车,乱停,堆积",
        kind: Kind::Complaint,
        department: Some("transport"),
        district_rules: &[],
        titles: &["{place}共享单车堆积", "{place}地铁站口单车乱停"],
        facts: &[
            "地铁站出口堆满了共享单车，占了大半个人行道",
            "小区门口的共享单车横七竖八，车辆进出都困难",
        ],
        action: "已通知相关企业清理调运车辆，并在该点位施划停放区",
    },
    CategorySpec {
        code: "traffic_signal",
        name_zh: "交通设施",
        name_en: "Traffic signals and markings",
        description: "信号灯故障、缺少斑马线或标志标线",
        group: "交通出行",
        keywords: "红绿灯,信号灯,斑马线,标线",
        kind: Kind::Help,
        department: Some("transport"),
        district_rules: &[],
        titles: &["{place}路口红绿灯故障", "{place}学校门口缺少人行横道"],
        facts: &[
            "路口的信号灯一直闪黄灯，车辆和行人抢行，很危险",
            "学校门口的路口没有斑马线，孩子过马路很不安全",
        ],
        action: "已维修故障信号灯，并在学校门口补划人行横道、增设提示标志",
    },
    CategorySpec {
        code: "noise",
        name_zh: "噪音扰民",
        name_en: "Noise nuisance",
        description: "商业经营、娱乐活动、设备运行噪音",
        group: "生态环境",
        keywords: "噪音,扰民,音响,广场舞",
        kind: Kind::Complaint,
        department: Some("ecology-environment"),
        district_rules: &[("海淀区", "haidian-zhongguancun")],
        titles: &["{place}夜间噪音扰民", "{place}广场舞音响声音过大"],
        facts: &[
            "每天晚上十点以后附近商铺还在用大音响播放音乐，严重影响休息",
            "附近广场跳舞的音响开得很大，从傍晚一直持续到晚上九点多",
        ],
        action: "已现场检查并约谈相关经营者和活动组织者，要求控制音量和时间，目前噪音已明显减小",
    },
    CategorySpec {
        code: "air_pollution",
        name_zh: "大气污染",
        name_en: "Air pollution",
        description: "工业废气、餐饮油烟、露天焚烧",
        group: "生态环境",
        keywords: "废气,油烟,异味,焚烧,污染",
        kind: Kind::Report,
        department: Some("ecology-environment"),
        district_rules: &[],
        titles: &["{place}有作坊排放刺鼻气体", "{place}餐馆油烟直排"],
        facts: &[
            "附近有一家小作坊经常在傍晚排放刺鼻气体，闻着头晕",
            "楼下餐馆的油烟没有经过净化直接排放，油烟味飘进家里",
        ],
        action: "已执法检查，责令涉事单位停产整改并安装治理设施，已依法立案处罚",
    },
    CategorySpec {
        code: "water_pollution",
        name_zh: "水污染",
        name_en: "Water pollution",
        description: "河道黑臭、污水直排、水体异常",
        group: "生态环境",
        keywords: "河道,污水,黑臭,排污",
        kind: Kind::Report,
        department: Some("ecology-environment"),
        district_rules: &[],
        titles: &["{place}附近河道发黑发臭", "{place}有污水直排河道"],
        facts: &[
            "附近河道的水发黑发臭，水面上还漂着死鱼",
            "发现有管道把污水直接排进河里，排口附近泡沫很多",
        ],
        action: "已组织采样监测并溯源，封堵了违法排污口，对责任单位立案调查",
    },
    CategorySpec {
        code: "construction_site",
        name_zh: "施工扰民",
        name_en: "Construction sites",
        description: "夜间施工、施工扬尘、渣土遗撒",
        group: "住房城建",
        keywords: "工地,施工,扬尘,夜间施工,渣土",
        kind: Kind::Complaint,
        department: Some("housing"),
        district_rules: &[],
        titles: &["{place}工地夜间施工", "{place}施工扬尘严重"],
        facts: &[
            "工地晚上十一点以后还在施工，机器轰鸣，根本没法睡觉",
            "工地渣土没有覆盖，一刮风扬尘很大，窗户都不敢开",
        ],
        action: "已责令施工单位停止夜间违规施工并落实扬尘治理措施，将持续跟踪检查",
    },
    CategorySpec {
        code: "property_dispute",
        name_zh: "物业纠纷",
        name_en: "Property management disputes",
        description: "物业服务不到位、物业收费争议",
        group: "住房城建",
        keywords: "物业,物业费,电梯,业主",
        kind: Kind::Complaint,
        department: Some("housing"),
        district_rules: &[],
        titles: &["{place}物业服务不到位", "{place}物业擅自上调收费"],
        facts: &[
            "小区的门禁和路灯坏了很久，报修后物业好几天都不来修",
            "物业在没有公示的情况下上调停车费，业主多次询问也不给说明",
        ],
        action: "已约谈物业服务企业，督促其限期整改，并将收费依据在小区公示",
    },
    CategorySpec {
        code: "building_leak",
        name_zh: "房屋漏水",
        name_en: "Leaking buildings",
        description: "屋顶渗漏、外墙渗水、楼上漏水",
        group: "住房城建",
        keywords: "漏水,渗水,屋顶,防水",
        kind: Kind::Help,
        department: Some("housing"),
        district_rules: &[],
        titles: &["{place}顶楼漏水", "{place}楼上漏水殃及我家"],
        facts: &[
            "顶楼一下雨就往屋里渗水，墙皮大面积脱落",
            "楼上住户水管漏水，我家天花板一直滴水，联系不上楼上住户",
        ],
        action: "已协调启用房屋维修资金进行顶层防水维修，施工单位已完成修补",
    },
    CategorySpec {
        code: "elevator",
        name_zh: "电梯故障",
        name_en: "Lift breakdowns",
        description: "电梯频繁故障、困人、维保不到位",
        group: "住房城建",
        keywords: "电梯,困人,维保,故障",
        kind: Kind::Help,
        department: Some("market-regulation"),
        district_rules: &[],
        titles: &["{place}电梯频繁故障", "{place}电梯困人"],
        facts: &[
            "单元楼电梯一个月坏了好几次，老人上下楼非常困难",
            "电梯运行中突然停住，里面的人被困了二十多分钟",
        ],
        action: "已督促维保单位全面检修电梯并更换老化部件，特种设备检验机构已复检合格",
    },
    CategorySpec {
        code: "food_safety",
        name_zh: "食品安全",
        name_en: "Food safety",
        description: "餐饮卫生、过期变质食品、无证经营",
        group: "市场监管",
        keywords: "食品,过期,卫生,餐馆,变质",
        kind: Kind::Report,
        department: Some("market-regulation"),
        district_rules: &[],
        titles: &["{place}餐馆卫生条件差", "在{place}超市买到过期食品"],
        facts: &[
            "在这家餐馆吃饭后全家拉肚子，后厨看起来很脏",
            "在超市买的牛奶回家后发现已经过期三天",
        ],
        action: "已对涉事经营者开展执法检查，责令整改并依法立案查处，督促其赔偿消费者",
    },
    CategorySpec {
        code: "price_fraud",
        name_zh: "价格欺诈",
        name_en: "Price fraud",
        description: "虚假折扣、标价与结算不一致、哄抬价格",
        group: "市场监管",
        keywords: "价格,标价,打折,欺诈,多收费",
        kind: Kind::Complaint,
        department: Some("market-regulation"),
        district_rules: &[],
        titles: &["{place}商家价格欺诈", "{place}明码标价与结算价不一致"],
        facts: &[
            "商品标签写的是打折价，结账时却按原价收费",
            "店里先涨价再打折，所谓优惠价比平时还贵",
        ],
        action: "已核实商家存在价格违法行为，依法立案处罚，并责令退还差价",
    },
    CategorySpec {
        code: "consumer_rights",
        name_zh: "消费维权",
        name_en: "Consumer disputes",
        description: "预付卡退费、售后服务、合同纠纷",
        group: "市场监管",
        keywords: "退费,预付卡,售后,消费",
        kind: Kind::Complaint,
        department: Some("market-regulation"),
        district_rules: &[],
        titles: &["{place}健身房关门无法退费", "{place}美容店拒绝退还预付款"],
        facts: &[
            "办的健身卡还剩一年多，健身房突然关门，联系不上老板",
            "在美容店充值五千元，现在要求退卡，店家拒不退还",
        ],
        action: "已组织双方调解，商家同意按剩余金额退款，涉嫌违法部分已移送相关部门",
    },
    CategorySpec {
        code: "unpaid_wages",
        name_zh: "拖欠工资",
        name_en: "Unpaid wages",
        description: "拖欠、克扣劳动报酬",
        group: "人力社保",
        keywords: "工资,欠薪,农民工,拖欠",
        kind: Kind::Complaint,
        department: Some("human-resources"),
        district_rules: &[],
        titles: &["{place}工地拖欠农民工工资", "公司拖欠三个月工资"],
        facts: &[
            "在工地干了三个多月，包工头一直拖着不发工资，涉及二十多名工人",
            "公司已经三个月没发工资，老板说资金紧张，让再等等",
        ],
        action: "已责令用人单位限期支付，经督促，拖欠的工资已全部发放到位",
    },
    CategorySpec {
        code: "social_insurance",
        name_zh: "社保咨询",
        name_en: "Social insurance enquiries",
        description: "社保缴纳、转移接续、待遇领取",
        group: "人力社保",
        keywords: "社保,养老保险,医保,转移",
        kind: Kind::Enquiry,
        department: Some("human-resources"),
        district_rules: &[],
        titles: &["咨询社保转移接续办理流程", "咨询灵活就业人员社保缴纳"],
        facts: &[
            "从外地来本市工作，想了解养老保险关系怎么转过来",
            "辞职后想以灵活就业身份继续缴纳社保，不清楚在哪里办理",
        ],
        action: "已电话联系您详细解答政策和办理流程，相关业务可通过网上服务大厅办理",
    },
    CategorySpec {
        code: "school_enrolment",
        name_zh: "入学咨询",
        name_en: "School enrolment",
        description: "义务教育入学、划片、转学",
        group: "教育卫健",
        keywords: "入学,划片,学区,转学,小学",
        kind: Kind::Enquiry,
        department: Some("education"),
        district_rules: &[],
        titles: &["咨询{place}附近小学入学划片", "咨询非本市户籍子女入学条件"],
        facts: &[
            "孩子明年上小学，想了解我们小区对应哪所学校",
            "我们是外地户籍，想知道孩子在本市上学需要准备什么材料",
        ],
        action: "已将学区划分和入学材料清单告知您，具体可关注区教委发布的入学通知",
    },
    CategorySpec {
        code: "tutoring",
        name_zh: "校外培训",
        name_en: "Private tutoring",
        description: "违规学科培训、培训机构退费",
        group: "教育卫健",
        keywords: "培训,补课,退费,培训机构",
        kind: Kind::Report,
        department: Some("education"),
        district_rules: &[],
        titles: &["{place}有机构违规开展学科培训", "{place}培训机构拒绝退费"],
        facts: &[
            "附近有机构在周末偷偷开办学科类培训班，还收取高额学费",
            "在培训机构交了一年学费，才上了两次课机构就关门了，不给退费",
        ],
        action: "已联合执法检查，对违规培训机构予以取缔，并督促其退还学员费用",
    },
    CategorySpec {
        code: "medical_service",
        name_zh: "医疗服务",
        name_en: "Medical services",
        description: "挂号难、服务态度、医疗收费",
        group: "教育卫健",
        keywords: "医院,挂号,医生,看病",
        kind: Kind::Complaint,
        department: Some("health"),
        district_rules: &[],
        titles: &["{place}附近医院挂号难", "{place}医院服务态度差"],
        facts: &[
            "连续一周都挂不上专家号，号源一放出来就没了",
            "在医院就诊时医生态度生硬，对病情不做任何解释",
        ],
        action: "已转医院核查，医院已对相关人员进行批评教育，并优化号源投放",
    },
    CategorySpec {
        code: "vaccination",
        name_zh: "疫苗接种咨询",
        name_en: "Vaccination enquiries",
        description: "儿童免疫规划、成人疫苗接种",
        group: "教育卫健",
        keywords: "疫苗,接种,预约,社区医院",
        kind: Kind::Enquiry,
        department: Some("health"),
        district_rules: &[],
        titles: &[
            "咨询儿童疫苗补种安排",
            "咨询{place}附近可接种流感疫苗的社区医院",
        ],
        facts: &[
            "孩子的疫苗本上有一针没打，想知道怎么补种",
            "想给家里老人接种流感疫苗，不知道附近哪家社区医院可以打",
        ],
        action: "已告知附近接种门诊的地址、时间和预约方式",
    },
    CategorySpec {
        code: "water_outage",
        name_zh: "停水",
        name_en: "Water supply cuts",
        description: "突然停水、水压低、水质异常",
        group: "公用事业",
        keywords: "停水,水压,自来水,水质",
        kind: Kind::Help,
        department: Some("water"),
        district_rules: &[],
        titles: &["{place}停水未提前通知", "{place}自来水水压低"],
        facts: &[
            "小区突然停水，没有任何通知，到现在还没来水",
            "用水高峰时段自来水水压很低，楼上住户基本没水用",
        ],
        action: "已协调供水单位排查，维修了破损管道并调整加压泵站，供水已恢复正常",
    },
    CategorySpec {
        code: "drainage",
        name_zh: "排水积水",
        name_en: "Drainage and flooding",
        description: "道路积水、下水道堵塞、污水外溢",
        group: "公用事业",
        keywords: "积水,下水道,堵塞,排水",
        kind: Kind::Help,
        department: Some("water"),
        district_rules: &[],
        titles: &["{place}雨后积水严重", "{place}下水道堵塞返味"],
        facts: &[
            "每次下雨路口都积水很深，车辆和行人都过不去",
            "小区外的下水道堵了，污水漫到路面上，味道很大",
        ],
        action: "已安排疏通排水管道并清掏雨水箅子，汛期将加强巡查",
    },
    CategorySpec {
        code: "other",
        name_zh: "其他",
        name_en: "Other",
        description: "不属于以上分类的诉求，由受理员人工派单",
        group: "其他",
        keywords: "",
        kind: Kind::Enquiry,
        department: None,
        district_rules: &[],
        titles: &["咨询办理居住证相关事宜", "反映{place}周边综合问题"],
        facts: &[
            "想了解办理居住证需要准备哪些材料、在哪里办理",
            "小区周边环境比较乱，有好几方面的问题希望相关部门来看一下",
        ],
        action: "已将相关情况核实清楚并告知您办理流程，如有疑问可再次来电",
    },
];

/// A (month, day) of 2026.
type MonthDay = (u32, u32);

/// The official 2026 holidays by name (SPEC §5), for the calendar's day rows.
const HOLIDAY_NAMES_2026: &[(&str, MonthDay, MonthDay)] = &[
    ("元旦", (1, 1), (1, 3)),
    ("春节", (2, 15), (2, 23)),
    ("清明节", (4, 4), (4, 6)),
    ("劳动节", (5, 1), (5, 5)),
    ("端午节", (6, 19), (6, 21)),
    ("中秋节", (9, 25), (9, 27)),
    ("国庆节", (10, 1), (10, 7)),
];

fn holiday_name(d: NaiveDate) -> &'static str {
    HOLIDAY_NAMES_2026
        .iter()
        .find(|(_, from, to)| {
            d.year() == 2026 && (d.month(), d.day()) >= *from && (d.month(), d.day()) <= *to
        })
        .map_or("节假日", |(name, _, _)| name)
}

/// A make-up working day is named after the nearest holiday it pays for.
fn makeup_name(cal: &BusinessCalendar, d: NaiveDate) -> String {
    let nearest = cal
        .holidays()
        .iter()
        .min_by_key(|h| (**h - d).num_days().abs())
        .map_or("节假日", |h| holiday_name(*h));
    format!("{nearest}调休上班")
}

/// The 2026 mainland China calendar and the default SLA policy with SPEC's figures.
async fn insert_calendar_and_policy<C: sea_orm::ConnectionTrait>(
    txn: &C,
    now: DateTime<Utc>,
) -> StoreResult<()> {
    let cal = BusinessCalendar::china_mainland_2026();
    let calendar_id = Uuid::now_v7();
    let weekly = serde_json::to_value(BusinessCalendar::default_weekly())
        .map_err(|e| StoreError::internal(format!("weekly periods: {e}")))?;
    business_calendar::Entity::insert(business_calendar::ActiveModel {
        id: Set(calendar_id),
        name: Set("中国大陆 2026 (China mainland 2026)".into()),
        time_zone: Set(cal.tz().name().to_owned()),
        weekly: Set(weekly),
        created_at: Set(now),
        updated_at: Set(now),
    })
    .exec_without_returning(txn)
    .await?;
    let days = cal
        .holidays()
        .iter()
        .map(|d| (*d, "holiday", holiday_name(*d).to_owned()))
        .chain(
            cal.makeup_days()
                .iter()
                .map(|d| (*d, "makeup", makeup_name(&cal, *d))),
        );
    for (day, kind, name) in days {
        calendar_day::Entity::insert(calendar_day::ActiveModel {
            id: Set(Uuid::now_v7()),
            calendar_id: Set(calendar_id),
            day: Set(day.format("%Y-%m-%d").to_string()),
            day_kind: Set(kind.to_owned()),
            name: Set(name),
        })
        .exec_without_returning(txn)
        .await?;
    }

    let policy = serde_json::to_value(SlaPolicy::default_policy())
        .map_err(|e| StoreError::internal(format!("SLA policy: {e}")))?;
    let escalation = serde_json::to_value(EscalationConfig::default())
        .map_err(|e| StoreError::internal(format!("escalation rules: {e}")))?;
    sla_policy::Entity::insert(sla_policy::ActiveModel {
        id: Set(Uuid::now_v7()),
        name: Set("默认办理时限 (default)".into()),
        is_default: Set(true),
        calendar_id: Set(calendar_id),
        policy: Set(policy),
        escalation: Set(escalation),
        created_at: Set(now),
        updated_at: Set(now),
    })
    .exec_without_returning(txn)
    .await?;
    Ok(())
}

/// Makes sure a database has a business calendar and a default SLA policy, which filing needs,
/// even when nobody loads the demo city (a production start with `create-admin`). Returns whether
/// it had to add them. Admins then adjust both through the API.
pub async fn ensure_defaults(store: &Store, now: DateTime<Utc>) -> StoreResult<bool> {
    let now = db_instant(now);
    let w = store.write().await?;
    let txn = w.conn();
    if sla_policy::Entity::find().count(txn).await? > 0 {
        return Ok(false);
    }
    insert_calendar_and_policy(txn, now).await?;
    w.commit().await?;
    store.config_changed();
    Ok(true)
}

/// Loads the calendar, the default SLA policy, departments, categories and routing into an empty
/// database. Refuses with `Conflict` if any of them is already there.
pub async fn seed_reference(store: &Store, now: DateTime<Utc>) -> StoreResult<()> {
    let now = db_instant(now);
    let w = store.write().await?;
    let txn = w.conn();
    let existing =
        department::Entity::find().count(txn).await? + category::Entity::find().count(txn).await?;
    if existing > 0 {
        return Err(StoreError::Conflict(
            "reference data is already loaded".into(),
        ));
    }

    if sla_policy::Entity::find().count(txn).await? == 0 {
        insert_calendar_and_policy(txn, now).await?;
    }

    let mut dept_ids: HashMap<&str, Uuid> = HashMap::new();
    for d in DEPARTMENTS {
        let id = Uuid::now_v7();
        let parent_id = match d.parent {
            Some(code) => Some(*dept_ids.get(code).ok_or_else(|| {
                StoreError::internal(format!("department {} is listed before its parent", d.code))
            })?),
            None => None,
        };
        department::Entity::insert(department::ActiveModel {
            id: Set(id),
            code: Set(d.code.to_owned()),
            name_zh: Set(d.name_zh.to_owned()),
            name_en: Set(d.name_en.to_owned()),
            parent_id: Set(parent_id),
            calendar_id: Set(None),
            active: Set(true),
            created_at: Set(now),
            updated_at: Set(now),
        })
        .exec_without_returning(txn)
        .await?;
        dept_ids.insert(d.code, id);
    }
    let dept = |code: &str| {
        dept_ids
            .get(code)
            .copied()
            .ok_or_else(|| StoreError::internal(format!("no demo department {code}")))
    };

    for c in CATEGORIES {
        let id = Uuid::now_v7();
        category::Entity::insert(category::ActiveModel {
            id: Set(id),
            code: Set(c.code.to_owned()),
            name_zh: Set(c.name_zh.to_owned()),
            name_en: Set(c.name_en.to_owned()),
            description: Set(c.description.to_owned()),
            group_name: Set(c.group.to_owned()),
            keywords: Set(c.keywords.to_owned()),
            default_kind: Set(c.kind.as_str().to_owned()),
            active: Set(true),
            created_at: Set(now),
            updated_at: Set(now),
        })
        .exec_without_returning(txn)
        .await?;
        let rules = c
            .department
            .map(|d| ("", d))
            .into_iter()
            .chain(c.district_rules.iter().copied());
        for (district, code) in rules {
            routing_rule::Entity::insert(routing_rule::ActiveModel {
                id: Set(Uuid::now_v7()),
                category_id: Set(id),
                district: Set(district.to_owned()),
                department_id: Set(dept(code)?),
                created_at: Set(now),
            })
            .exec_without_returning(txn)
            .await?;
        }
    }
    w.commit().await?;
    store.config_changed();
    Ok(())
}

// ---- demo accounts -------------------------------------------------------------------------

/// Someone who acts in the demo history.
#[derive(Debug, Clone)]
struct Person {
    principal: Principal,
    name: String,
    email: String,
    phone: String,
}

struct UserSpec {
    email: String,
    name: String,
    phone: String,
    role: Role,
    department: Option<Uuid>,
    head: bool,
    locale: Locale,
}

/// Residents besides the demo resident: (email, name, phone, locale).
const RESIDENTS: &[(&str, &str, &str, Locale)] = &[
    ("resident@example.org", "张明", "13800138000", Locale::ZhCn),
    ("wang.fang@example.org", "王芳", "13911020031", Locale::ZhCn),
    ("li.na@example.org", "李娜", "13701180562", Locale::ZhCn),
    ("liu.yang@example.org", "刘洋", "15810233417", Locale::ZhCn),
    ("chen.jing@example.org", "陈静", "18601107725", Locale::ZhCn),
    ("yang.lei@example.org", "杨磊", "13520419968", Locale::ZhCn),
    ("zhao.min@example.org", "赵敏", "13661275804", Locale::ZhCn),
    (
        "huang.yong@example.org",
        "黄勇",
        "15001309216",
        Locale::ZhCn,
    ),
    ("zhou.ting@example.org", "周婷", "18911486320", Locale::ZhCn),
    (
        "john.smith@example.org",
        "John Smith",
        "13120057741",
        Locale::En,
    ),
];

const STAFF_NAMES: &[&str] = &[
    "陈建国",
    "孙丽",
    "马骏",
    "朱红梅",
    "胡志强",
    "郭晓东",
    "何静",
    "高峰",
    "林小燕",
    "罗斌",
    "梁雪",
    "宋涛",
    "郑海燕",
    "谢明",
    "韩冬",
    "唐颖",
];

const CALLER_NAMES: &[&str] = &[
    "张桂兰",
    "王建华",
    "李秀英",
    "刘德明",
    "陈玉珍",
    "杨国强",
    "赵淑芬",
    "吴志刚",
    "徐凤英",
    "孙立新",
    "马桂芳",
    "胡振华",
];

async fn create_people(
    store: &Store,
    specs: Vec<UserSpec>,
    password_hash: &str,
    now: DateTime<Utc>,
) -> StoreResult<Vec<Person>> {
    let mut out = Vec::with_capacity(specs.len());
    for s in specs {
        let account = accounts::create_user(
            store,
            NewUser {
                email: Email::parse(&s.email)?,
                display_name: PersonName::parse(&s.name)?,
                phone: Some(Phone::parse(&s.phone)?),
                role: s.role,
                department_id: s.department,
                is_department_head: s.head,
                locale: s.locale,
                password_hash: Some(password_hash.to_owned()),
            },
            now,
        )
        .await?;
        out.push(Person {
            principal: Principal::User {
                id: account.id,
                role: s.role,
                department_id: s.department,
            },
            name: s.name,
            email: s.email,
            phone: s.phone,
        });
    }
    Ok(out)
}

/// The cast of the demo: who files, who works tickets, who oversees.
struct Cast {
    residents: Vec<Person>,
    agents: Vec<Person>,
    supervisors: Vec<Person>,
    /// Staff by department.
    staff: HashMap<Uuid, Vec<Person>>,
    users: usize,
}

async fn create_cast(store: &Store, password_hash: &str, now: DateTime<Utc>) -> StoreResult<Cast> {
    let departments = department::Entity::find().all(store.connection()).await?;
    let by_code: HashMap<&str, Uuid> = departments
        .iter()
        .map(|d| (d.code.as_str(), d.id))
        .collect();
    let dept = |code: &str| {
        by_code
            .get(code)
            .copied()
            .ok_or_else(|| StoreError::internal(format!("no demo department {code}")))
    };
    let person = |email: &str, name: &str, phone: &str, role: Role| UserSpec {
        email: email.to_owned(),
        name: name.to_owned(),
        phone: phone.to_owned(),
        role,
        department: None,
        head: false,
        locale: Locale::ZhCn,
    };

    // The five accounts of the README come first, one per role.
    let urban = dept(URBAN)?;
    let mut first = vec![
        person(
            RESIDENTS[0].0,
            RESIDENTS[0].1,
            RESIDENTS[0].2,
            Role::Resident,
        ),
        person("agent@example.org", "王晓燕", "13810001001", Role::Agent),
        UserSpec {
            department: Some(urban),
            head: true,
            ..person(
                "staff@example.org",
                STAFF_NAMES[0],
                "13810001002",
                Role::Staff,
            )
        },
        person(
            "supervisor@example.org",
            "刘振华",
            "13810001003",
            Role::Supervisor,
        ),
        person(
            "admin@example.org",
            "系统管理员",
            "13810001004",
            Role::Admin,
        ),
    ];
    for (email, name, phone, locale) in &RESIDENTS[1..] {
        first.push(UserSpec {
            locale: *locale,
            ..person(email, name, phone, Role::Resident)
        });
    }
    first.push(person(
        "li.juan@example.org",
        "李娟",
        "13810001011",
        Role::Agent,
    ));
    first.push(person(
        "zhou.min@example.org",
        "周敏",
        "13810001012",
        Role::Supervisor,
    ));
    first.push(UserSpec {
        department: Some(urban),
        ..person(
            "staff2.urban-management@example.org",
            STAFF_NAMES[1],
            "13810001013",
            Role::Staff,
        )
    });
    // Every other department has a head who signs for its tickets.
    for (i, d) in DEPARTMENTS.iter().filter(|d| d.code != URBAN).enumerate() {
        let name = STAFF_NAMES[(i + 2) % STAFF_NAMES.len()];
        first.push(UserSpec {
            department: Some(dept(d.code)?),
            head: true,
            ..person(
                &format!("staff.{}@example.org", d.code),
                name,
                &format!("1381000{:04}", 2001 + i),
                Role::Staff,
            )
        });
    }

    let people = create_people(store, first, password_hash, now).await?;
    let users = people.len();
    let mut cast = Cast {
        residents: Vec::new(),
        agents: Vec::new(),
        supervisors: Vec::new(),
        staff: HashMap::new(),
        users,
    };
    for p in people {
        match p.principal {
            Principal::User {
                role: Role::Resident,
                ..
            } => cast.residents.push(p),
            Principal::User {
                role: Role::Agent, ..
            } => cast.agents.push(p),
            Principal::User {
                role: Role::Supervisor,
                ..
            } => cast.supervisors.push(p),
            Principal::User {
                role: Role::Staff,
                department_id: Some(d),
                ..
            } => cast.staff.entry(d).or_default().push(p),
            _ => {}
        }
    }
    Ok(cast)
}

// ---- demo history --------------------------------------------------------------------------

/// How many historical tickets the demo files.
const DEMO_TICKETS: usize = 240;
/// How many more tickets arrive in the last working hours and still wait for someone: the
/// agents' inbox, a return to review, a question to answer.
const FRESH_TICKETS: usize = 9;
/// How far back the history reaches.
const HISTORY_DAYS: i64 = 60;
/// The demo is the same every time.
const DEMO_SEED: u64 = 12345;

/// A district of the demo city.
struct District {
    name: &'static str,
    /// Roads and residential compounds, for addresses and titles.
    places: &'static [&'static str],
    /// Latitude and longitude of its centre.
    centre: (f64, f64),
    /// How many tickets it gets, relatively.
    weight: u32,
}

const DISTRICTS: &[District] = &[
    District {
        name: "朝阳区",
        places: &[
            "建国路",
            "望京西路",
            "三里屯路",
            "朝阳北路",
            "团结湖小区",
            "望京花园",
        ],
        centre: (39.921, 116.443),
        weight: 3,
    },
    District {
        name: "海淀区",
        places: &[
            "中关村大街",
            "学院路",
            "知春路",
            "五道口",
            "万柳小区",
            "双榆树北里",
        ],
        centre: (39.959, 116.298),
        weight: 3,
    },
    District {
        name: "东城区",
        places: &["东直门内大街", "和平里小区", "安定门外大街"],
        centre: (39.928, 116.416),
        weight: 1,
    },
    District {
        name: "西城区",
        places: &["西直门外大街", "月坛北街", "广安门内大街"],
        centre: (39.912, 116.366),
        weight: 1,
    },
    District {
        name: "丰台区",
        places: &["丰台北路", "马家堡东路", "方庄小区"],
        centre: (39.858, 116.287),
        weight: 1,
    },
];

const WHO_RESIDENT: &[&str] = &[
    "本人是附近居民",
    "我是该小区的业主",
    "我在附近上班，每天都经过这里",
    "我家就住在旁边的楼里",
];
const WHO_ON_BEHALF: &str = "我替家里的老人反映情况，老人不会用手机";
const WHO_CALLER: &str = "来电人自述为附近居民";
const WHO_ANONYMOUS: &str = "本人是附近居民，不便透露姓名";
const COURSES: &[&str] = &[
    "此前已向物业和社区反映过，但一直没有解决",
    "这种情况已经持续一周左右，严重影响日常生活",
    "曾打电话给相关单位，对方说会处理，但至今没有变化",
    "这是第一次反映，希望能引起重视",
    "周围很多邻居都有意见，大家商量后由我来反映",
];
const DEMANDS: &[&str] = &[
    "希望相关部门尽快核实处理",
    "请尽快派人到现场看一下",
    "希望给一个明确的答复和处理时间",
];
const QUESTIONS: &[&str] = &[
    "您好，请补充问题的具体位置（如门牌号或附近的标志性建筑）以及通常出现的时间段，以便我们现场核实。",
    "您好，为便于核查，请提供现场照片或涉及商户、车辆的具体信息。",
];
const ANSWERS: &[&str] = &[
    "具体位置在路口东侧公交站旁边，一般是晚上八点以后最明显。",
    "已补充照片，涉及的是路边第二家门店，门头是蓝色招牌。",
];
const NOTES: &[&str] = &[
    "已电话联系诉求人，约定明天上午现场查看。",
    "需协调属地街道共同处置，已发函。",
    "现场查看属实，已安排维修班组，预计三个工作日内完成。",
];
const SATISFIED_COMMENTS: &[&str] = &[
    "处理很及时，非常满意。",
    "问题已经解决，谢谢！",
    "工作人员态度很好。",
];
const DISSATISFIED_COMMENTS: &[&str] = &[
    "问题没有实际解决，只是电话回复了一下。",
    "处理后没几天又出现了，希望彻底解决。",
];

/// One action in a demo ticket's life, performed in order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Step {
    /// An agent dispatches a ticket the routing catalogue could not place.
    Dispatch,
    /// An agent refuses an out-of-scope ticket.
    Refuse,
    /// An agent merges a duplicate into an earlier open ticket.
    Merge,
    Return,
    Redispatch,
    Uphold,
    Accept {
        late: bool,
    },
    Note,
    Ask,
    Answer,
    Extend,
    Decide {
        approve: bool,
    },
    Supervise,
    Reply {
        late: bool,
    },
    Rate,
    AutoClose,
    Reopen,
    Withdraw,
}

#[derive(Debug, Clone, Copy)]
enum Filer {
    Resident(usize),
    Agent(usize),
    Anonymous,
}

/// One demo ticket: how it is filed, and what happens to it afterwards.
struct Case {
    filed_at: DateTime<Utc>,
    filer: Filer,
    category: usize,
    district: usize,
    place: &'static str,
    kind: Kind,
    priority: Priority,
    confidential: bool,
    on_behalf: bool,
    wants_merge: bool,
    script: VecDeque<Step>,
    ticket: Option<ticket::Model>,
    merge_parent: Option<usize>,
    ratings: u32,
}

fn weighted<'a, T>(rng: &mut StdRng, items: &'a [T], weight: impl Fn(&T) -> u32) -> &'a T {
    let total: u32 = items.iter().map(&weight).sum();
    let mut pick = rng.random_range(0..total.max(1));
    for item in items {
        let w = weight(item);
        if pick < w {
            return item;
        }
        pick -= w;
    }
    &items[0]
}

fn pick<'a>(rng: &mut StdRng, items: &'a [&'a str]) -> &'a str {
    items.choose(rng).copied().unwrap_or_default()
}

/// What happens to a ticket after filing, before any randomness of the ratings themselves.
fn plan(rng: &mut StdRng, category: &CategorySpec, has_owner: bool) -> VecDeque<Step> {
    let mut s = VecDeque::new();
    if category.department.is_none() {
        if rng.random_bool(0.25) {
            s.push_back(Step::Refuse);
            return s;
        }
        s.push_back(Step::Dispatch);
    }
    if rng.random_bool(0.02) {
        // Never signed for: the accept deadline passes.
        return s;
    }
    if rng.random_bool(0.08) {
        s.push_back(Step::Return);
        s.push_back(if rng.random_bool(0.75) {
            Step::Redispatch
        } else {
            Step::Uphold
        });
    }
    s.push_back(Step::Accept {
        late: rng.random_bool(0.1),
    });
    if has_owner && rng.random_bool(0.03) {
        s.push_back(Step::Withdraw);
        return s;
    }
    if rng.random_bool(0.15) {
        s.push_back(Step::Note);
    }
    if has_owner && rng.random_bool(0.14) {
        s.push_back(Step::Ask);
        if rng.random_bool(0.15) {
            // The resident never answers.
            return s;
        }
        s.push_back(Step::Answer);
    }
    if rng.random_bool(0.04) {
        // The department never replies: the ticket goes red and stays there.
        return s;
    }
    if rng.random_bool(0.08) {
        s.push_back(Step::Extend);
        s.push_back(Step::Decide {
            approve: rng.random_bool(0.8),
        });
    }
    let late = rng.random_bool(0.12);
    if late && rng.random_bool(0.5) {
        s.push_back(Step::Supervise);
    }
    s.push_back(Step::Reply { late });
    if rng.random_bool(0.1) {
        s.push_back(Step::AutoClose);
    } else {
        s.push_back(Step::Rate);
        if has_owner && rng.random_bool(0.03) {
            s.push_back(Step::Reopen);
        }
    }
    s
}

fn minutes(rng: &mut StdRng, lo: i64, hi: i64) -> Duration {
    Duration::minutes(rng.random_range(lo..=hi))
}

/// Time-keeping for the demo history, counted like the tickets' own clocks.
struct Clock {
    cal: BusinessCalendar,
    policy: SlaPolicy,
}

impl Clock {
    /// Some fraction of the way from `t` to `due`, in working time for normal tickets and in
    /// elapsed time for urgent ones.
    fn before(
        &self,
        rng: &mut StdRng,
        working: bool,
        t: DateTime<Utc>,
        due: Option<DateTime<Utc>>,
        (lo, hi): (f64, f64),
    ) -> StoreResult<DateTime<Utc>> {
        let frac = rng.random_range(lo..hi);
        match due {
            Some(d) if d > t => {
                let span = if working {
                    self.cal.working_between(t, d)
                } else {
                    d - t
                };
                let part = Duration::minutes((span.num_minutes() as f64 * frac) as i64)
                    .max(Duration::minutes(5));
                if working {
                    Ok(self.cal.add_working(t, part)?)
                } else {
                    Ok(t + part)
                }
            }
            _ => self.working(rng, t, 60, 600),
        }
    }

    /// Some time after `due` (or after `t`, if that is later).
    fn after(
        &self,
        rng: &mut StdRng,
        working: bool,
        t: DateTime<Utc>,
        due: Option<DateTime<Utc>>,
        lo: i64,
        hi: i64,
    ) -> StoreResult<DateTime<Utc>> {
        let base = due.map_or(t, |d| d.max(t));
        let extra = minutes(rng, lo, hi);
        if working {
            Ok(self.cal.add_working(base, extra)?)
        } else {
            Ok(base + extra)
        }
    }

    /// Some working minutes after `t`: when an office gets round to something.
    fn working(
        &self,
        rng: &mut StdRng,
        t: DateTime<Utc>,
        lo: i64,
        hi: i64,
    ) -> StoreResult<DateTime<Utc>> {
        Ok(self.cal.add_working(t, minutes(rng, lo, hi))?)
    }

    fn local(&self, t: DateTime<Utc>) -> NaiveDateTime {
        t.with_timezone(&self.cal.tz()).naive_local()
    }

    fn utc(&self, local: NaiveDateTime) -> Option<DateTime<Utc>> {
        self.cal
            .tz()
            .from_local_datetime(&local)
            .earliest()
            .map(|t| t.with_timezone(&Utc))
    }
}

/// When the next step of `case` happens, given that its previous step happened at `t`.
fn next_time(
    clock: &Clock,
    rng: &mut StdRng,
    case: &Case,
    step: Step,
    t: DateTime<Utc>,
) -> StoreResult<DateTime<Utc>> {
    let Some(tk) = &case.ticket else {
        return Ok(t);
    };
    let working = case.priority == Priority::Normal;
    match step {
        Step::Dispatch => clock.working(rng, t, 5, 150),
        Step::Refuse => clock.working(rng, t, 5, 60),
        Step::Merge => clock.working(rng, t, 10, 90),
        Step::Return => clock.working(rng, t, 20, 300),
        Step::Redispatch | Step::Uphold => clock.working(rng, t, 20, 180),
        Step::Accept { late: false } => clock.before(rng, working, t, tk.accept_due, (0.05, 0.7)),
        Step::Accept { late: true } => clock.after(rng, working, t, tk.accept_due, 30, 480),
        Step::Note => clock.working(rng, t, 10, 120),
        Step::Ask => clock.before(rng, working, t, tk.reply_due, (0.05, 0.3)),
        Step::Answer => Ok(t + minutes(rng, 60, 3 * 24 * 60)),
        Step::Extend => clock.before(rng, working, t, tk.reply_due, (0.5, 0.85)),
        Step::Decide { .. } => clock.working(rng, t, 30, 240),
        Step::Supervise => clock.after(rng, working, t, tk.reply_due, 120, 600),
        Step::Reply { late: false } => clock.before(rng, working, t, tk.reply_due, (0.2, 0.9)),
        Step::Reply { late: true } => clock.after(rng, working, t, tk.reply_due, 60, 4 * 7 * 60),
        Step::Rate => {
            let at = match case.filer {
                Filer::Resident(_) => t + minutes(rng, 60, 4 * 24 * 60),
                // The centre rates after its follow-up call (回访).
                Filer::Agent(_) | Filer::Anonymous => clock.working(rng, t, 60, 16 * 60)?,
            };
            // A rating is only accepted inside the rating window.
            let replied = tk.replied_at.unwrap_or(t);
            let close_at = clock
                .policy
                .rating_window
                .deadline(&clock.cal, replied)?
                .unwrap_or(at);
            Ok(at.min(close_at - minutes(rng, 1, 2)).max(t))
        }
        Step::AutoClose => {
            let replied = tk.replied_at.unwrap_or(t);
            let close_at = clock
                .policy
                .rating_window
                .deadline(&clock.cal, replied)?
                .unwrap_or(t);
            Ok(close_at.max(t) + minutes(rng, 1, 20))
        }
        Step::Reopen => Ok(t + minutes(rng, 24 * 60, 6 * 24 * 60)),
        Step::Withdraw => Ok(t + minutes(rng, 60, 2 * 24 * 60)),
    }
}

/// Seeds reference data, the demo accounts (all with `demo_password_hash`) and a few hundred
/// tickets filed and worked over the 60 days before `now`. Refuses with `Conflict` unless the
/// database is empty.
pub async fn seed_demo(
    store: &Store,
    now: DateTime<Utc>,
    demo_password_hash: &str,
) -> StoreResult<SeedReport> {
    if !is_empty(store).await? {
        return Err(StoreError::Conflict(
            "the demo can only be loaded into an empty database".into(),
        ));
    }
    let now = db_instant(now);
    let start = now - Duration::days(HISTORY_DAYS + 30);
    seed_reference(store, start).await?;
    let cast = create_cast(store, demo_password_hash, start).await?;

    let db = store.connection();
    let departments = department::Entity::find().all(db).await?;
    let categories = category::Entity::find().all(db).await?;
    let category_ids: HashMap<&str, Uuid> =
        categories.iter().map(|c| (c.code.as_str(), c.id)).collect();
    let clock = Clock {
        cal: BusinessCalendar::china_mainland_2026(),
        policy: SlaPolicy::default_policy(),
    };
    let mut rng = StdRng::seed_from_u64(DEMO_SEED);
    let mut cases = generate_cases(&mut rng, &clock, &cast, now)?;

    // Replay the history in time order across all tickets, so the audit chain reads as the city
    // lived it and references follow filing order.
    let limit = now - Duration::minutes(5);
    let mut queue: BinaryHeap<Reverse<(DateTime<Utc>, u64, usize)>> = cases
        .iter()
        .enumerate()
        .map(|(i, c)| Reverse((c.filed_at, i as u64, i)))
        .collect();
    let mut order = cases.len() as u64;
    let sim = Sim {
        store,
        cast: &cast,
        departments: &departments,
        clock: &clock,
    };
    while let Some(Reverse((at, _, i))) = queue.pop() {
        let step = if cases[i].ticket.is_none() {
            None
        } else {
            match cases[i].script.pop_front() {
                Some(s) => Some(s),
                None => continue,
            }
        };
        match step {
            None => {
                let code = CATEGORIES[cases[i].category].code;
                let category_id = *category_ids
                    .get(code)
                    .ok_or_else(|| StoreError::internal(format!("no category {code}")))?;
                sim.file(&mut rng, &mut cases, i, category_id, at).await?;
            }
            Some(step) => sim.run(&mut rng, &mut cases, i, step, at).await?,
        }
        if let Some(&next) = cases[i].script.front() {
            let t = next_time(&clock, &mut rng, &cases[i], next, at)?;
            if t < limit {
                order += 1;
                queue.push(Reverse((t.max(at), order, i)));
            }
        }
    }

    // Every historical event queued its emails in the outbox, as it should. Left pending, a fresh
    // `make run` would mail hundreds of residents and staff about things that happened weeks
    // ago, so messages older than a day are marked as sent when they were written. Recent ones
    // stay pending, so the relay has real work on a fresh start.
    let w = store.write().await?;
    outbox::Entity::update_many()
        .col_expr(outbox::Column::Status, Expr::value("sent"))
        .col_expr(outbox::Column::SentAt, Expr::col(outbox::Column::CreatedAt))
        .filter(outbox::Column::Status.eq("pending"))
        .filter(outbox::Column::CreatedAt.lt(now - Duration::days(1)))
        .exec(w.conn())
        .await?;
    w.commit().await?;

    Ok(SeedReport {
        departments: DEPARTMENTS.len(),
        categories: CATEGORIES.len(),
        users: cast.users,
        tickets: cases.iter().filter(|c| c.ticket.is_some()).count(),
    })
}

/// Draws who files what, where and when, sorted by filing time.
fn generate_cases(
    rng: &mut StdRng,
    clock: &Clock,
    cast: &Cast,
    now: DateTime<Utc>,
) -> StoreResult<Vec<Case>> {
    let today = clock.local(now).date();
    let mut cases = Vec::with_capacity(DEMO_TICKETS + FRESH_TICKETS);
    while cases.len() < DEMO_TICKETS {
        let roll: f64 = rng.random();
        let filer = if roll < 0.62 {
            // The demo resident files a good share, so their own list is worth looking at.
            if rng.random_bool(0.25) {
                Filer::Resident(0)
            } else {
                Filer::Resident(rng.random_range(1..cast.residents.len().max(2)))
            }
        } else if roll < 0.92 {
            Filer::Agent(rng.random_range(0..cast.agents.len().max(1)))
        } else {
            Filer::Anonymous
        };
        let category = rng.random_range(0..CATEGORIES.len());
        let spec = &CATEGORIES[category];
        let district = {
            let indexed: Vec<(usize, u32)> = DISTRICTS
                .iter()
                .enumerate()
                .map(|(i, d)| (i, d.weight))
                .collect();
            weighted(rng, &indexed, |(_, w)| *w).0
        };
        let place = pick(rng, DISTRICTS[district].places);
        let kind = if rng.random_bool(0.8) {
            spec.kind
        } else {
            *[Kind::Complaint, Kind::Help, Kind::Enquiry, Kind::Suggestion]
                .choose(rng)
                .unwrap_or(&spec.kind)
        };
        let priority = match filer {
            Filer::Agent(_) => {
                let p: f64 = rng.random();
                if p < 0.85 {
                    Priority::Normal
                } else if p < 0.97 {
                    Priority::Urgent
                } else {
                    Priority::Critical
                }
            }
            _ => Priority::Normal,
        };
        // Residents file at any waking hour, the hotline answers calls in the daytime.
        let days_ago = rng.random_range(0..HISTORY_DAYS);
        let (h0, h1) = match filer {
            Filer::Agent(_) => (8, 20),
            _ => (7, 23),
        };
        let local = (today - Duration::days(days_ago))
            .and_hms_opt(rng.random_range(h0..h1), rng.random_range(0..60), 0)
            .and_then(|l| clock.utc(l));
        let Some(filed_at) = local.filter(|t| *t < now - Duration::minutes(30)) else {
            continue;
        };
        let has_owner = matches!(filer, Filer::Resident(_));
        cases.push(Case {
            filed_at,
            filer,
            category,
            district,
            place,
            kind,
            priority,
            confidential: has_owner && rng.random_bool(0.1),
            on_behalf: has_owner && rng.random_bool(0.08),
            wants_merge: spec.department.is_some() && rng.random_bool(0.08),
            script: plan(rng, spec, has_owner),
            ticket: None,
            merge_parent: None,
            ratings: 0,
        });
    }
    for k in 0..FRESH_TICKETS {
        let resident = Filer::Resident(rng.random_range(0..cast.residents.len().max(1)));
        let routed: Vec<usize> = (0..CATEGORIES.len())
            .filter(|&c| CATEGORIES[c].department.is_some())
            .collect();
        let (filer, category, script, ago) = match k % 3 {
            // A phone call nobody has dispatched yet.
            0 => (
                Filer::Agent(rng.random_range(0..cast.agents.len().max(1))),
                CATEGORIES
                    .iter()
                    .position(|c| c.department.is_none())
                    .unwrap_or_default(),
                VecDeque::new(),
                (20, 240),
            ),
            // Sent back by the department, waiting for an agent to decide.
            1 => (
                resident,
                routed.choose(rng).copied().unwrap_or_default(),
                VecDeque::from([Step::Return]),
                (320, 900),
            ),
            // Signed for, and a question is with the resident (an enquiry, so the department
            // asks within hours).
            _ => (
                resident,
                routed
                    .iter()
                    .copied()
                    .filter(|&c| CATEGORIES[c].kind == Kind::Enquiry)
                    .collect::<Vec<_>>()
                    .choose(rng)
                    .copied()
                    .unwrap_or_default(),
                VecDeque::from([Step::Accept { late: false }, Step::Ask]),
                (480, 1200),
            ),
        };
        let filed_at = clock.cal.sub_working(now, minutes(rng, ago.0, ago.1))?;
        let district = rng.random_range(0..DISTRICTS.len());
        cases.push(Case {
            filed_at,
            filer,
            category,
            district,
            place: pick(rng, DISTRICTS[district].places),
            kind: CATEGORIES[category].kind,
            priority: Priority::Normal,
            confidential: false,
            on_behalf: false,
            wants_merge: false,
            script,
            ticket: None,
            merge_parent: None,
            ratings: 0,
        });
    }
    cases.sort_by_key(|c| c.filed_at);
    Ok(cases)
}

/// Replays demo cases through the real store functions.
struct Sim<'a> {
    store: &'a Store,
    cast: &'a Cast,
    departments: &'a [department::Model],
    clock: &'a Clock,
}

impl Sim<'_> {
    fn agent(&self, rng: &mut StdRng) -> StoreResult<Principal> {
        self.cast
            .agents
            .choose(rng)
            .map(|p| p.principal)
            .ok_or_else(|| StoreError::internal("the demo has no agents"))
    }

    fn staff(&self, rng: &mut StdRng, t: &ticket::Model) -> StoreResult<Principal> {
        t.department_id
            .and_then(|d| self.cast.staff.get(&d))
            .and_then(|s| s.choose(rng))
            .map(|p| p.principal)
            .ok_or_else(|| StoreError::internal(format!("no staff for ticket {}", t.reference)))
    }

    /// The resident, or for phone and anonymous tickets the centre after a follow-up call.
    fn rater(&self, rng: &mut StdRng, case: &Case) -> StoreResult<Principal> {
        match case.filer {
            Filer::Resident(i) => self
                .cast
                .residents
                .get(i)
                .map(|p| p.principal)
                .ok_or_else(|| StoreError::internal("no such demo resident")),
            _ => self.agent(rng),
        }
    }

    fn owner(&self, case: &Case) -> StoreResult<Principal> {
        match case.filer {
            Filer::Resident(i) => self
                .cast
                .residents
                .get(i)
                .map(|p| p.principal)
                .ok_or_else(|| StoreError::internal("no such demo resident")),
            _ => Err(StoreError::internal(
                "only residents act on their own tickets",
            )),
        }
    }

    /// Where a returned ticket goes instead: the district, or another bureau.
    fn redispatch_target(&self, rng: &mut StdRng, t: &ticket::Model) -> StoreResult<Uuid> {
        let district_gov = DEPARTMENTS
            .iter()
            .find(|d| d.parent.is_none() && d.district == Some(t.district.as_str()))
            .and_then(|d| self.departments.iter().find(|m| m.code == d.code))
            .map(|m| m.id)
            .filter(|id| Some(*id) != t.department_id);
        if let Some(id) = district_gov {
            return Ok(id);
        }
        let bureaus: Vec<Uuid> = DEPARTMENTS
            .iter()
            .filter(|d| d.district.is_none())
            .filter_map(|d| self.departments.iter().find(|m| m.code == d.code))
            .map(|m| m.id)
            .filter(|id| Some(*id) != t.department_id)
            .collect();
        bureaus
            .choose(rng)
            .copied()
            .ok_or_else(|| StoreError::internal("no department to re-dispatch to"))
    }

    async fn file(
        &self,
        rng: &mut StdRng,
        cases: &mut [Case],
        i: usize,
        category_id: Uuid,
        at: DateTime<Utc>,
    ) -> StoreResult<()> {
        // A duplicate (重复诉求) of a ticket about the same matter filed a few days before and
        // still being worked: it reports the same place, and the centre merges it.
        let (category, wants_merge) = (cases[i].category, cases[i].wants_merge);
        let parent = wants_merge
            .then(|| {
                cases[..i].iter().rposition(|c| {
                    c.category == category
                        && c.merge_parent.is_none()
                        && c.ticket.as_ref().is_some_and(|t| {
                            matches!(t.state.as_str(), "dispatched" | "accepted")
                                && t.filed_at > at - Duration::days(5)
                        })
                })
            })
            .flatten();
        if let Some(p) = parent {
            let (district, place) = (cases[p].district, cases[p].place);
            let case = &mut cases[i];
            case.district = district;
            case.place = place;
            case.merge_parent = Some(p);
            case.script.push_front(Step::Merge);
        }

        let case = &cases[i];
        let spec = &CATEGORIES[case.category];
        let District {
            name: district,
            centre,
            ..
        } = DISTRICTS[case.district];
        let title = pick(rng, spec.titles).replace("{place}", case.place);
        let number = rng.random_range(1..200);
        let compound = ["小区", "花园", "北里"]
            .iter()
            .any(|s| case.place.ends_with(s));
        let address = if compound {
            format!("{district}{}{number}号楼", case.place)
        } else {
            format!("{district}{}{number}号", case.place)
        };
        let occurred = at - minutes(rng, 60, 3 * 24 * 60);
        let local = self.clock.local(occurred);
        let who_text = match case.filer {
            Filer::Resident(_) if case.on_behalf => WHO_ON_BEHALF,
            Filer::Resident(_) => pick(rng, WHO_RESIDENT),
            Filer::Agent(_) => WHO_CALLER,
            Filer::Anonymous => WHO_ANONYMOUS,
        };
        let description = format!(
            "{who_text}。{}月{}日{}时许，在{address}，{}。{}。{}。",
            local.month(),
            local.day(),
            local.hour(),
            pick(rng, spec.facts),
            pick(rng, COURSES),
            pick(rng, DEMANDS),
        );
        let location = GeoPoint::parse(
            centre.0 + rng.random_range(-0.02..0.02),
            centre.1 + rng.random_range(-0.02..0.02),
        )?;
        let (who, channel, contact, on_behalf_of) = match case.filer {
            Filer::Resident(r) => {
                let p = self
                    .cast
                    .residents
                    .get(r)
                    .ok_or_else(|| StoreError::internal("no such demo resident"))?;
                let on_behalf = case.on_behalf.then(|| OnBehalfOf {
                    relationship: pick(rng, &["母亲", "父亲", "邻居"]).to_owned(),
                });
                (
                    p.principal,
                    Channel::Web,
                    Some((p.name.clone(), Some(p.email.clone()), p.phone.clone())),
                    on_behalf,
                )
            }
            Filer::Agent(a) => {
                let p = self
                    .cast
                    .agents
                    .get(a)
                    .ok_or_else(|| StoreError::internal("no such demo agent"))?;
                let name = pick(rng, CALLER_NAMES).to_owned();
                let phone = format!(
                    "13{}{:08}",
                    rng.random_range(5..10),
                    rng.random_range(0..100_000_000)
                );
                (
                    p.principal,
                    Channel::Phone,
                    Some((name, None, phone)),
                    Some(OnBehalfOf {
                        relationship: "caller".into(),
                    }),
                )
            }
            Filer::Anonymous => {
                let phone = format!(
                    "15{}{:08}",
                    rng.random_range(0..10),
                    rng.random_range(0..100_000_000)
                );
                (
                    Principal::Anonymous,
                    Channel::Web,
                    rng.random_bool(0.5).then(|| (String::new(), None, phone)),
                    None,
                )
            }
        };
        let (contact_name, contact_email, contact_phone) = match contact {
            Some((name, email, phone)) => (
                (!name.is_empty())
                    .then(|| PersonName::parse(&name))
                    .transpose()?,
                email.as_deref().map(Email::parse).transpose()?,
                Some(Phone::parse(&phone)?),
            ),
            None => (None, None, None),
        };
        let locale = match case.filer {
            Filer::Resident(r) if RESIDENTS.get(r).is_some_and(|x| x.3 == Locale::En) => Locale::En,
            _ => Locale::ZhCn,
        };
        let input = NewTicket {
            kind: case.kind,
            priority: case.priority,
            channel,
            category_id: Some(category_id),
            title: Title::parse(&title)?,
            description: Description::parse(&description)?,
            address: Some(Address::parse(&address)?),
            district: Some(district.to_owned()),
            location: Some(location),
            occurred_at: Some(occurred),
            contact_name,
            contact_email,
            contact_phone,
            confidential: case.confidential,
            on_behalf_of,
            locale,
            idempotency_key: None,
        };
        let filed = tickets::file(self.store, &who, input, at).await?;

        let case = &mut cases[i];
        case.ticket = Some(filed.ticket);
        Ok(())
    }

    async fn run(
        &self,
        rng: &mut StdRng,
        cases: &mut [Case],
        i: usize,
        step: Step,
        at: DateTime<Utc>,
    ) -> StoreResult<()> {
        let Some(t) = cases[i].ticket.clone() else {
            return Ok(());
        };
        let reason = |s: &str| Reason::parse(s);
        let message = |s: &str| Message::parse(s);
        let (who, cmd) = match step {
            Step::Dispatch => {
                let target = self.redispatch_target(rng, &t)?;
                (
                    self.agent(rng)?,
                    Command::Dispatch {
                        department_id: target,
                    },
                )
            }
            Step::Refuse => (
                self.agent(rng)?,
                Command::Refuse {
                    reason: reason("该诉求属于治安警情，已告知来电人拨打110报警，不予受理。")?,
                },
            ),
            Step::Merge => {
                let parent = cases[i]
                    .merge_parent
                    .and_then(|p| cases.get(p))
                    .and_then(|c| c.ticket.as_ref())
                    .filter(|p| p.state.parse::<State>().is_ok_and(State::is_open));
                let Some(parent) = parent else {
                    // The earlier ticket was finished first: work this one on its own.
                    cases[i].merge_parent = None;
                    return Ok(());
                };
                let parent_id = parent.id;
                cases[i].script.clear();
                (self.agent(rng)?, Command::Merge { parent_id })
            }
            Step::Return => (
                self.staff(rng, &t)?,
                Command::Return {
                    reason: reason(
                        "经核实，该事项不属于我单位职责范围，建议改派属地或相关主管部门。",
                    )?,
                },
            ),
            Step::Redispatch => {
                let target = self.redispatch_target(rng, &t)?;
                (
                    self.agent(rng)?,
                    Command::Redispatch {
                        department_id: target,
                    },
                )
            }
            Step::Uphold => (
                self.agent(rng)?,
                Command::UpholdDispatch {
                    note: Some(reason(
                        "根据派单目录，该事项属于原承办单位职责，维持原派单。",
                    )?),
                },
            ),
            Step::Accept { .. } => (self.staff(rng, &t)?, Command::Accept),
            Step::Note => (
                self.staff(rng, &t)?,
                Command::InternalNote {
                    body: message(pick(rng, NOTES))?,
                },
            ),
            Step::Ask => (
                self.staff(rng, &t)?,
                Command::AskResident {
                    question: message(pick(rng, QUESTIONS))?,
                },
            ),
            Step::Answer => (
                self.owner(&cases[i])?,
                Command::AnswerResident {
                    answer: message(pick(rng, ANSWERS))?,
                },
            ),
            Step::Extend => {
                let due = t
                    .reply_due
                    .ok_or_else(|| StoreError::internal("extension without a reply deadline"))?;
                let requested_due = self
                    .clock
                    .cal
                    .add_working_days(due, rng.random_range(3..=8))?;
                (
                    self.staff(rng, &t)?,
                    Command::RequestExtension {
                        reason: reason(
                            "该问题需多个部门协调并现场施工，无法在时限内办结，申请延期。",
                        )?,
                        requested_due,
                    },
                )
            }
            Step::Decide { approve } => {
                let request = extension_request::Entity::find()
                    .filter(extension_request::Column::TicketId.eq(t.id))
                    .filter(extension_request::Column::Decision.eq("pending"))
                    .one(self.store.connection())
                    .await?
                    .ok_or_else(|| StoreError::internal("no pending extension request"))?;
                (
                    self.agent(rng)?,
                    Command::DecideExtension {
                        request_id: request.id,
                        approve,
                        note: Some(reason(if approve {
                            "理由充分，同意延期。"
                        } else {
                            "该事项可在原时限内办结，不同意延期。"
                        })?),
                    },
                )
            }
            Step::Supervise => {
                let due_at = self.clock.cal.add_working_days(at, 2)?;
                let supervisor = self
                    .cast
                    .supervisors
                    .choose(rng)
                    .map(|p| p.principal)
                    .ok_or_else(|| StoreError::internal("the demo has no supervisors"))?;
                (
                    supervisor,
                    Command::Supervise {
                        reason: reason(
                            "该工单已超过办理时限仍未答复，请承办单位于2个工作日内办结并报送办理情况。",
                        )?,
                        due_at: Some(due_at),
                    },
                )
            }
            Step::Reply { .. } => {
                let local = self.clock.local(at);
                let body = if t.redo_count > 0 {
                    format!(
                        "您好，针对您再次反映的问题，我单位于{}月{}日再次派员复查，{}，并将在一周内回访确认效果。",
                        local.month(),
                        local.day(),
                        CATEGORIES[cases[i].category].action
                    )
                } else {
                    format!(
                        "您好，您反映的“{}”问题已收悉。经我单位于{}月{}日派员现场核实，{}。感谢您对我们工作的理解与支持。",
                        t.title,
                        local.month(),
                        local.day(),
                        CATEGORIES[cases[i].category].action
                    )
                };
                (
                    self.staff(rng, &t)?,
                    Command::Reply {
                        body: message(&body)?,
                    },
                )
            }
            Step::Rate => {
                // Each redo makes the resident a little harder to please.
                let p_dissatisfied = [0.16, 0.25, 0.35]
                    .get(cases[i].ratings as usize)
                    .copied()
                    .unwrap_or(0.0);
                let satisfaction = if rng.random_bool(p_dissatisfied) {
                    if rng.random_bool(0.65) {
                        Satisfaction::Dissatisfied
                    } else {
                        Satisfaction::VeryDissatisfied
                    }
                } else {
                    weighted(
                        rng,
                        &[
                            (Satisfaction::VerySatisfied, 50),
                            (Satisfaction::Satisfied, 35),
                            (Satisfaction::BasicallySatisfied, 15),
                        ],
                        |(_, w)| *w,
                    )
                    .0
                };
                let happy = satisfaction.is_satisfied();
                cases[i].ratings += 1;
                (
                    self.rater(rng, &cases[i])?,
                    Command::Rate {
                        solved: happy || rng.random_bool(0.2),
                        satisfaction,
                        comment: if rng.random_bool(0.6) {
                            Some(message(pick(
                                rng,
                                if happy {
                                    SATISFIED_COMMENTS
                                } else {
                                    DISSATISFIED_COMMENTS
                                },
                            ))?)
                        } else {
                            None
                        },
                    },
                )
            }
            Step::AutoClose => (Principal::System, Command::AutoClose),
            Step::Reopen => (
                self.owner(&cases[i])?,
                Command::Reopen {
                    reason: reason("问题又出现了，申请重新办理。")?,
                },
            ),
            Step::Withdraw => (
                self.owner(&cases[i])?,
                Command::Withdraw {
                    reason: Some(reason("问题已经自行解决，撤回诉求。")?),
                },
            ),
        };
        let after = tickets::act(self.store, &who, t.id, cmd, None, at).await?;
        let case = &mut cases[i];
        // A dissatisfied rating or a reopen puts the ticket back with the department: it is
        // answered and rated again.
        if matches!(step, Step::Rate | Step::Reopen) && after.state == State::Accepted.as_str() {
            case.script.push_front(Step::Rate);
            case.script.push_front(Step::Reply {
                late: rng.random_bool(0.15),
            });
        }
        case.ticket = Some(after);
        Ok(())
    }
}
