// Name pools of the synthetic list generator (see name_pools.h). The arrays live in
// `data`; the spans the header declares are initialised at compile time (constinit).
#include "synth/name_pools.h"

#include <span>
#include <string_view>
#include <utility>

namespace cordon::synth {
namespace data {

// ---------------------------------------------------------------------------------------------
// Persons, by naming tradition.

constexpr Scripted kArabicMale[] = {{"Mohammed", "محمد"},
                                    {"Ahmad", "أحمد"},
                                    {"Ali", "علي"},
                                    {"Omar", "عمر"},
                                    {"Khalid", "خالد"},
                                    {"Hassan", "حسن"},
                                    {"Hussein", "حسين"},
                                    {"Ibrahim", "إبراهيم"},
                                    {"Yusuf", "يوسف"},
                                    {"Abdullah", "عبد الله"},
                                    {"Abdul Rahman", "عبد الرحمن"},
                                    {"Abdul Aziz", "عبد العزيز"},
                                    {"Abdul Karim", "عبد الكريم"},
                                    {"Abdul Hakim", "عبد الحكيم"},
                                    {"Abdul Majid", "عبد المجيد"},
                                    {"Abdul Latif", "عبد اللطيف"},
                                    {"Abdul Salam", "عبد السلام"},
                                    {"Mahmoud", "محمود"},
                                    {"Mustafa", "مصطفى"},
                                    {"Salim", "سالم"},
                                    {"Saeed", "سعيد"},
                                    {"Tariq", "طارق"},
                                    {"Walid", "وليد"},
                                    {"Faisal", "فيصل"},
                                    {"Nasser", "ناصر"},
                                    {"Jamal", "جمال"},
                                    {"Karim", "كريم"},
                                    {"Samir", "سمير"},
                                    {"Adel", "عادل"},
                                    {"Hamza", "حمزة"},
                                    {"Bilal", "بلال"},
                                    {"Anas", "أنس"},
                                    {"Osama", "أسامة"},
                                    {"Ayman", "أيمن"},
                                    {"Ziad", "زياد"},
                                    {"Majid", "ماجد"},
                                    {"Rashid", "راشد"},
                                    {"Sami", "سامي"},
                                    {"Hisham", "هشام"},
                                    {"Imad", "عماد"},
                                    {"Nabil", "نبيل"},
                                    {"Raed", "رائد"},
                                    {"Fadi", "فادي"},
                                    {"Ammar", "عمار"},
                                    {"Yasser", "ياسر"},
                                    {"Marwan", "مروان"},
                                    {"Sulaiman", "سليمان"},
                                    {"Ismail", "إسماعيل"},
                                    {"Idris", "إدريس"},
                                    {"Musa", "موسى"},
                                    {"Issa", "عيسى"},
                                    {"Zakariya", "زكريا"},
                                    {"Harith", "حارث"},
                                    {"Hamid", "حامد"},
                                    {"Mansour", "منصور"},
                                    {"Fahd", "فهد"},
                                    {"Turki", "تركي"},
                                    {"Saad", "سعد"},
                                    {"Sultan", "سلطان"},
                                    {"Badr", "بدر"},
                                    {"Haitham", "هيثم"},
                                    {"Qasim", "قاسم"},
                                    {"Abbas", "عباس"},
                                    {"Jafar", "جعفر"},
                                    {"Nawaf", "نواف"},
                                    {"Mazen", "مازن"},
                                    {"Riyad", "رياض"},
                                    {"Hazem", "حازم"},
                                    {"Talal", "طلال"},
                                    {"Ghassan", "غسان"},
                                    {"Bassam", "بسام"},
                                    {"Munir", "منير"},
                                    {"Yahya", "يحيى"},
                                    {"Othman", "عثمان"},
                                    {"Khalil", "خليل"},
                                    {"Salah", "صلاح"},
                                    {"Jihad", "جهاد"},
                                    {"Ashraf", "أشرف"}};

constexpr Scripted kArabicFemale[] = {
    {"Fatima", "فاطمة"}, {"Aisha", "عائشة"},  {"Maryam", "مريم"}, {"Khadija", "خديجة"},
    {"Zainab", "زينب"},  {"Amina", "أمينة"},  {"Layla", "ليلى"},  {"Huda", "هدى"},
    {"Noor", "نور"},     {"Samira", "سميرة"}, {"Rania", "رانيا"}, {"Hanan", "حنان"},
    {"Salma", "سلمى"},   {"Asma", "أسماء"},   {"Reem", "ريم"},    {"Dina", "دينا"},
    {"Lina", "لينا"},    {"Nadia", "نادية"},  {"Sara", "سارة"},   {"Yasmin", "ياسمين"},
    {"Hiba", "هبة"},     {"Rasha", "رشا"}};

constexpr ArabicFamily kArabicFamily[] = {
    {"Tamimi", "التميمي", true},      {"Qahtani", "القحطاني", true},
    {"Shammari", "الشمري", true},     {"Otaibi", "العتيبي", true},
    {"Harbi", "الحربي", true},        {"Dosari", "الدوسري", true},
    {"Zahrani", "الزهراني", true},    {"Ghamdi", "الغامدي", true},
    {"Shehri", "الشهري", true},       {"Mutairi", "المطيري", true},
    {"Anazi", "العنزي", true},        {"Masri", "المصري", true},
    {"Baghdadi", "البغدادي", true},   {"Tikriti", "التكريتي", true},
    {"Dulaimi", "الدليمي", true},     {"Jubouri", "الجبوري", true},
    {"Obaidi", "العبيدي", true},      {"Hashimi", "الهاشمي", true},
    {"Rifai", "الرفاعي", true},       {"Halabi", "الحلبي", true},
    {"Shami", "الشامي", true},        {"Yemeni", "اليمني", true},
    {"Libi", "الليبي", true},         {"Sudani", "السوداني", true},
    {"Maqdisi", "المقدسي", true},     {"Ansari", "الأنصاري", true},
    {"Zarqawi", "الزرقاوي", true},    {"Kuwaiti", "الكويتي", true},
    {"Hadrami", "الحضرمي", true},     {"Awlaki", "العولقي", true},
    {"Wuhayshi", "الوحيشي", true},    {"Saadi", "السعدي", true},
    {"Bakri", "البكري", true},        {"Nuaimi", "النعيمي", true},
    {"Kaabi", "الكعبي", true},        {"Mansouri", "المنصوري", true},
    {"Marri", "المري", true},         {"Kuwari", "الكواري", true},
    {"Hamdani", "الحمداني", true},    {"Zubaidi", "الزبيدي", true},
    {"Rawi", "الراوي", true},         {"Ani", "العاني", true},
    {"Qurashi", "القرشي", true},      {"Fadhli", "الفضلي", true},
    {"Hajri", "الهاجري", true},       {"Amri", "العامري", true},
    {"Khazraji", "الخزرجي", true},    {"Tunisi", "التونسي", true},
    {"Jazairi", "الجزائري", true},    {"Maghribi", "المغربي", true},
    {"Iraqi", "العراقي", true},       {"Suri", "السوري", true},
    {"Urduni", "الأردني", true},      {"Filistini", "الفلسطيني", true},
    {"Somali", "الصومالي", true},     {"Haddad", "حداد", false},
    {"Khoury", "خوري", false},        {"Nasrallah", "نصر الله", false},
    {"Darwish", "درويش", false},      {"Saleh", "صالح", false},
    {"Abboud", "عبود", false},        {"Hammoud", "حمود", false},
    {"Barakat", "بركات", false},      {"Yassin", "ياسين", false},
    {"Fadlallah", "فضل الله", false}, {"Haidar", "حيدر", false},
    {"Mughniyeh", "مغنية", false},    {"Qassem", "قاسم", false},
    {"Safi", "صافي", false},          {"Shihab", "شهاب", false},
    {"Sabbagh", "صباغ", false},       {"Mahfouz", "محفوظ", false},
    {"Zaidan", "زيدان", false},       {"Khatib", "خطيب", false},
    {"Najjar", "نجار", false}};

constexpr RussianGiven kRussianMale[] = {{"Aleksandr", "Aleksandrovich", "Aleksandrovna"},
                                         {"Dmitry", "Dmitriyevich", "Dmitriyevna"},
                                         {"Sergei", "Sergeyevich", "Sergeyevna"},
                                         {"Andrei", "Andreyevich", "Andreyevna"},
                                         {"Aleksei", "Alekseyevich", "Alekseyevna"},
                                         {"Vladimir", "Vladimirovich", "Vladimirovna"},
                                         {"Nikolai", "Nikolayevich", "Nikolayevna"},
                                         {"Ivan", "Ivanovich", "Ivanovna"},
                                         {"Mikhail", "Mikhailovich", "Mikhailovna"},
                                         {"Yevgeny", "Yevgenyevich", "Yevgenyevna"},
                                         {"Pavel", "Pavlovich", "Pavlovna"},
                                         {"Igor", "Igorevich", "Igorevna"},
                                         {"Oleg", "Olegovich", "Olegovna"},
                                         {"Viktor", "Viktorovich", "Viktorovna"},
                                         {"Yuri", "Yuryevich", "Yuryevna"},
                                         {"Anatoly", "Anatolyevich", "Anatolyevna"},
                                         {"Vladislav", "Vladislavovich", "Vladislavovna"},
                                         {"Konstantin", "Konstantinovich", "Konstantinovna"},
                                         {"Roman", "Romanovich", "Romanovna"},
                                         {"Maksim", "Maksimovich", "Maksimovna"},
                                         {"Denis", "Denisovich", "Denisovna"},
                                         {"Artem", "Artemovich", "Artemovna"},
                                         {"Boris", "Borisovich", "Borisovna"},
                                         {"Gennady", "Gennadyevich", "Gennadyevna"},
                                         {"Valery", "Valeryevich", "Valeryevna"},
                                         {"Vitaly", "Vitalyevich", "Vitalyevna"},
                                         {"Stanislav", "Stanislavovich", "Stanislavovna"},
                                         {"Arkady", "Arkadyevich", "Arkadyevna"},
                                         {"Grigory", "Grigoryevich", "Grigoryevna"},
                                         {"Leonid", "Leonidovich", "Leonidovna"},
                                         {"Pyotr", "Petrovich", "Petrovna"},
                                         {"Fyodor", "Fyodorovich", "Fyodorovna"},
                                         {"Timur", "Timurovich", "Timurovna"},
                                         {"Ruslan", "Ruslanovich", "Ruslanovna"},
                                         {"Vadim", "Vadimovich", "Vadimovna"},
                                         {"Kirill", "Kirillovich", "Kirillovna"},
                                         {"Ilya", "Ilyich", "Ilyinichna"},
                                         {"Yaroslav", "Yaroslavovich", "Yaroslavovna"},
                                         {"Bogdan", "Bogdanovich", "Bogdanovna"},
                                         {"Taras", "Tarasovich", "Tarasovna"},
                                         {"Vasily", "Vasilyevich", "Vasilyevna"},
                                         {"Semyon", "Semyonovich", "Semyonovna"},
                                         {"Eduard", "Eduardovich", "Eduardovna"},
                                         {"Rostislav", "Rostislavovich", "Rostislavovna"},
                                         {"Anton", "Antonovich", "Antonovna"},
                                         {"Nikita", "Nikitich", "Nikitichna"},
                                         {"Georgy", "Georgyevich", "Georgyevna"},
                                         {"Valentin", "Valentinovich", "Valentinovna"},
                                         {"Lev", "Lvovich", "Lvovna"},
                                         {"Matvei", "Matveyevich", "Matveyevna"},
                                         {"Vyacheslav", "Vyacheslavovich", "Vyacheslavovna"},
                                         {"Yakov", "Yakovlevich", "Yakovlevna"},
                                         {"Gleb", "Glebovich", "Glebovna"},
                                         {"Arsen", "Arsenovich", "Arsenovna"}};

constexpr std::string_view kRussianFemale[] = {
    "Yelena",     "Olga",     "Tatiana",   "Natalia", "Irina",  "Svetlana", "Anna",      "Maria",
    "Yekaterina", "Marina",   "Lyudmila",  "Galina",  "Oksana", "Yulia",    "Anastasia", "Viktoria",
    "Larisa",     "Nadezhda", "Valentina", "Kseniya", "Alla",   "Inna",     "Zhanna",    "Polina"};

constexpr std::string_view kRussianFamily[] = {
    "Ivanov",     "Petrov",     "Sidorov",     "Smirnov",     "Kuznetsov",   "Popov",
    "Volkov",     "Sokolov",    "Lebedev",     "Kozlov",      "Novikov",     "Morozov",
    "Pavlov",     "Semenov",    "Golubev",     "Vinogradov",  "Bogdanov",    "Vorobyov",
    "Fedorov",    "Mikhailov",  "Belyaev",     "Tarasov",     "Belov",       "Komarov",
    "Orlov",      "Kiselev",    "Makarov",     "Andreev",     "Kovalev",     "Ilyin",
    "Gusev",      "Titov",      "Kuzmin",      "Kudryavtsev", "Baranov",     "Kulikov",
    "Alekseev",   "Stepanov",   "Yakovlev",    "Sorokin",     "Sergeev",     "Romanov",
    "Zakharov",   "Borisov",    "Korolev",     "Gerasimov",   "Ponomarev",   "Grigoriev",
    "Lazarev",    "Medvedev",   "Yershov",     "Nikitin",     "Sobolev",     "Ryabov",
    "Polyakov",   "Tsvetkov",   "Danilov",     "Zhukov",      "Frolov",      "Zhuravlev",
    "Nikolaev",   "Krylov",     "Maksimov",    "Sidorenko",   "Kovalenko",   "Bondarenko",
    "Tkachenko",  "Kravchenko", "Shevchenko",  "Boyko",       "Melnyk",      "Kovalchuk",
    "Oliynyk",    "Polishchuk", "Lysenko",     "Marchenko",   "Moroz",       "Savchenko",
    "Rudenko",    "Petrenko",   "Dobrovolsky", "Vysotsky",    "Zhirinovsky", "Deripaska",
    "Abramovich", "Usmanov",    "Timchenko",   "Rotenko",     "Chemezov",    "Sechin",
    "Shoigu",     "Patrushev",  "Naryshkin",   "Kadyrov",     "Bortnikov",   "Zolotov",
    "Karpenko",   "Yurchenko"};

constexpr Han kChineseFamily[] = {
    {"Wang", "王"},  {"Li", "李"},    {"Zhang", "张"}, {"Liu", "刘"},   {"Chen", "陈"},
    {"Yang", "杨"},  {"Huang", "黄"}, {"Zhao", "赵"},  {"Wu", "吴"},    {"Zhou", "周"},
    {"Xu", "徐"},    {"Sun", "孙"},   {"Ma", "马"},    {"Zhu", "朱"},   {"Hu", "胡"},
    {"Guo", "郭"},   {"He", "何"},    {"Gao", "高"},   {"Lin", "林"},   {"Luo", "罗"},
    {"Zheng", "郑"}, {"Liang", "梁"}, {"Xie", "谢"},   {"Song", "宋"},  {"Tang", "唐"},
    {"Han", "韩"},   {"Feng", "冯"},  {"Deng", "邓"},  {"Cao", "曹"},   {"Peng", "彭"},
    {"Zeng", "曾"},  {"Xiao", "肖"},  {"Tian", "田"},  {"Dong", "董"},  {"Pan", "潘"},
    {"Yuan", "袁"},  {"Cai", "蔡"},   {"Jiang", "蒋"}, {"Yu", "余"},    {"Du", "杜"},
    {"Ye", "叶"},    {"Cheng", "程"}, {"Wei", "魏"},   {"Su", "苏"},    {"Lu", "卢"},
    {"Ding", "丁"},  {"Ren", "任"},   {"Shen", "沈"},  {"Yao", "姚"},   {"Fang", "方"},
    {"Jin", "金"},   {"Qiu", "邱"},   {"Xia", "夏"},   {"Tan", "谭"},   {"Shi", "石"},
    {"Liao", "廖"},  {"Zou", "邹"},   {"Xiong", "熊"}, {"Meng", "孟"},  {"Qin", "秦"},
    {"Yan", "严"},   {"Hou", "侯"},   {"Shao", "邵"},  {"Long", "龙"},  {"Wan", "万"},
    {"Duan", "段"},  {"Lei", "雷"},   {"Qian", "钱"},  {"Yin", "尹"},   {"Yi", "易"},
    {"Chang", "常"}, {"Wu", "武"},    {"Qiao", "乔"},  {"He", "贺"},    {"Lai", "赖"},
    {"Gong", "龚"},  {"Wen", "文"},   {"Pang", "庞"},  {"Fan", "范"},   {"Kang", "康"},
    {"Hao", "郝"},   {"Bai", "白"},   {"Cui", "崔"},   {"Mao", "毛"},   {"Kong", "孔"},
    {"Xue", "薛"},   {"Niu", "牛"},   {"Ge", "葛"},    {"Shi", "史"},   {"Fu", "傅"},
    {"Zhong", "钟"}, {"Tao", "陶"},   {"Jia", "贾"},   {"Gu", "顾"},    {"Mo", "莫"},
    {"Hong", "洪"},  {"Guan", "关"},  {"Xiang", "向"}, {"Qi", "齐"},    {"Ou", "欧"},
    {"Zhan", "詹"},  {"Mei", "梅"},   {"Lu", "陆"},    {"Kuang", "邝"}, {"Ni", "倪"},
    {"Yue", "岳"},   {"Geng", "耿"},  {"Ji", "季"},    {"Bao", "鲍"},   {"Rao", "饶"}};

constexpr Han kChineseSyllable[] = {
    {"Wei", "伟"},    {"Jun", "军"},  {"Hong", "红"},  {"Ming", "明"},  {"Hua", "华"},
    {"Jian", "建"},   {"Ping", "平"}, {"Gang", "刚"},  {"Lei", "磊"},   {"Qiang", "强"},
    {"Yong", "勇"},   {"Jie", "杰"},  {"Tao", "涛"},   {"Bin", "斌"},   {"Hui", "辉"},
    {"Xin", "新"},    {"Yan", "燕"},  {"Ling", "玲"},  {"Fang", "芳"},  {"Li", "丽"},
    {"Na", "娜"},     {"Jing", "静"}, {"Xiu", "秀"},   {"Ying", "英"},  {"Lan", "兰"},
    {"Mei", "梅"},    {"Zhi", "志"},  {"Guo", "国"},   {"Dong", "东"},  {"Hai", "海"},
    {"Feng", "峰"},   {"Chun", "春"}, {"Qing", "庆"},  {"Bo", "波"},    {"Peng", "鹏"},
    {"Yu", "宇"},     {"Xiao", "晓"}, {"Wen", "文"},   {"Jia", "佳"},   {"Rui", "瑞"},
    {"Kai", "凯"},    {"Long", "龙"}, {"Tian", "天"},  {"Zhen", "振"},  {"Liang", "亮"},
    {"Shan", "山"},   {"Yun", "云"},  {"Cheng", "成"}, {"Hao", "浩"},   {"Xiang", "祥"},
    {"An", "安"},     {"Bao", "宝"},  {"Chang", "昌"}, {"Chao", "超"},  {"Chen", "辰"},
    {"Da", "大"},     {"De", "德"},   {"Fei", "飞"},   {"Fu", "福"},    {"Gui", "贵"},
    {"Han", "涵"},    {"He", "和"},   {"Heng", "恒"},  {"Hu", "虎"},    {"Huan", "欢"},
    {"Ji", "吉"},     {"Jin", "金"},  {"Kang", "康"},  {"Kun", "坤"},   {"Le", "乐"},
    {"Lin", "林"},    {"Lu", "路"},   {"Min", "敏"},   {"Nan", "楠"},   {"Ning", "宁"},
    {"Qi", "琪"},     {"Qian", "倩"}, {"Qiu", "秋"},   {"Quan", "全"},  {"Ren", "仁"},
    {"Rong", "荣"},   {"Ru", "如"},   {"Sen", "森"},   {"Sheng", "胜"}, {"Shu", "淑"},
    {"Shuang", "双"}, {"Si", "思"},   {"Song", "松"},  {"Ting", "婷"},  {"Wan", "婉"},
    {"Wu", "武"},     {"Xi", "希"},   {"Xia", "霞"},   {"Xian", "贤"},  {"Xue", "雪"},
    {"Yang", "阳"},   {"Yao", "瑶"},  {"Yi", "毅"},    {"Yin", "银"},   {"You", "友"},
    {"Yuan", "元"},   {"Yue", "悦"},  {"Ze", "泽"},    {"Zhan", "展"},  {"Zhao", "钊"},
    {"Zhong", "忠"},  {"Zhu", "竹"},  {"Zi", "子"},    {"Zong", "宗"},  {"Ai", "爱"},
    {"Bing", "冰"},   {"Cai", "才"},  {"Can", "灿"},   {"Chuan", "川"}, {"Ci", "慈"},
    {"Cong", "聪"},   {"Cui", "翠"},  {"Dan", "丹"},   {"Deng", "登"},  {"Di", "迪"},
    {"Ding", "鼎"},   {"Duo", "朵"},  {"En", "恩"},    {"Fan", "帆"},   {"Gao", "高"},
    {"Ge", "歌"},     {"Gen", "根"},  {"Guang", "光"}, {"Hang", "航"},  {"Jiao", "娇"},
    {"Juan", "娟"},   {"Kui", "魁"},  {"Lian", "莲"},  {"Lun", "伦"},   {"Man", "曼"},
    {"Mao", "茂"},    {"Miao", "苗"}, {"Mu", "木"},    {"Nian", "年"},  {"Pei", "培"},
    {"Pin", "品"},    {"Qin", "琴"},  {"Rou", "柔"},   {"Ruo", "若"},   {"Shao", "少"},
    {"Shi", "世"},    {"Shou", "寿"}, {"Shun", "顺"},  {"Tai", "泰"},   {"Wang", "旺"},
    {"Xing", "星"},   {"Xu", "旭"},   {"Xuan", "轩"},  {"Ya", "雅"},    {"Zhe", "哲"},
    {"Zheng", "正"},  {"Zhuo", "卓"}, {"Zun", "尊"},   {"Biao", "彪"},  {"Chu", "楚"},
    {"Jiang", "江"},  {"Lang", "朗"}, {"Li", "立"},    {"Meng", "梦"},  {"Qiao", "乔"},
    {"Sha", "莎"},    {"Tong", "彤"}, {"Wei", "薇"},   {"Xiong", "雄"}, {"Ying", "莹"},
    {"Yu", "玉"},     {"Zhen", "珍"}};

constexpr Han kKoreanFamily[] = {
    {"Kim", "김"},   {"Lee", "이"},  {"Park", "박"}, {"Choi", "최"}, {"Jung", "정"},
    {"Kang", "강"},  {"Cho", "조"},  {"Yoon", "윤"}, {"Jang", "장"}, {"Lim", "임"},
    {"Han", "한"},   {"Oh", "오"},   {"Seo", "서"},  {"Shin", "신"}, {"Kwon", "권"},
    {"Hwang", "황"}, {"Ahn", "안"},  {"Song", "송"}, {"Ryu", "류"},  {"Hong", "홍"},
    {"Jon", "전"},   {"Ri", "리"},   {"Pak", "박"},  {"Kye", "계"},  {"Thae", "태"},
    {"Ro", "로"},    {"Paek", "백"}, {"Hyon", "현"}, {"Sin", "신"},  {"Choe", "최"}};

constexpr Han kKoreanSyllable[] = {
    {"Jong", "정"},  {"Un", "은"},    {"Il", "일"},    {"Song", "성"},  {"Chol", "철"},
    {"Nam", "남"},   {"Yong", "용"},  {"Ho", "호"},    {"Min", "민"},   {"Jun", "준"},
    {"Hyun", "현"},  {"Su", "수"},    {"Young", "영"}, {"Sung", "승"},  {"Kwang", "광"},
    {"Myong", "명"}, {"Hak", "학"},   {"Chang", "창"}, {"Dong", "동"},  {"Hee", "희"},
    {"Jin", "진"},   {"Ju", "주"},    {"Hyok", "혁"},  {"Gil", "길"},   {"Kyong", "경"},
    {"Yol", "열"},   {"Mun", "문"},   {"Sok", "석"},   {"Chan", "찬"},  {"Tae", "태"},
    {"Hwa", "화"},   {"Kuk", "국"},   {"Ryong", "룡"}, {"Chun", "춘"},  {"Gwang", "광"},
    {"Won", "원"},   {"Hyon", "현"},  {"Sun", "순"},   {"Ok", "옥"},    {"Bok", "복"},
    {"Seung", "승"}, {"Ji", "지"},    {"Yeon", "연"},  {"Hoon", "훈"},  {"Woo", "우"},
    {"Ae", "애"},    {"Bin", "빈"},   {"Bo", "보"},    {"Byung", "병"}, {"Chae", "채"},
    {"Cheol", "철"}, {"Da", "다"},    {"Dae", "대"},   {"Deok", "덕"},  {"Doo", "두"},
    {"Eun", "은"},   {"Geun", "근"},  {"Gi", "기"},    {"Gyu", "규"},   {"Ha", "하"},
    {"Hae", "해"},   {"Han", "한"},   {"Hwan", "환"},  {"Hye", "혜"},   {"Hyo", "효"},
    {"In", "인"},    {"Jae", "재"},   {"Jeong", "정"}, {"Man", "만"},   {"Mi", "미"},
    {"Myung", "명"}, {"Na", "나"},    {"Pil", "필"},   {"Sang", "상"},  {"Se", "세"},
    {"Seon", "선"},  {"Si", "시"},    {"So", "소"},    {"Soo", "수"},   {"Sook", "숙"},
    {"Tak", "탁"},   {"Uk", "욱"},    {"Yeong", "영"}, {"Yoon", "윤"},  {"Yu", "유"},
    {"Ryon", "련"},  {"Pyong", "평"}, {"Kum", "금"},   {"Rim", "림"},   {"Sol", "솔"}};

constexpr std::string_view kHispanicMale[] = {
    "José",     "Juan",    "Carlos",    "Luis",     "Jorge",  "Miguel",    "Pedro",   "Alejandro",
    "Fernando", "Ricardo", "Rafael",    "Diego",    "Manuel", "Francisco", "Javier",  "Antonio",
    "Raúl",     "Sergio",  "Eduardo",   "Andrés",   "Héctor", "Óscar",     "Ramón",   "Joaquín",
    "Nicolás",  "Hugo",    "Arturo",    "Gustavo",  "Víctor", "Jesús",     "Ernesto", "Fidel",
    "Gabriel",  "Tomás",   "Rodrigo",   "Ignacio",  "Julio",  "Enrique",   "Marco",   "Álvaro",
    "Ismael",   "Rubén",   "Sebastián", "Mauricio", "Wilmer", "Diosdado",  "Tareck",  "Nestor"};

constexpr std::string_view kHispanicFemale[] = {
    "María",    "Ana",      "Carmen",  "Rosa",  "Isabel",  "Lucía",
    "Patricia", "Gabriela", "Daniela", "Sofía", "Adriana", "Claudia",
    "Verónica", "Mónica",   "Elena",   "Delcy", "Cilia",   "Griselda"};

constexpr std::string_view kHispanicFamily[] = {
    "García",  "Rodríguez",  "Martínez", "López",     "González",  "Hernández", "Pérez",
    "Sánchez", "Ramírez",    "Torres",   "Flores",    "Rivera",    "Gómez",     "Díaz",
    "Reyes",   "Morales",    "Cruz",     "Ortiz",     "Gutiérrez", "Chávez",    "Ramos",
    "Ruiz",    "Jiménez",    "Mendoza",  "Vargas",    "Castillo",  "Romero",    "Herrera",
    "Medina",  "Aguilar",    "Guzmán",   "Cabello",   "Moros",     "Saab",      "Ochoa",
    "Zambada", "Carrillo",   "Fuentes",  "Beltrán",   "Caro",      "Quintero",  "Escobar",
    "Londoño", "Villalobos", "Salazar",  "Cárdenas",  "Arellano",  "Félix",     "Treviño",
    "Padrino", "Rondón",     "Bermúdez", "Marulanda", "Echeverri", "Valencia",  "Osorio"};

constexpr std::string_view kHispanicNickname[] = {
    "El Gordo",      "El Flaco",  "El Chino", "El Güero", "El Viejo", "El Señor", "El Ingeniero",
    "El Mayo",       "El Toro",   "El Tigre", "La Reina", "El Negro", "El Compa", "El Primo",
    "El Licenciado", "El Doctor", "El Profe", "El Mono",  "El Loco",  "La Jefa"};

constexpr std::string_view kPersianMale[] = {"Mohammad",
                                             "Ali",
                                             "Hossein",
                                             "Reza",
                                             "Mehdi",
                                             "Hassan",
                                             "Ahmad",
                                             "Mohsen",
                                             "Majid",
                                             "Saeed",
                                             "Hamid",
                                             "Morteza",
                                             "Mahmoud",
                                             "Javad",
                                             "Amir",
                                             "Mostafa",
                                             "Abbas",
                                             "Qasem",
                                             "Gholamreza",
                                             "Mohammad Reza",
                                             "Alireza",
                                             "Hamidreza",
                                             "Esmail",
                                             "Davood",
                                             "Karim",
                                             "Bahram",
                                             "Behrouz",
                                             "Farhad",
                                             "Kamran",
                                             "Dariush",
                                             "Kourosh",
                                             "Masoud",
                                             "Nasser",
                                             "Rostam",
                                             "Yousef",
                                             "Ebrahim",
                                             "Jafar",
                                             "Parviz",
                                             "Shahram",
                                             "Babak",
                                             "Mojtaba",
                                             "Ruhollah",
                                             "Mohammad Hossein",
                                             "Mohammad Ali",
                                             "Amir Hossein",
                                             "Abdolreza",
                                             "Gholamali",
                                             "Hojatollah"};

constexpr std::string_view kPersianFemale[] = {"Zahra",  "Fatemeh", "Maryam", "Masoumeh", "Narges",
                                               "Leila",  "Shirin",  "Parisa", "Mahsa",    "Soheila",
                                               "Azadeh", "Elham",   "Roya",   "Mina"};

constexpr std::string_view kPersianFamily[] = {
    "Rezaei",      "Mohammadi", "Hosseini",   "Ahmadi",      "Karimi",        "Moradi",
    "Jafari",      "Ghasemi",   "Rahimi",     "Mousavi",     "Heidari",       "Sadeghi",
    "Kazemi",      "Hashemi",   "Ebrahimi",   "Akbari",      "Mirzaei",       "Rostami",
    "Soleimani",   "Abbasi",    "Najafi",     "Salehi",      "Taheri",        "Bagheri",
    "Shirazi",     "Esfahani",  "Tehrani",    "Zarif",       "Larijani",      "Vahidi",
    "Safavi",      "Jalili",    "Shamkhani",  "Qalibaf",     "Rafsanjani",    "Araghchi",
    "Firouzabadi", "Naqdi",     "Pakpour",    "Hajizadeh",   "Dehghan",       "Zolfaghari",
    "Shahriari",   "Farahani",  "Nourbakhsh", "Golpayegani", "Asadi",         "Amiri",
    "Yazdani",     "Alavi",     "Asgari",     "Azizi",       "Bahrami",       "Darvishi",
    "Fallahi",     "Ghaffari",  "Habibi",     "Jahani",      "Kamali",        "Khalili",
    "Mahdavi",     "Nazari",    "Noori",      "Rahmani",     "Sharifi",       "Tavakoli",
    "Vaziri",      "Yousefi",   "Zamani",     "Sohrabi",     "Kiani",         "Rajabi",
    "Rouhani",     "Raisi",     "Velayati",   "Mohseni",     "Khatami",       "Tabatabaei",
    "Sepehri",     "Zandi",     "Karbaschi",  "Ashtiani",    "Shariatmadari", "Mottaki"};

constexpr std::string_view kPersianFamilySuffix[] = {
    "Tehrani",  "Shirazi",    "Esfahani",  "Khorasani", "Tabrizi", "Kermani",
    "Mashhadi", "Yazdi",      "Qomi",      "Ardakani",  "Khoei",   "Najafabadi",
    "Kashani",  "Hamedani",   "Zanjani",   "Ghazvini",  "Rashti",  "Sabzevari",
    "Kani",     "Tabatabaei", "Shahroudi", "Lankarani", "Amoli",   "Firouzabadi"};

constexpr std::string_view kSouthAsianTitle[] = {"Mullah", "Maulana", "Mufti",  "Qari",
                                                 "Haji",   "Hafiz",   "Maulvi", "Sheikh"};

constexpr std::string_view kSouthAsianGiven[] = {
    "Muhammad",    "Abdul Ghani", "Gul",           "Noor",        "Fazal",        "Hakimullah",
    "Baitullah",   "Zahir",       "Aziz",          "Rahmatullah", "Hamidullah",   "Saifullah",
    "Asadullah",   "Zabihullah",  "Amanullah",     "Habibullah",  "Ehsanullah",   "Najibullah",
    "Khalil",      "Sher",        "Zar",           "Wali",        "Akhtar",       "Mansoor",
    "Usman",       "Imran",       "Tariq",         "Shahid",      "Faisal",       "Zulfiqar",
    "Asif",        "Nawaz",       "Shahbaz",       "Iqbal",       "Ijaz",         "Javed",
    "Kamran",      "Waqar",       "Bashir",        "Naseer",      "Sirajuddin",   "Jalaluddin",
    "Abdul Qadir", "Abdul Wahab", "Mohammad Omar", "Gulbuddin",   "Yunus",        "Khan",
    "Mir",         "Sardar",      "Abdul Basit",   "Abdul Hadi",  "Abdul Jabbar", "Abdul Manan",
    "Abdul Qayum", "Abdul Rauf",  "Abdul Salam",   "Abdul Wali",  "Ahmadullah",   "Ataullah",
    "Daud",        "Fazlullah",   "Hafizullah",    "Ismatullah",  "Karimullah",   "Latif",
    "Mohibullah",  "Nasrullah",   "Nematullah",    "Obaidullah",  "Qudratullah",  "Sadiq",
    "Samiullah",   "Shafiq",      "Taj",           "Yar",         "Zainullah",    "Zakir"};

constexpr std::string_view kSouthAsianFemale[] = {
    "Ayesha", "Bibi", "Farzana", "Nasreen", "Shazia", "Rukhsana", "Zarmina", "Malalai", "Sadia"};

constexpr std::string_view kSouthAsianFamily[] = {
    "Haqqani",  "Mehsud",   "Yousafzai", "Afridi",     "Khan",      "Durrani",  "Popalzai",
    "Barakzai", "Achakzai", "Noorzai",   "Ishakzai",   "Wazir",     "Shinwari", "Mohmand",
    "Zadran",   "Khattak",  "Qureshi",   "Chaudhry",   "Malik",     "Butt",     "Sheikh",
    "Siddiqui", "Hashmi",   "Bhatti",    "Awan",       "Rana",      "Lakhvi",   "Azhar",
    "Kashmiri", "Baloch",   "Bugti",     "Mengal",     "Rind",      "Jatoi",    "Mirza",
    "Gilani",   "Abbasi",   "Akhund",    "Akhundzada", "Hekmatyar", "Mujahid",  "Muttaqi",
    "Baradar",  "Tokhi",    "Alizai",    "Kakar",      "Stanikzai", "Zaeef",    "Ahmadzai",
    "Andar",    "Atal",     "Hotak",     "Jadran",     "Kharoti",   "Khogyani", "Mangal",
    "Nasir",    "Niazi",    "Rahimi",    "Safi",       "Samadi",    "Sultani",  "Tanai",
    "Zazai",    "Orakzai",  "Bangash",   "Turi",       "Jamali",    "Leghari",  "Mazari",
    "Qaisrani", "Tareen",   "Sherpao",   "Zardari"};

constexpr std::string_view kTurkishMale[] = {
    "Mehmet",      "Mustafa", "Ahmet",  "Ali",   "Hüseyin", "Hasan",  "İbrahim",  "İsmail",
    "Osman",       "Yusuf",   "Murat",  "Ömer",  "Ramazan", "Halil",  "Süleyman", "Abdullah",
    "Mahmut",      "Recep",   "Salih",  "Kemal", "Emre",    "Burak",  "Serkan",   "Cengiz",
    "Fatih",       "Kadir",   "Orhan",  "Yavuz", "Tayfun",  "Sezgin", "Sıtkı",    "Mithat",
    "Ahmet Faruk", "Bilal",   "Bülent", "Cemal", "Deniz",   "Ercan",  "Erkan",    "Eyüp",
    "Gökhan",      "Hakan",   "Hamza",  "İlhan", "Kaan",    "Levent", "Metin",    "Necati",
    "Nurettin",    "Oğuz",    "Onur",   "Selim", "Serdar",  "Sinan",  "Tamer",    "Tuncay",
    "Uğur",        "Volkan",  "Yasin",  "Zafer", "Ziya",    "Adem"};

constexpr std::string_view kTurkishFemale[] = {"Ayşe", "Fatma",  "Emine",  "Hatice", "Zeynep",
                                               "Elif", "Meryem", "Şerife", "Hanife", "Gülsüm"};

constexpr std::string_view kTurkishFamily[] = {
    "Yılmaz",  "Kaya",     "Demir",  "Şahin",    "Çelik",    "Yıldız",   "Yıldırım", "Öztürk",
    "Aydın",   "Özdemir",  "Arslan", "Doğan",    "Kılıç",    "Aslan",    "Çetin",    "Kara",
    "Koç",     "Kurt",     "Özkan",  "Şimşek",   "Polat",    "Özcan",    "Korkmaz",  "Çakır",
    "Erdem",   "Can",      "Acar",   "Şen",      "Aktaş",    "Güler",    "Bozkurt",  "Tekin",
    "Keskin",  "Ünal",     "Karaca", "Gündoğdu", "Zengin",   "Sarıkaya", "Altun",    "Tosun",
    "Aksoy",   "Avcı",     "Bulut",  "Coşkun",   "Demirci",  "Duman",    "Eren",     "Erdoğan",
    "Genç",    "Gök",      "Güneş",  "Işık",     "Kahraman", "Kaplan",   "Karakaya", "Kartal",
    "Kocabaş", "Kurtuluş", "Oral",   "Özer",     "Sağlam",   "Savaş",    "Sevim",    "Soylu",
    "Taş",     "Tuncer",   "Turan",  "Uçar",     "Uysal",    "Yalçın",   "Yaman",    "Yücel",
    "Zorlu",   "Babacan"};

constexpr std::string_view kWestAfricanMale[] = {
    "Amadou",      "Mamadou",       "Ibrahim",    "Moussa",    "Oumar",       "Abdoulaye",
    "Boubacar",    "Seydou",        "Souleymane", "Ousmane",   "Cheikh",      "Modibo",
    "Adama",       "Hamidou",       "Iyad",       "Mokhtar",   "Chukwuemeka", "Oluwaseun",
    "Adebayo",     "Emeka",         "Ikechukwu",  "Babatunde", "Olusegun",    "Kwame",
    "Kofi",        "Yaw",           "Kwabena",    "Abubakar",  "Aliyu",       "Sani",
    "Bello",       "Usman",         "Djibril",    "Lamine",    "Sekou",       "Alassane",
    "Idrissa",     "Tidiane",       "Abdou",      "Alhassane", "Aboubacar",   "Bakary",
    "Baba",        "Dramane",       "Hassane",    "Mahamadou", "Moctar",      "Nouhoum",
    "Salif",       "Sidi",          "Tiemoko",    "Yacouba",   "Zakaria",     "Chinedu",
    "Obinna",      "Tunde",         "Femi",       "Kayode",    "Nnamdi",      "Uche",
    "Abdel Kader", "Mohamed Lemine"};

constexpr std::string_view kWestAfricanFemale[] = {
    "Aminata", "Fatoumata", "Mariam", "Awa", "Ngozi", "Chiamaka", "Aissata", "Kadiatou", "Adaeze"};

constexpr std::string_view kWestAfricanFamily[] = {
    "Diallo",     "Traoré",    "Keita",       "Coulibaly", "Touré",       "Cissé",    "Konaté",
    "Sangaré",    "Diarra",    "Camara",      "Sow",       "Ba",          "Ndiaye",   "Diop",
    "Fall",       "Sy",        "Kane",        "Maïga",     "Cissoko",     "Dembélé",  "Ouedraogo",
    "Sawadogo",   "Kaboré",    "Okafor",      "Okonkwo",   "Adeyemi",     "Ogunleye", "Nwosu",
    "Eze",        "Obi",       "Shekau",      "Barnawi",   "Mensah",      "Boateng",  "Asante",
    "Owusu",      "Ag Ghaly",  "Belmokhtar",  "Kouffa",    "Ould Hamaha", "Bagayoko", "Dicko",
    "Doumbia",    "Fofana",    "Guindo",      "Haïdara",   "Kanté",       "Koné",     "Kouyaté",
    "Sacko",      "Samaké",    "Sidibé",      "Tall",      "Thiam",       "Wade",     "Dia",
    "Niang",      "Gueye",     "Seck",        "Mbaye",     "Adewale",     "Bakare",   "Balogun",
    "Ibrahim",    "Mohammed",  "Nnadi",       "Okeke",     "Onyeka",      "Yar'Adua", "Ag Najem",
    "Ould Ahmed", "Ould Sidi", "Ag Alghabass"};

constexpr std::string_view kWesternMale[] = {
    "John",        "Michael",  "David",  "James",   "Robert",   "William",    "Thomas",
    "Richard",     "Peter",    "Paul",   "Mark",    "Stephen",  "Andrew",     "Daniel",
    "Christopher", "Pierre",   "Jean",   "Jacques", "Philippe", "François",   "Louis",
    "Michel",      "Hans",     "Klaus",  "Stefan",  "Wolfgang", "Jürgen",     "Matthias",
    "Andreas",     "Giovanni", "Marco",  "Luca",    "Giuseppe", "Alessandro", "Pieter",
    "Jan",         "Willem",   "Henrik", "Lars",    "Patrick",  "Sean",       "Brian",
    "Kevin",       "George",   "Edward", "Charles", "Henry"};

constexpr std::string_view kWesternFemale[] = {
    "Mary",  "Elizabeth", "Sarah",  "Anne", "Claire", "Marie",     "Sophie",  "Julia",
    "Laura", "Francesca", "Ingrid", "Emma", "Helen",  "Catherine", "Margaret"};

constexpr std::string_view kWesternFamily[] = {
    "Smith",        "Jones",    "Williams", "Brown",     "Taylor",    "Wilson",    "Evans",
    "Thomas",       "Johnson",  "Roberts",  "Walker",    "Wright",    "Robinson",  "Thompson",
    "White",        "Hughes",   "Edwards",  "Green",     "Hall",      "Wood",      "Martin",
    "Bernard",      "Dubois",   "Durand",   "Lefebvre",  "Moreau",    "Laurent",   "Simon",
    "Fontaine",     "Müller",   "Schmidt",  "Schneider", "Fischer",   "Weber",     "Meyer",
    "Wagner",       "Becker",   "Hoffmann", "Schulz",    "Rossi",     "Russo",     "Ferrari",
    "Esposito",     "Bianchi",  "Romano",   "Colombo",   "de Jong",   "Jansen",    "de Vries",
    "van den Berg", "van Dijk", "Bakker",   "Visser",    "Andersson", "Johansson", "Nilsson",
    "O'Brien",      "O'Connor", "McDonald", "Kowalski",  "Novak",     "Horvath",   "Papadopoulos",
    "Costa"};

// ---------------------------------------------------------------------------------------------
// Places, countries and programmes of each naming tradition.

constexpr City kArabicCities[] = {{"Baghdad", "IQ", "Iraq"},
                                  {"Mosul", "IQ", "Iraq"},
                                  {"Basra", "IQ", "Iraq"},
                                  {"Fallujah", "IQ", "Iraq"},
                                  {"Damascus", "SY", "Syria"},
                                  {"Aleppo", "SY", "Syria"},
                                  {"Homs", "SY", "Syria"},
                                  {"Raqqa", "SY", "Syria"},
                                  {"Idlib", "SY", "Syria"},
                                  {"Riyadh", "SA", "Saudi Arabia"},
                                  {"Jeddah", "SA", "Saudi Arabia"},
                                  {"Sanaa", "YE", "Yemen"},
                                  {"Aden", "YE", "Yemen"},
                                  {"Cairo", "EG", "Egypt"},
                                  {"Alexandria", "EG", "Egypt"},
                                  {"Amman", "JO", "Jordan"},
                                  {"Zarqa", "JO", "Jordan"},
                                  {"Beirut", "LB", "Lebanon"},
                                  {"Tripoli", "LY", "Libya"},
                                  {"Benghazi", "LY", "Libya"},
                                  {"Khartoum", "SD", "Sudan"},
                                  {"Doha", "QA", "Qatar"},
                                  {"Dubai", "AE", "United Arab Emirates"},
                                  {"Sharjah", "AE", "United Arab Emirates"},
                                  {"Kuwait City", "KW", "Kuwait"},
                                  {"Manama", "BH", "Bahrain"},
                                  {"Gaza", "PS", "Palestinian Territories"},
                                  {"Tunis", "TN", "Tunisia"},
                                  {"Algiers", "DZ", "Algeria"},
                                  {"Mogadishu", "SO", "Somalia"}};

constexpr City kRussianCities[] = {
    {"Moscow", "RU", "Russia"},      {"Saint Petersburg", "RU", "Russia"},
    {"Novosibirsk", "RU", "Russia"}, {"Yekaterinburg", "RU", "Russia"},
    {"Kazan", "RU", "Russia"},       {"Rostov-on-Don", "RU", "Russia"},
    {"Krasnodar", "RU", "Russia"},   {"Vladivostok", "RU", "Russia"},
    {"Grozny", "RU", "Russia"},      {"Samara", "RU", "Russia"},
    {"Kyiv", "UA", "Ukraine"},       {"Kharkiv", "UA", "Ukraine"},
    {"Donetsk", "UA", "Ukraine"},    {"Luhansk", "UA", "Ukraine"},
    {"Sevastopol", "UA", "Ukraine"}, {"Minsk", "BY", "Belarus"},
    {"Gomel", "BY", "Belarus"},      {"Almaty", "KZ", "Kazakhstan"}};

constexpr City kChineseCities[] = {
    {"Beijing", "CN", "China"},   {"Shanghai", "CN", "China"},     {"Shenzhen", "CN", "China"},
    {"Guangzhou", "CN", "China"}, {"Dalian", "CN", "China"},       {"Tianjin", "CN", "China"},
    {"Wuhan", "CN", "China"},     {"Xiamen", "CN", "China"},       {"Dandong", "CN", "China"},
    {"Ningbo", "CN", "China"},    {"Hong Kong", "HK", "Hong Kong"}};

constexpr City kKoreanCities[] = {
    {"Pyongyang", "KP", "North Korea"}, {"Nampo", "KP", "North Korea"},
    {"Wonsan", "KP", "North Korea"},    {"Chongjin", "KP", "North Korea"},
    {"Hamhung", "KP", "North Korea"},   {"Sinuiju", "KP", "North Korea"},
    {"Kaesong", "KP", "North Korea"},   {"Seoul", "KR", "South Korea"}};

constexpr City kHispanicCities[] = {
    {"Caracas", "VE", "Venezuela"},  {"Maracaibo", "VE", "Venezuela"},
    {"Valencia", "VE", "Venezuela"}, {"Bogotá", "CO", "Colombia"},
    {"Medellín", "CO", "Colombia"},  {"Cali", "CO", "Colombia"},
    {"Culiacán", "MX", "Mexico"},    {"Tijuana", "MX", "Mexico"},
    {"Guadalajara", "MX", "Mexico"}, {"Havana", "CU", "Cuba"},
    {"Managua", "NI", "Nicaragua"},  {"Panama City", "PA", "Panama"},
    {"Madrid", "ES", "Spain"}};

constexpr City kPersianCities[] = {{"Tehran", "IR", "Iran"},       {"Isfahan", "IR", "Iran"},
                                   {"Mashhad", "IR", "Iran"},      {"Shiraz", "IR", "Iran"},
                                   {"Tabriz", "IR", "Iran"},       {"Qom", "IR", "Iran"},
                                   {"Ahvaz", "IR", "Iran"},        {"Kerman", "IR", "Iran"},
                                   {"Bandar Abbas", "IR", "Iran"}, {"Karaj", "IR", "Iran"}};

constexpr City kSouthAsianCities[] = {
    {"Kabul", "AF", "Afghanistan"},   {"Kandahar", "AF", "Afghanistan"},
    {"Herat", "AF", "Afghanistan"},   {"Jalalabad", "AF", "Afghanistan"},
    {"Khost", "AF", "Afghanistan"},   {"Kunduz", "AF", "Afghanistan"},
    {"Helmand", "AF", "Afghanistan"}, {"Peshawar", "PK", "Pakistan"},
    {"Quetta", "PK", "Pakistan"},     {"Karachi", "PK", "Pakistan"},
    {"Lahore", "PK", "Pakistan"},     {"Rawalpindi", "PK", "Pakistan"},
    {"Miranshah", "PK", "Pakistan"},  {"Bannu", "PK", "Pakistan"},
    {"Multan", "PK", "Pakistan"},     {"Bahawalpur", "PK", "Pakistan"}};

constexpr City kTurkishCities[] = {
    {"Istanbul", "TR", "Turkey"},   {"Ankara", "TR", "Turkey"}, {"Izmir", "TR", "Turkey"},
    {"Gaziantep", "TR", "Turkey"},  {"Bursa", "TR", "Turkey"},  {"Antalya", "TR", "Turkey"},
    {"Adana", "TR", "Turkey"},      {"Konya", "TR", "Turkey"},  {"Şanlıurfa", "TR", "Turkey"},
    {"Diyarbakır", "TR", "Turkey"}, {"Nicosia", "CY", "Cyprus"}};

constexpr City kWestAfricanCities[] = {{"Bamako", "ML", "Mali"},
                                       {"Timbuktu", "ML", "Mali"},
                                       {"Gao", "ML", "Mali"},
                                       {"Kidal", "ML", "Mali"},
                                       {"Niamey", "NE", "Niger"},
                                       {"Dakar", "SN", "Senegal"},
                                       {"Ouagadougou", "BF", "Burkina Faso"},
                                       {"Maiduguri", "NG", "Nigeria"},
                                       {"Kano", "NG", "Nigeria"},
                                       {"Lagos", "NG", "Nigeria"},
                                       {"Abuja", "NG", "Nigeria"},
                                       {"Accra", "GH", "Ghana"},
                                       {"Abidjan", "CI", "Côte d'Ivoire"},
                                       {"Nouakchott", "MR", "Mauritania"}};

constexpr City kWesternCities[] = {
    {"London", "GB", "United Kingdom"}, {"Manchester", "GB", "United Kingdom"},
    {"Paris", "FR", "France"},          {"Marseille", "FR", "France"},
    {"Berlin", "DE", "Germany"},        {"Hamburg", "DE", "Germany"},
    {"Munich", "DE", "Germany"},        {"Rome", "IT", "Italy"},
    {"Milan", "IT", "Italy"},           {"Amsterdam", "NL", "Netherlands"},
    {"Rotterdam", "NL", "Netherlands"}, {"Brussels", "BE", "Belgium"},
    {"Zurich", "CH", "Switzerland"},    {"Geneva", "CH", "Switzerland"},
    {"Vienna", "AT", "Austria"},        {"Stockholm", "SE", "Sweden"},
    {"Dublin", "IE", "Ireland"},        {"New York", "US", "United States"},
    {"Miami", "US", "United States"},   {"Limassol", "CY", "Cyprus"}};

constexpr std::string_view kArabicPrograms[] = {
    "SDGT", "UN 1267", "SYRIA", "IRAQ2", "YEMEN", "LIBYA3", "SUDAN-EO14098", "FTO", "HIZBALLAH"};
constexpr std::string_view kRussianPrograms[] = {
    "RUSSIA-EO14024",  "UKRAINE-EO13660", "UKRAINE-EO13661", "UKRAINE-EO13685",
    "BELARUS-EO14038", "CYBER2",          "CAATSA - RUSSIA"};
constexpr std::string_view kChinesePrograms[] = {"NPWMD", "IFSR",       "CMIC-EO13959",
                                                 "SDNTK", "HK-EO13936", "ILLICIT-DRUGS-EO14059"};
constexpr std::string_view kKoreanPrograms[] = {"DPRK",  "DPRK2", "DPRK3",
                                                "DPRK4", "NPWMD", "UN 1718"};
constexpr std::string_view kHispanicPrograms[] = {"VENEZUELA-EO13850",
                                                  "VENEZUELA-EO13692",
                                                  "SDNTK",
                                                  "ILLICIT-DRUGS-EO14059",
                                                  "CUBA",
                                                  "NICARAGUA-NHRAA",
                                                  "TCO"};
constexpr std::string_view kPersianPrograms[] = {"IRAN", "IRGC",    "IFSR",        "NPWMD",
                                                 "SDGT", "IRAN-HR", "IRAN-EO13902"};
constexpr std::string_view kSouthAsianPrograms[] = {"SDGT", "UN 1267", "FTO", "UN 1988"};
constexpr std::string_view kTurkishPrograms[] = {"SDGT", "IRAN-EO13902", "CAATSA - TURKEY",
                                                 "GLOMAG"};
constexpr std::string_view kWestAfricanPrograms[] = {"SDGT", "UN 1267", "MALI-EO13882", "FTO",
                                                     "GLOMAG"};
constexpr std::string_view kWesternPrograms[] = {"GLOMAG",         "TCO", "SDNTK", "CYBER2",
                                                 "RUSSIA-EO14024", "SDGT"};

// Legal forms, by tradition. A form ending in a blank is written before the name ("OOO ").
constexpr std::string_view kArabicForms[] = {"LLC",
                                             "FZE",
                                             "FZCO",
                                             "FZ-LLC",
                                             "Co.",
                                             "Company",
                                             "W.L.L.",
                                             "S.A.L.",
                                             "Establishment",
                                             "Group",
                                             "General Trading LLC"};
constexpr std::string_view kRussianForms[] = {"LLC",  "JSC", "OJSC", "PJSC", "CJSC",
                                              "OOO ", "AO ", "PAO ", "TOV "};
constexpr std::string_view kChineseForms[] = {
    "Co., Ltd.",       "Co. Ltd",     "Limited",         "Ltd",
    "Group Co., Ltd.", "Corporation", "Company Limited", "Trading Co., Ltd."};
constexpr std::string_view kKoreanForms[] = {"Corporation", "Trading Corporation",
                                             "Company",     "General Corporation",
                                             "Co., Ltd.",   "Joint Venture Company"};
constexpr std::string_view kHispanicForms[] = {"S.A.",   "S.A. de C.V.", "C.A.",      "S.R.L.",
                                               "S.A.S.", "Ltda.",        "S. de R.L."};
constexpr std::string_view kPersianForms[] = {
    "Company", "Co.", "PJS", "Private Joint Stock Company", "Group", "Institute", "Industries"};
constexpr std::string_view kSouthAsianForms[] = {
    "Pvt Ltd", "(Private) Limited", "Ltd", "Traders", "& Co.", "& Sons", "Enterprises"};
constexpr std::string_view kTurkishForms[] = {"A.Ş.", "Ltd. Şti.", "San. ve Tic. A.Ş.",
                                              "Holding A.Ş.", "Ltd."};
constexpr std::string_view kWestAfricanForms[] = {"Ltd",         "SARL",    "SA", "Nigeria Limited",
                                                  "Enterprises", "Ventures"};
constexpr std::string_view kWesternForms[] = {"Ltd",  "Limited", "LLP",    "GmbH", "AG",
                                              "B.V.", "S.A.",    "S.r.l.", "Inc.", "Corp.",
                                              "LLC",  "SAS",     "AB",     "plc"};

// Weights out of 1000 (persons, organisations), after aggregated lists: Russian persons and
// companies lead since 2022, then Arabic, Western, Chinese and Iranian names.
const TraditionInfo kTraditions[] = {
    {Tradition::kArabic, 150, 130, kArabicCities, kArabicPrograms, kArabicForms},
    {Tradition::kRussian, 200, 250, kRussianCities, kRussianPrograms, kRussianForms},
    {Tradition::kChinese, 90, 170, kChineseCities, kChinesePrograms, kChineseForms},
    {Tradition::kKorean, 40, 50, kKoreanCities, kKoreanPrograms, kKoreanForms},
    {Tradition::kHispanic, 90, 70, kHispanicCities, kHispanicPrograms, kHispanicForms},
    {Tradition::kPersian, 90, 110, kPersianCities, kPersianPrograms, kPersianForms},
    {Tradition::kSouthAsian, 90, 60, kSouthAsianCities, kSouthAsianPrograms, kSouthAsianForms},
    {Tradition::kTurkish, 50, 50, kTurkishCities, kTurkishPrograms, kTurkishForms},
    {Tradition::kWestAfrican, 60, 30, kWestAfricanCities, kWestAfricanPrograms, kWestAfricanForms},
    {Tradition::kWestern, 140, 80, kWesternCities, kWesternPrograms, kWesternForms}};

// ---------------------------------------------------------------------------------------------
// Organisation word pools.

constexpr std::string_view kBrandHeads[] = {
    "Petro", "Trans", "Inter", "Neft",   "Gaz",   "Sino",  "Euro",  "Asia",   "Gulf",   "Pars",
    "Kish",  "Caspi", "Volga", "Baltic", "Ural",  "Sibir", "Arian", "Nord",   "Ost",    "Mega",
    "Tech",  "Aero",  "Agro",  "Chem",   "Metal", "Steel", "Ocean", "Marine", "Star",   "Sun",
    "Atlas", "Delta", "Sigma", "Omega",  "Alpha", "Nova",  "Prime", "Royal",  "Global", "Tera"};
constexpr std::string_view kBrandTails[] = {
    "tech", "trade", "invest", "com",  "gaz", "neft", "prom", "stroy", "servis", "log",
    "mar",  "line",  "star",   "ex",   "tex", "con",  "lux",  "ton",   "via",    "ra",
    "ion",  "tek",   "nova",   "port", "sar", "kar",  "fin",  "mash",  "energo", "flot"};
constexpr std::string_view kCompanyWords[] = {
    "Golden",   "Eastern", "Western",  "Northern",    "Southern", "Silver",  "Silk Road",
    "Blue Sea", "Red Sea", "Crescent", "Falcon",      "Phoenix",  "Horizon", "Zenith",
    "Pioneer",  "Summit",  "Orient",   "Pacific",     "Atlantic", "Caspian", "Eurasia",
    "Meridian", "Polaris", "Unity",    "Victory",     "Liberty",  "Everest", "Emerald",
    "Sapphire", "Diamond", "Crystal",  "Green Valley"};
constexpr Scripted kArabicWords[] = {
    {"Noor", "النور"},    {"Amal", "الأمل"},    {"Khair", "الخير"},     {"Baraka", "البركة"},
    {"Hayat", "الحياة"},  {"Fajr", "الفجر"},    {"Rahma", "الرحمة"},    {"Salam", "السلام"},
    {"Wafa", "الوفاء"},   {"Ihsan", "الإحسان"}, {"Aqsa", "الأقصى"},     {"Quds", "القدس"},
    {"Rashid", "الرشيد"}, {"Zahra", "الزهراء"}, {"Manar", "المنار"},    {"Hilal", "الهلال"},
    {"Shifa", "الشفاء"},  {"Safa", "الصفا"},    {"Tawfiq", "التوفيق"},  {"Nasr", "النصر"},
    {"Iman", "الإيمان"},  {"Furat", "الفرات"},  {"Jazeera", "الجزيرة"}, {"Khaleej", "الخليج"}};
constexpr std::string_view kSectors[] = {"Trading",
                                         "International Trading",
                                         "Import Export",
                                         "Shipping",
                                         "Maritime",
                                         "Marine Services",
                                         "Tankers",
                                         "Petroleum",
                                         "Oil and Gas",
                                         "Petrochemical",
                                         "Energy",
                                         "Power",
                                         "Logistics",
                                         "Transport",
                                         "Freight",
                                         "Construction",
                                         "Engineering",
                                         "Industrial",
                                         "Industries",
                                         "Manufacturing",
                                         "Electronics",
                                         "Technology",
                                         "Technologies",
                                         "Software",
                                         "Telecom",
                                         "Investment",
                                         "Investments",
                                         "Holding",
                                         "Capital",
                                         "Finance",
                                         "Exchange",
                                         "Money Exchange",
                                         "Mining",
                                         "Metals",
                                         "Steel",
                                         "Gold",
                                         "Precious Metals",
                                         "Aviation",
                                         "Air Services",
                                         "Chemical",
                                         "Pharmaceutical",
                                         "Medical Equipment",
                                         "Textile",
                                         "Agricultural",
                                         "Food Industries",
                                         "Security Services",
                                         "Defense Industries",
                                         "Machinery",
                                         "Development",
                                         "Real Estate",
                                         "Consulting",
                                         "Commodities",
                                         "Timber",
                                         "Fisheries",
                                         "Tobacco"};
// Legal forms and what they abbreviate, for aliases that write them the other way.
constexpr std::pair<std::string_view, std::string_view> kFormExpansions[] = {
    {"Ltd", "Limited"},
    {"Co.", "Company"},
    {"LLC", "Limited Liability Company"},
    {"JSC", "Joint Stock Company"},
    {"Corp.", "Corporation"},
    {"Inc.", "Incorporated"},
    {"Co., Ltd.", "Company Limited"},
    {"PJSC", "Public Joint Stock Company"},
    {"OJSC", "Open Joint Stock Company"},
    {"CJSC", "Closed Joint Stock Company"},
    {"PJS", "Private Joint Stock Company"},
    {"Pvt Ltd", "Private Limited"}};

constexpr std::string_view kGroupDescriptors[] = {
    "Islamic",  "National", "Popular",   "Revolutionary", "Liberation", "Resistance",  "Martyrs",
    "Holy",     "Free",     "United",    "Democratic",    "Patriotic",  "People's",    "Eastern",
    "Northern", "Southern", "Sovereign", "Defenders'",    "Salvation",  "Independence"};
constexpr std::string_view kGroupTypes[] = {
    "Brigade",      "Brigades", "Front", "Movement", "Army",  "Battalion", "Council",  "Party",
    "Organization", "Network",  "Group", "Legion",   "Union", "Committee", "Alliance", "Forces"};
constexpr std::string_view kGroupPlaces[] = {
    "Sinai",     "Sahel",          "Khorasan",   "Balochistan", "Kashmir",
    "Mindanao",  "the Levant",     "Maghreb",    "Azawad",      "Donbas",
    "Ogaden",    "Punjab",         "Waziristan", "Idlib",       "Anbar",
    "Hadramawt", "Cabo Delgado",   "Lake Chad",  "Sulu",        "Kurdistan",
    "Arakan",    "the Two Rivers", "Jerusalem",  "Yemen",       "Somalia",
    "Libya",     "Tunisia",        "Mali"};
constexpr Translated kArabicGroupTypes[] = {
    {"Jamaat", "جماعة", "Group"},        {"Harakat", "حركة", "Movement"},
    {"Kataib", "كتائب", "Brigades"},     {"Liwa", "لواء", "Brigade"},
    {"Jabhat", "جبهة", "Front"},         {"Jaish", "جيش", "Army"},
    {"Ansar", "أنصار", "Supporters"},    {"Saraya", "سرايا", "Companies"},
    {"Tanzim", "تنظيم", "Organization"}, {"Hizb", "حزب", "Party"},
    {"Majlis", "مجلس", "Council"},       {"Muassasat", "مؤسسة", "Foundation"}};
constexpr Translated kArabicGroupWords[] = {{"Sunna", "السنة", "the Sunna"},
                                            {"Haqq", "الحق", "Truth"},
                                            {"Nusra", "النصرة", "Support"},
                                            {"Tawhid", "التوحيد", "Monotheism"},
                                            {"Furqan", "الفرقان", "the Criterion"},
                                            {"Muhajirin", "المهاجرين", "the Emigrants"},
                                            {"Islam", "الإسلام", "Islam"},
                                            {"Mujahidin", "المجاهدين", "the Mujahidin"},
                                            {"Fath", "الفتح", "Conquest"},
                                            {"Khilafa", "الخلافة", "the Caliphate"},
                                            {"Shuhada", "الشهداء", "the Martyrs"},
                                            {"Jihad", "الجهاد", "Jihad"},
                                            {"Haramain", "الحرمين", "the Two Holy Mosques"},
                                            {"Rashad", "الرشاد", "Guidance"},
                                            {"Ittihad", "الاتحاد", "Unity"},
                                            {"Islah", "الإصلاح", "Reform"},
                                            {"Nasr", "النصر", "Victory"},
                                            {"Ribat", "الرباط", "the Frontier"},
                                            {"Umma", "الأمة", "the Nation"},
                                            {"Muqawama", "المقاومة", "Resistance"}};
constexpr Translated kArabicGroupPlaces[] = {
    {"Bilad al-Sham", "بلاد الشام", "the Levant"},
    {"al-Iraq", "العراق", "Iraq"},
    {"al-Yaman", "اليمن", "Yemen"},
    {"Sinai", "سيناء", "Sinai"},
    {"Ard al-Kinana", "أرض الكنانة", "Egypt"},
    {"Khurasan", "خراسان", "Khorasan"},
    {"al-Maghrib al-Islami", "المغرب الإسلامي", "the Islamic Maghreb"},
    {"Gharb Ifriqiya", "غرب أفريقيا", "West Africa"},
    {"al-Sahil", "الساحل", "the Sahel"},
    {"al-Sumal", "الصومال", "Somalia"},
    {"Lubnan", "لبنان", "Lebanon"},
    {"Filastin", "فلسطين", "Palestine"},
    {"Libya", "ليبيا", "Libya"},
    {"Tunis", "تونس", "Tunisia"},
    {"Jazirat al-Arab", "جزيرة العرب", "the Arabian Peninsula"}};
constexpr std::string_view kSouthAsianGroupHeads[] = {"Tehrik", "Lashkar", "Jaish", "Harkat",
                                                      "Sipah",  "Jamaat",  "Hizb",  "Tanzeem"};
constexpr std::string_view kSouthAsianGroupTails[] = {
    "Taliban", "Islam",   "Jhangvi", "Mohammed",  "Tayyiba", "Khorasan", "Jihad",
    "Nifaz",   "Shariat", "Sahaba",  "Mustafa",   "Omar",    "Ansar",    "Mujahideen",
    "Hind",    "Zil",     "Furqan",  "Muhammadi", "Aqsa",    "Badr"};
constexpr std::string_view kCharityTypes[] = {"Charitable Foundation",
                                              "Relief Society",
                                              "Welfare Trust",
                                              "Humanitarian Organization",
                                              "Charity",
                                              "Relief Committee",
                                              "Foundation",
                                              "Benevolence Society",
                                              "Aid Agency",
                                              "Islamic Institute"};

// ---------------------------------------------------------------------------------------------
// Transliteration variants: each group holds spellings of one name that lists use for the same
// person. Used for synthetic aliases and for the `translit` query family.

constexpr std::string_view kVariantGroups[] = {
    "Mohammed|Muhammad|Mohamed|Mohammad|Muhammed|Mohamad",
    "Ahmad|Ahmed|Ahmet",
    "Omar|Umar|Omer",
    "Khalid|Khaled",
    "Hassan|Hasan",
    "Hussein|Husain|Hussain|Husayn|Hossein|Huseyin",
    "Yusuf|Youssef|Yousef|Yusef|Yousuf",
    "Abdullah|Abdallah",
    "Mahmoud|Mahmud|Mahmut",
    "Mustafa|Mostafa|Moustafa",
    "Salim|Salem",
    "Saeed|Said|Sayed|Saeid",
    "Tariq|Tarek|Tareq",
    "Walid|Waleed",
    "Faisal|Faysal|Feisal",
    "Nasser|Nasir|Naser",
    "Jamal|Gamal",
    "Osama|Usama",
    "Ayman|Aiman",
    "Sulaiman|Suleiman|Sulayman|Soleiman|Suleyman|Souleymane",
    "Ismail|Ismael|Esmail",
    "Ibrahim|Ebrahim|Ibragim",
    "Musa|Mousa|Moussa",
    "Issa|Isa|Eissa",
    "Zakariya|Zakaria|Zakariyya",
    "Qasim|Qassim|Kasim|Qasem|Ghasem",
    "Jafar|Jaafar|Jaffar",
    "Riyad|Riad|Riyadh",
    "Hamza|Hamzah",
    "Bilal|Belal",
    "Rashid|Rasheed|Rachid",
    "Hisham|Hesham",
    "Hamid|Hameed",
    "Mansour|Mansur|Mansoor",
    "Fahd|Fahad",
    "Haitham|Haytham",
    "Karim|Kareem",
    "Nabil|Nabeel",
    "Majid|Majeed|Madjid",
    "Yahya|Yehia|Yahia",
    "Othman|Usman|Osman|Uthman|Ousmane",
    "Khalil|Khaleel",
    "Salah|Salaheddine",
    "Fatima|Fatma|Fatimah|Fatemeh",
    "Aisha|Aicha|Ayesha|Aysha",
    "Zainab|Zaynab|Zeinab",
    "Layla|Leila|Laila",
    "Khadija|Khadijah|Khadidja",
    "Amina|Aminah|Amena",
    "Huda|Houda",
    "Yasmin|Yasmine|Yasmeen",
    "Maryam|Mariam|Meryem",
    "Noor|Nur|Nour",
    "Khair|Khayr",
    "Qahtani|Kahtani",
    "Shammari|Shamari",
    "Otaibi|Utaybi|Oteibi",
    "Dosari|Dossary|Dawsari",
    "Masri|Misri",
    "Zarqawi|Zarkawi",
    "Awlaki|Aulaqi|Awlaqi",
    "Hashimi|Hashemi|Hashmi",
    "Obaidi|Ubaidi",
    "Baghdadi|Bagdadi",
    "Haddad|Hadad",
    "Qurashi|Qureshi|Quraishi",
    "Rahman|Rehman",
    "Hosseini|Husseini|Hosseiny",
    "Rezaei|Rezaee|Rezai|Rezaie",
    "Mousavi|Musavi|Moussavi",
    "Ghasemi|Qasemi|Qassemi",
    "Soleimani|Suleimani|Solaimani",
    "Mohammadi|Muhammadi|Mohamadi",
    "Ahmadi|Ahmedi",
    "Javad|Jawad",
    "Mehdi|Mahdi",
    "Morteza|Murtaza|Mortaza",
    "Davood|Davoud|Dawood|Dawud|Daoud",
    "Kourosh|Kurosh",
    "Masoud|Masood|Masud",
    "Jafari|Jaafari",
    "Ebrahimi|Ibrahimi",
    "Kazemi|Kazimi",
    "Sadeghi|Sadeqi",
    "Bagheri|Baqeri",
    "Heidari|Haidari|Heydari",
    "Zahra|Zehra",
    "Haqqani|Haqani",
    "Mehsud|Mahsud|Mehsood",
    "Yousafzai|Yusufzai|Yousufzai",
    "Hakimullah|Hakeemullah",
    "Zabihullah|Zabiullah",
    "Habibullah|Habibollah",
    "Najibullah|Najibollah",
    "Sirajuddin|Serajuddin|Sirajudin",
    "Jalaluddin|Jalaludin|Jalaluddeen",
    "Chaudhry|Chaudhary|Chaudry|Choudhury",
    "Akhtar|Akhter",
    "Zulfiqar|Zulfikar",
    "Javed|Javaid|Jawed",
    "Iqbal|Ikbal",
    "Shahid|Shaheed",
    "Ijaz|Ejaz",
    "Akhund|Akhoond",
    "Mehmet|Mehmed",
    "Aleksandr|Alexander|Alexandr|Oleksandr|Aleksander",
    "Aleksei|Alexei|Alexey|Aleksey|Oleksiy",
    "Andrei|Andrey|Andriy",
    "Sergei|Sergey|Serhiy|Sergej",
    "Dmitry|Dmitri|Dmitriy|Dmytro",
    "Yevgeny|Evgeny|Evgeniy|Yevgeniy|Yevhen",
    "Yuri|Yury|Yuriy|Iurii",
    "Nikolai|Nikolay|Mykola",
    "Mikhail|Mikhaylo|Mykhailo|Michail",
    "Vladimir|Volodymyr|Wladimir",
    "Anatoly|Anatoliy|Anatolii",
    "Gennady|Gennadiy|Gennadi|Hennadiy",
    "Valery|Valeriy|Valerii",
    "Vitaly|Vitaliy|Vitalii",
    "Grigory|Grigoriy|Hryhoriy",
    "Vasily|Vasiliy|Vasyl",
    "Georgy|Georgiy|Heorhiy",
    "Arkady|Arkadiy",
    "Maksim|Maxim|Maksym",
    "Pyotr|Petr|Petro",
    "Fyodor|Fedor|Fedir",
    "Ilya|Ilia|Illia",
    "Pavel|Pavlo",
    "Igor|Ihor",
    "Oleg|Oleh",
    "Viktor|Victor",
    "Konstantin|Kostiantyn|Constantin",
    "Vyacheslav|Viacheslav|Vyacheslaw",
    "Yakov|Iakov|Jakov",
    "Semyon|Semen|Semion",
    "Artem|Artyom",
    "Matvei|Matvey",
    "Timur|Temur",
    "Yelena|Elena|Olena",
    "Tatiana|Tatyana|Tetiana",
    "Natalia|Natalya|Nataliya",
    "Yulia|Yuliya|Julia|Iuliia",
    "Yekaterina|Ekaterina|Kateryna",
    "Kseniya|Ksenia|Xenia",
    "Olga|Olha",
    "Lyudmila|Ludmila|Liudmyla",
    "Kovalev|Kovalyov|Kovalov",
    "Vorobyov|Vorobiev|Vorobyev",
    "Sergeev|Sergeyev",
    "Andreev|Andreyev",
    "Alekseev|Alexeev|Alekseyev",
    "Grigoriev|Grigoryev",
    "Nikolaev|Nikolayev",
    "Yakovlev|Iakovlev",
    "Kudryavtsev|Kudriavtsev",
    "Zhukov|Joukov",
    "Zhuravlev|Zhuravlyov",
    "Yershov|Ershov",
    "Medvedev|Medvedyev",
    "Semenov|Semyonov",
    "Fedorov|Fyodorov",
    "Korolev|Korolyov",
    "Belyaev|Belyayev",
    "Kiselev|Kiselyov",
    "Ponomarev|Ponomaryov",
    "Shevchenko|Shevtchenko",
    "Melnyk|Melnik",
    "Oliynyk|Oleynik",
    "Kovalchuk|Kovalczuk",
    "Tkachenko|Tkatchenko",
    "Zhang|Chang",
    "Zhou|Chou",
    "Xu|Hsu",
    "Qin|Chin",
    "Xie|Hsieh",
    "Jiang|Chiang",
    "Zhao|Chao",
    "Huang|Hwang",
    "Liu|Lau",
    "Chen|Chan",
    "Guo|Kuo",
    "Lee|Li|Yi|Ri|Rhee",
    "Kim|Gim",
    "Park|Pak|Bak",
    "Choi|Choe|Chey",
    "Jung|Jeong|Chung",
    "Kang|Gang",
    "Cho|Jo",
    "Yoon|Yun",
    "Lim|Im|Rim",
    "Oh|O",
    "Shin|Sin",
    "Ryu|Yu|Yoo",
    "Jon|Jeon|Chon",
    "Kwon|Gwon",
    "Un|Eun",
    "Chol|Cheol",
    "Myong|Myung",
    "Kyong|Kyung",
    "Hyok|Hyeok",
    "Sok|Seok",
    "Mamadou|Mamadu|Mamoudou",
    "Boubacar|Aboubakar|Abubakar|Boubakar",
    "Abdoulaye|Abdulahi|Abdullahi",
    "Seydou|Seidu|Saidu",
    "Cheikh|Sheikh|Shaykh",
    "Ouedraogo|Wedraogo",
    "Muller|Mueller",
    "Schmidt|Schmitt",
    "Meyer|Meier|Mayer",
    "Hoffmann|Hofmann",
    "Jurgen|Juergen",
    "Thompson|Thomson",
    "Jansen|Janssen",
    "Stephen|Steven|Stefan",
    "Philippe|Philip|Phillip"};

}  // namespace data

constinit const std::span<const Scripted> kArabicMale = data::kArabicMale;
constinit const std::span<const Scripted> kArabicFemale = data::kArabicFemale;
constinit const std::span<const ArabicFamily> kArabicFamily = data::kArabicFamily;
constinit const std::span<const RussianGiven> kRussianMale = data::kRussianMale;
constinit const std::span<const std::string_view> kRussianFemale = data::kRussianFemale;
constinit const std::span<const std::string_view> kRussianFamily = data::kRussianFamily;
constinit const std::span<const Han> kChineseFamily = data::kChineseFamily;
constinit const std::span<const Han> kChineseSyllable = data::kChineseSyllable;
constinit const std::span<const Han> kKoreanFamily = data::kKoreanFamily;
constinit const std::span<const Han> kKoreanSyllable = data::kKoreanSyllable;
constinit const std::span<const std::string_view> kHispanicMale = data::kHispanicMale;
constinit const std::span<const std::string_view> kHispanicFemale = data::kHispanicFemale;
constinit const std::span<const std::string_view> kHispanicFamily = data::kHispanicFamily;
constinit const std::span<const std::string_view> kHispanicNickname = data::kHispanicNickname;
constinit const std::span<const std::string_view> kPersianMale = data::kPersianMale;
constinit const std::span<const std::string_view> kPersianFemale = data::kPersianFemale;
constinit const std::span<const std::string_view> kPersianFamily = data::kPersianFamily;
constinit const std::span<const std::string_view> kPersianFamilySuffix = data::kPersianFamilySuffix;
constinit const std::span<const std::string_view> kSouthAsianTitle = data::kSouthAsianTitle;
constinit const std::span<const std::string_view> kSouthAsianGiven = data::kSouthAsianGiven;
constinit const std::span<const std::string_view> kSouthAsianFemale = data::kSouthAsianFemale;
constinit const std::span<const std::string_view> kSouthAsianFamily = data::kSouthAsianFamily;
constinit const std::span<const std::string_view> kTurkishMale = data::kTurkishMale;
constinit const std::span<const std::string_view> kTurkishFemale = data::kTurkishFemale;
constinit const std::span<const std::string_view> kTurkishFamily = data::kTurkishFamily;
constinit const std::span<const std::string_view> kWestAfricanMale = data::kWestAfricanMale;
constinit const std::span<const std::string_view> kWestAfricanFemale = data::kWestAfricanFemale;
constinit const std::span<const std::string_view> kWestAfricanFamily = data::kWestAfricanFamily;
constinit const std::span<const std::string_view> kWesternMale = data::kWesternMale;
constinit const std::span<const std::string_view> kWesternFemale = data::kWesternFemale;
constinit const std::span<const std::string_view> kWesternFamily = data::kWesternFamily;
constinit const std::span<const TraditionInfo> kTraditions = data::kTraditions;
constinit const std::span<const std::string_view> kBrandHeads = data::kBrandHeads;
constinit const std::span<const std::string_view> kBrandTails = data::kBrandTails;
constinit const std::span<const std::string_view> kCompanyWords = data::kCompanyWords;
constinit const std::span<const Scripted> kArabicWords = data::kArabicWords;
constinit const std::span<const std::string_view> kSectors = data::kSectors;
constinit const std::span<const std::pair<std::string_view, std::string_view>> kFormExpansions =
    data::kFormExpansions;
constinit const std::span<const std::string_view> kGroupDescriptors = data::kGroupDescriptors;
constinit const std::span<const std::string_view> kGroupTypes = data::kGroupTypes;
constinit const std::span<const std::string_view> kGroupPlaces = data::kGroupPlaces;
constinit const std::span<const Translated> kArabicGroupTypes = data::kArabicGroupTypes;
constinit const std::span<const Translated> kArabicGroupWords = data::kArabicGroupWords;
constinit const std::span<const Translated> kArabicGroupPlaces = data::kArabicGroupPlaces;
constinit const std::span<const std::string_view> kSouthAsianGroupHeads =
    data::kSouthAsianGroupHeads;
constinit const std::span<const std::string_view> kSouthAsianGroupTails =
    data::kSouthAsianGroupTails;
constinit const std::span<const std::string_view> kCharityTypes = data::kCharityTypes;
constinit const std::span<const std::string_view> kVariantGroups = data::kVariantGroups;

}  // namespace cordon::synth
