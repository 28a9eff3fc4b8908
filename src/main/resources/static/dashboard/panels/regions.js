// Ukraine's first-level areas by ISO 3166-2 code, as the region filter offers them (names as in current
// English usage; the boundaries file spells some differently).
export const REGIONS = [
  ['UA-43', 'Autonomous Republic of Crimea'],
  ['UA-71', 'Cherkasy Oblast'],
  ['UA-74', 'Chernihiv Oblast'],
  ['UA-77', 'Chernivtsi Oblast'],
  ['UA-12', 'Dnipropetrovsk Oblast'],
  ['UA-14', 'Donetsk Oblast'],
  ['UA-26', 'Ivano-Frankivsk Oblast'],
  ['UA-63', 'Kharkiv Oblast'],
  ['UA-65', 'Kherson Oblast'],
  ['UA-68', 'Khmelnytskyi Oblast'],
  ['UA-35', 'Kirovohrad Oblast'],
  ['UA-32', 'Kyiv Oblast'],
  ['UA-30', 'Kyiv city'],
  ['UA-09', 'Luhansk Oblast'],
  ['UA-46', 'Lviv Oblast'],
  ['UA-48', 'Mykolaiv Oblast'],
  ['UA-51', 'Odesa Oblast'],
  ['UA-53', 'Poltava Oblast'],
  ['UA-56', 'Rivne Oblast'],
  ['UA-40', 'Sevastopol'],
  ['UA-59', 'Sumy Oblast'],
  ['UA-61', 'Ternopil Oblast'],
  ['UA-05', 'Vinnytsia Oblast'],
  ['UA-07', 'Volyn Oblast'],
  ['UA-21', 'Zakarpattia Oblast'],
  ['UA-23', 'Zaporizhzhia Oblast'],
  ['UA-18', 'Zhytomyr Oblast'],
];

export const REGION_NAMES = new Map(REGIONS);
