/**
 * One glossary per language: the chosen term, and the variants the site never uses.
 * Choices follow the Korean and Taiwanese Partner Center UI where it is consistent, and
 * otherwise the wording a native expert would use. Pages, dictionaries and rule texts all
 * draw on these terms; a test rejects the listed variants anywhere but in this file.
 */
import type { Locale } from './types';

export interface GlossaryTerm {
  id: string;
  term: Record<Locale, string>;
  /** Variants seen in the machine-translated sources, not to be used. */
  avoid: Partial<Record<Locale, readonly string[]>>;
  /** Terms a partner must also know in English when talking to Microsoft support. */
  showEnglish?: boolean;
  /** One line saying what the term means, in each language. */
  definition?: Record<Locale, string>;
}

export const GLOSSARY: readonly GlossaryTerm[] = [
  { id: 'partner', term: { en: 'partner', ko: '파트너', 'zh-tw': '合作夥伴' }, avoid: { 'zh-tw': ['夥伴廠商', '合作伙伴'] } },
  { id: 'customer', term: { en: 'customer', ko: '고객', 'zh-tw': '客戶' }, avoid: { 'zh-tw': ['顧客'] } },
  { id: 'reseller', term: { en: 'reseller', ko: '재판매인', 'zh-tw': '經銷商' }, avoid: { ko: ['대리점', '재판매자', '리셀러'], 'zh-tw': ['轉銷商', '轉售商', '分銷商'] } },
  { id: 'resellerRelationship', term: { en: 'reseller relationship', ko: '재판매인 관계', 'zh-tw': '經銷商關係' }, avoid: { ko: ['대리점 관계'], 'zh-tw': ['轉銷商關係'] }, showEnglish: true },
  { id: 'dap', term: { en: 'delegated admin privileges (DAP)', ko: '위임된 관리자 권한(DAP)', 'zh-tw': '委派的系統管理權限 (DAP)' }, avoid: { ko: ['위임 된 관리', '위임된 관리 권한', '위임 관리 권한'], 'zh-tw': ['委派系統管理員權限', '委派的管理權限', '委派管理權限'] }, showEnglish: true },
  { id: 'gdap', term: { en: 'granular delegated admin privileges (GDAP)', ko: '세분화된 위임된 관리자 권한(GDAP)', 'zh-tw': '細部委派的系統管理權限 (GDAP)' }, avoid: { ko: ['세분화된 위임 관리자 권한'], 'zh-tw': ['精細委派'] }, showEnglish: true },
  { id: 'globalAdmin', term: { en: 'Global admin', ko: '전역 관리자', 'zh-tw': '全域管理員' }, avoid: { ko: ['글로벌 관리자', '전체 관리자'], 'zh-tw': ['全域系統管理員', '全局管理員', '全局管理员'] }, showEnglish: true },
  { id: 'helpdeskAdmin', term: { en: 'Helpdesk administrator', ko: '기술 지원팀 관리자', 'zh-tw': '技術支援管理員' }, avoid: { ko: ['헬프데스크 관리자'], 'zh-tw': ['服務台管理員'] }, showEnglish: true },
  { id: 'adminAgent', term: { en: 'Admin agent', ko: '관리 에이전트', 'zh-tw': '系統管理員代理人' }, avoid: { ko: ['관리자 에이전트', '관리 대리인'], 'zh-tw': ['管理員代理程式', '管理代理人'] }, showEnglish: true },
  { id: 'salesAgent', term: { en: 'Sales agent', ko: '판매 에이전트', 'zh-tw': '銷售代理人' }, avoid: { ko: ['영업 에이전트'], 'zh-tw': ['銷售代理程式'] }, showEnglish: true },
  { id: 'helpdeskAgent', term: { en: 'Helpdesk agent', ko: '기술 지원 에이전트', 'zh-tw': '技術支援代理人' }, avoid: { ko: ['헬프데스크 에이전트'], 'zh-tw': ['服務台代理人'] }, showEnglish: true },
  { id: 'userAdmin', term: { en: 'User admin', ko: '사용자 관리자', 'zh-tw': '使用者管理員' }, avoid: { 'zh-tw': ['用戶管理員'] }, showEnglish: true },
  { id: 'partnerCenter', term: { en: 'Partner Center', ko: '파트너 센터', 'zh-tw': '合作夥伴中心' }, avoid: { ko: ['파트너센터'] } },
  { id: 'subscription', term: { en: 'subscription', ko: '구독', 'zh-tw': '訂用帳戶' }, avoid: { 'zh-tw': ['訂閱'] } },
  { id: 'tenant', term: { en: 'tenant', ko: '테넌트', 'zh-tw': '租用戶' }, avoid: { 'zh-tw': ['租戶'] } },
  { id: 'mca', term: { en: 'Microsoft Customer Agreement', ko: 'Microsoft 고객 계약', 'zh-tw': 'Microsoft 客戶合約' }, avoid: { 'zh-tw': ['Microsoft 客戶協議'] }, showEnglish: true },
  { id: 'mpa', term: { en: 'Microsoft Partner Agreement', ko: 'Microsoft 파트너 계약', 'zh-tw': 'Microsoft 合作夥伴合約' }, avoid: { 'zh-tw': ['Microsoft 合作夥伴協議'] }, showEnglish: true },
  { id: 'partnerOfRecord', term: { en: 'Partner of Record', ko: '기록 파트너', 'zh-tw': '記錄合作夥伴' }, avoid: { ko: ['레코드 파트너'], 'zh-tw': ['紀錄合作夥伴'] }, showEnglish: true },
  { id: 'multiPartner', term: { en: 'multi-partner', ko: '다중 파트너', 'zh-tw': '多重合作夥伴' }, avoid: { ko: ['멀티 파트너'] } },
  { id: 'multichannel', term: { en: 'multichannel', ko: '다중 채널', 'zh-tw': '多重通路' }, avoid: { ko: ['멀티 채널'], 'zh-tw': ['多通道', '多重管道'] } },
  { id: 'indirectProvider', term: { en: 'indirect provider', ko: '간접 공급자', 'zh-tw': '間接提供者' }, avoid: { ko: ['간접 공급업체', '간접 제공자'], 'zh-tw': ['間接供應商'] }, showEnglish: true },
  { id: 'indirectReseller', term: { en: 'indirect reseller', ko: '간접 재판매인', 'zh-tw': '間接經銷商' }, avoid: { ko: ['간접 대리점', '간접 리셀러'], 'zh-tw': ['間接轉銷商'] }, showEnglish: true },
  { id: 'mpnId', term: { en: 'MPN ID', ko: 'MPN ID', 'zh-tw': 'MPN 識別碼' }, avoid: {}, showEnglish: true },
  { id: 'partnerLocationAccount', term: { en: 'Partner Location Account', ko: '파트너 위치 계정', 'zh-tw': '合作夥伴位置帳戶' }, avoid: {}, showEnglish: true },
  { id: 'supportContact', term: { en: 'designated support contact', ko: '지정된 지원 담당자', 'zh-tw': '指定的支援連絡人' }, avoid: { 'zh-tw': ['支援聯絡人'] }, showEnglish: true },
  { id: 'adminCenter', term: { en: 'Microsoft 365 admin center', ko: 'Microsoft 365 관리 센터', 'zh-tw': 'Microsoft 365 系統管理中心' }, avoid: { 'zh-tw': ['Microsoft 365 管理中心'] } },
  { id: 'cloudGlobal', term: { en: 'global cloud', ko: '글로벌 클라우드', 'zh-tw': '全球雲端' }, avoid: { ko: ['공용 클라우드'], 'zh-tw': ['國際雲端'] } },
  { id: 'cloudUsGov', term: { en: 'Microsoft Cloud for US Government', ko: '미국 정부용 Microsoft 클라우드', 'zh-tw': 'Microsoft 美國政府雲端' }, avoid: {} },
  { id: 'cloudGermany', term: { en: 'Microsoft Cloud Germany', ko: 'Microsoft 클라우드 독일', 'zh-tw': 'Microsoft 雲端德國' }, avoid: {} },
  { id: 'cloud21Vianet', term: { en: 'Partner Center operated by 21Vianet', ko: '21Vianet이 운영하는 파트너 센터', 'zh-tw': '由 21Vianet 營運的合作夥伴中心' }, avoid: { 'zh-tw': ['世紀互聯'] } },
];

export function glossaryTerm(id: string, locale: Locale): string {
  const entry = GLOSSARY.find((t) => t.id === id);
  if (!entry) throw new Error(`Unknown glossary term "${id}"`);
  return entry.term[locale];
}
