/**
 * SMS segment count. GSM 03.38 text fits 160 characters in one segment and 153 per segment once split (the rest
 * carries the concatenation header); anything outside it switches the whole message to UCS-2: 70, then 67.
 * Characters of the GSM extension table (e.g. `{`, `}`, `€`) take two septets, which is why `{####}` costs 12.
 */
const BASIC =
  '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà';
const EXTENDED = '^{}\\[~]|€\f';

export interface SmsCount {
  encoding: 'GSM-7' | 'UCS-2';
  /** Units used: septets for GSM-7, UTF-16 code units for UCS-2. */
  units: number;
  segments: number;
  /** Units per segment at the current count (single or concatenated). */
  perSegment: number;
  /** Units left in the last segment. */
  remaining: number;
}

export function countSms(text: string): SmsCount {
  let septets = 0;
  let gsm = true;
  for (const ch of text) {
    if (BASIC.includes(ch)) septets += 1;
    else if (EXTENDED.includes(ch)) septets += 2;
    else {
      gsm = false;
      break;
    }
  }
  const [single, multi] = gsm ? [160, 153] : [70, 67];
  const units = gsm ? septets : text.length;
  const segments = units === 0 ? 0 : units <= single ? 1 : Math.ceil(units / multi);
  const perSegment = segments <= 1 ? single : multi;
  const remaining = segments === 0 ? single : segments * perSegment - units;
  return { encoding: gsm ? 'GSM-7' : 'UCS-2', units, segments, perSegment, remaining };
}
