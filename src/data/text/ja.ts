/** データ自身の言葉（日本語）：src/data/text/en.ts と同じキーを持つ（型検査で確認）。 */
import type { dataEn } from './en';

export const dataJa: Readonly<Record<keyof typeof dataEn, string>> = {
  'basis.annualCap':
    '日本の覚書には年間上限がありません（0は上限なし）。韓国の覚書は年間に支払う資金を200億ドルまでとしています。',
  'basis.loanSpread':
    '融資金利＝米国債＋2.00%。過去のプロジェクト・ファイナンスのスプレッドは1.75〜3.25%。',
  'basis.guaranteeFee': '保証料は年0.75%。',
  'basis.deemedSpread':
    'みなし配分の利率＝SOFR＋スプレッド（Katzによる構造）。Katzの例からは約2%。',
  'basis.irrShift': '上下なし：分野表のIRRのまま。',
  'basis.strictness':
    '日本の判断曲線の幅。利ざやが0.25ポイント動くと、資金を出すオッズがe倍変わります。',
  'basis.creditSensitivity':
    'デフォルト確率は、事業キャッシュフロー1単位あたりの元利返済額の3乗に比例して変わります。',
  'basis.guaranteeWeight': '保証は額面で約束額に算入（東京の解釈）。',
  'basis.gapMultiplier': '必要なペースに対して20ポイント不足すると、脅しの頻度は2倍。',
  'basis.declineMultiplier': '選定額の4分の1を見送ると、脅しの頻度は3倍（覚書の制裁条項）。',
  'basis.deadlineFactor': '期限時点で、残る不足の割合に等しい確率の脅しが一度だけ加わります。',
  'basis.successorFactor':
    '2029年1月20日以降は次の政権が半分の頻度で脅すと仮定：後任が合意を同じ強さで迫るとは限りません。',
  'basis.threatRate':
    '不足がなければ年0.25回の脅し。覚書から2026年10月9日まで、約束をめぐる日本への公の脅しはありません。韓国は立法の遅れの間に一度（2026年1月26日、実施されず）。',
  'basis.mcPaths': '操作しながらでも幅が安定する経路数。',
  'basis.mcSeed': 'どのシードでもよく、同じシードなら同じ経路になります。',
  'basis.sectorFinance':
    '存続期間、IRR（インフラのコア〜コアプラスで8〜12%）、デフォルト確率、規模は分野ごとの概念的な数値です。',
  'basis.sector.ai': 'データセンターの電源と設備は約2年で建設。',
  'basis.sector.semis': '3年の建設で、他のプロセス工場と同じく前半に偏る。',
  'basis.sector.minerals': '3年の鉱山・工場建設で、前半に偏る。',
  'basis.sector.pharma': '3年の工場建設。',
  'basis.sector.shipping': '3年の造船所・ターミナル建設。',
  'basis.sector.other': '小規模な戦略案件（量子など）を2年で建設。',
  'basis.loanGuaranteeSplit':
    '融資と保証の公式な内訳はなく、比率は発端の記事の表（融資約60〜65%、保証約25〜30%）に従います。',
  'basis.goods.metals232Share':
    'その他の232条品目（金属、特許医薬品、家具、ポリシリコン、一部の半導体）：日本からの米国輸入の54〜59%が何らかの232条措置の対象（イェール、Global Trade Alert）。そこから自動車を除いた割合。',
  'basis.goods.metals232Rate':
    '加重の仮定：中核の金属50%、川下の金属25%、日本向け上限15%（医薬品、家具、ポリシリコン）。',
  'basis.goods.metals232Penalty':
    '日本向けの上限を撤回：特許医薬品、家具、ポリシリコンが一般の税率に戻る。',
  'basis.goods.otherShare': '日本の対米財輸出の残り。',
  'basis.goods.section122':
    '122条課徴金：MFN＋10%。MFNの平均を約2.5%（乗用車の税率で代用）として12.5%。',
  'basis.goods.otherPenalty':
    '2025年の書簡の税率25%：301条措置の修正、または338条（最大50%）で課せる。',
  'basis.preset.central': '既定値。それぞれの出典は方法論に記載。',
  'basis.preset.tokyoMargin':
    '「損はしない」を、日本の調達コストに0.5ポイント上乗せした利ざやと読む。',
  'basis.preset.washington': '米政府は保証を額面の4分の1として約束額に数える。',
  'basis.preset.ourMoney':
    'トランプ氏の「われわれが好きなように投資できるわれわれの資金」：出資と融資が半分ずつ、保証なし。',
  'basis.preset.highRates': '米10年国債5.5%、SOFR 5%：最新の値より1ポイント前後高い水準。',
  'basis.pace': '覚書からの期間で割った発表済みの額：{from}から{to}までに{total}。',
  'basis.tranchePace': '2回の発表のペース：覚書から最後の発表（{to}）までに{total}。',
  'basis.preset.onPace': '年{pace}の選定：中心経路が期限までに約束額全体を算入するペース（求解）。',
  'basis.plausible.sofr': 'FRBの0.25ポイントの利上げ・利下げ3回分の上下。',
  'basis.plausible.jbicSpread': 'JBICのドル債は米国債に約0.2〜0.5ポイント上乗せで発行。',
  'basis.plausible.guaranteeFee': '年0.5〜1ポイント。',
  'basis.plausible.deemedSpread': 'SOFRに1〜3ポイント上乗せ。',
  'basis.plausible.irrShift': 'すべての案件で上下2ポイント。',
  'basis.plausible.requiredMargin': '損益ゼロの0.25ポイント下から1ポイント上まで。',
  'basis.plausible.strictness': '0.1〜0.5ポイント。',
  'basis.plausible.creditSensitivity': '比例から5乗まで。',
  'basis.plausible.guaranteeWeight': '米政府の解釈（4分の1）から東京の解釈（額面）まで。',
  'basis.plausible.exports': '2025年の輸出額の上下10%。',
  'basis.plausible.threatRate': '10年に1回から年1回まで。',
  'basis.plausible.multiplier': '既定値の半分の強さから1.5倍の強さまで。',
  'basis.plausible.deadlineFactor': '不足の割合の0.5〜1.5倍。',
  'basis.plausible.successorFactor': 'まったく脅さない後任から、同じ強さで迫る後任まで。',
  'basis.plausible.metals232Penalty': '変更なし（20%）から、中核の金属の一般税率50%まで。',
  'source.ft45Days.note':
    '営業日か暦日かは報道によって異なります。GMTEightとブルームバーグは45営業日としています。',
  'source.tbsTranche1.note': '日本政府はオハイオ州の発電所に333億ドルを拠出するとしています。',
  'source.seedArticle.note': '手段と分野の表。各範囲の中間値を合計100%に調整。',
  'source.akazawaProfits.note':
    '赤沢氏：企業は「しっかり利益を上げられ、絶対に損をしない」ものでなければならない。',
  'source.treasury10y.note': '2026年2月9日に4.22%（Trading Economics）、2026年2月13日に4.04%。',
  'source.treasury10ySep2026.note':
    '単一の弱い出典：2026年9月9日から10月9日までの日付のある値は見つかりませんでした。',
  'source.treasury10yHigh2026.note':
    '単一の弱い出典で、数値はなく言葉のみ（「2007年以来の高水準」）：2023年10月の高値を上回る約5%と読みます。',
  'source.fedSeptember2026.note':
    '2026年9月16日に3.50〜3.75%から引き上げ。SOFRの値は見つからず、誘導範囲の中で動くため、準備預金金利の3.90%とします。',
  'source.fr301ForcedLabor.note':
    '日本の区分：合計でmax(12.5%, MFN)。232条品目は対象外（HTS第21改訂、9903.05.48〜.49）。',
  'source.mofExports2025.note':
    '乗用車5兆3409億円と部品約1兆700億円（推計：2024年の約1.2兆円から10.7%減）は、20兆4140億円の31.4%。',
  'source.bloombergTaco.note':
    '実施された割合は約4分の1（25%）。妥当な範囲は全面実施（20.4%）から、全面・一部実施または実施後撤回（34.7%）まで。',
  'source.moodysProjectFinance.note':
    'デフォルト時損失率20%（回収率は平均80%）。10年累積デフォルト率6.7%は分野表の範囲内。',
  'source.nriTenPercent.note':
    '全品目に10ポイントの関税でGDPが年約0.24%減。制裁税率と現行税率の差に比例させて用います。',
  'selection.oh-gas': 'オハイオ州 9.2GWのガス火力発電所（SBエナジー）',
  'selection.tx-gulflink': 'テキサス州 GulfLink原油輸出ターミナル',
  'selection.ga-diamond': 'ジョージア州 合成ダイヤモンド砥粒工場',
  'selection.tn-al-smr': 'テネシー州・アラバマ州のSMR発電所（GEベルノバ日立）',
  'selection.pa-tx-gas': 'ペンシルベニア州・テキサス州のガス火力発電',
  'event.s301-s122': '301条の判断と122条課徴金の期限切れ',
  'funding.jbic-2026-05-01': 'JBICと民間銀行が第1弾の3案件に{amount}以上の融資契約を締結',
  'goods.autos': '乗用車・小型トラック・部品（232条、日本向けの合意の品目）',
  'goods.metals232': 'その他の232条品目（金属、特許医薬品、家具、ポリシリコン）',
  'goods.other': 'その他すべての品目（301条「強制労働」措置）',
  'goods.autos.route': '日本を232条の一般区分（MFN＋25%）に戻す布告',
  'goods.metals232.route': '日本向けの上限を撤回する布告',
  'goods.other.route': '301条措置の修正、または338条（最大50%）',
  'release.1.first':
    '最初の公開：発表済みの5案件（2026年2月17日、3月19日）、市場の値は2026年3月時点。',
  'release.2.asOf':
    '2026年10月9日までのデータを確認：3月19日以降の案件選定も日本への制裁もなく、予測は2026年11月からに。既定のペースはその日までで測り、年995億ドル（以前は2030億ドル）。',
  'release.2.tariffs':
    '最高裁のIEEPA判決（2026年2月20日）後の法的根拠別の関税：乗用車と部品は232条で15%、その他の品目は7月23日まで122条でMFN＋10%、その後は301条措置で12.5%。',
  'release.2.goods':
    '日本の2025年の対米輸出（20.4兆円、財務省）を3つの品目区分に分け、2025年平均の1ドル＝149.57円で換算。',
  'release.2.funding': '第1弾の案件へのJBICの3400億円超の融資（2026年5月1日）を事実として追加。',
  'release.2.markets':
    '市場：FRBが2026年9月16日に3.75〜4.00%へ利上げ（SOFRは3.90%とする）。米10年国債は約4.8%、円は1ドル約154円（2026年9月8日、いずれも単一の弱い出典）。',
  'release.2.hazard':
    '制裁は脅しとして来て、その4分の1が実施される（ブルームバーグ・エコノミクスの集計）。1990年代の貿易採決に基づく年5%の基本ハザードは廃止。',
  'release.2.credit':
    'デフォルト時損失率20%（ムーディーズ：回収率は平均80%）。案件の質がデフォルトリスクを動かすようになりました。',
};
