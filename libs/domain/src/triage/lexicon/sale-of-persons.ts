import { LexiconSpec } from './lexicon';

/** People bought and sold ("ซื้อขายเด็ก", "selling girls", "ရောင်းစား"): trafficking itself (P2; a child, P1). */
export const SALE_OF_PERSONS: LexiconSpec = {
  id: 'sale-of-persons',
  negatable: true,
  terms: {
    en: [
      '(?:sell|sells|selling|sold|buy|buys|buying|bought) (?:\\w+ ){0,2}?(?:children|kids|girls?|boys?|bab(?:y|ies)|women|woman|wives|brides?|people|workers)',
      '(?:bought|sold) (?:and (?:sold|bought) )?(?:for|to)',
      'bride (?:price|trafficking)',
      'for sale',
    ],
    th: ['ซื้อขาย(?:เด็ก|คน|ผู้หญิง|ทารก|แรงงาน)', 'ขาย(?:เด็ก|ทารก|ลูก|ผู้หญิง|เมีย)', 'ค้าเด็ก', 'ถูกขาย(?:ให้|ไป|ต่อ)?', 'ขายต่อให้', 'ขายตัวเด็ก'],
    lo: ['ຊື້ຂາຍ(?:ເດັກ|ຄົນ|ແມ່ຍິງ)', 'ຂາຍເດັກ', 'ຖືກຂາຍ'],
    my: ['ရောင်းစား', 'လူရောင်း', 'ကလေး…ရောင်း', 'အရောင်းခံ'],
  },
};
