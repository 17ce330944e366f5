/**
 * Words readers type for a rule that its text does not use ("reduce seats" for NOR-02's "remove
 * seats"). Rule.astro puts them in an attribute Pagefind indexes (data-pagefind-index-attrs), so
 * search finds the rule's page while the page shows only the rule's own wording.
 */
import type { CitationId } from '~/domain/rules';
import type { Locale } from './types';

export const SEARCH_ALIASES: Record<Locale, Partial<Record<CitationId, string>>> = {
  en: {
    'INV-01': 'reseller, become the customer’s reseller, reseller relationship request',
    'NOR-02': 'reduce seats, decrease seats, reduce licenses, decrease licenses, lower the license count',
    'INV-04': 'request DAP in the global cloud, delegated admin checkbox',
    'DAP-01': 'revoke admin access, remove admin rights',
  },
  ko: {
    'INV-01': '재판매인, 고객의 재판매인 되기, 재판매인 관계 요청',
    'NOR-02': '라이선스 줄이기, 라이선스 수 줄이기, 좌석 줄이기, 시트 줄이기',
    'INV-04': '글로벌 클라우드 DAP 요청, 위임된 관리자 권한 확인란',
    'DAP-01': '관리자 권한 회수, 관리자 권한 취소',
  },
  'zh-tw': {
    'INV-01': '經銷商, 經銷商關係要求, 成為客戶的經銷商',
    'NOR-02': '減少授權, 減少授權數量, 降低授權數量, 減少席次',
    'INV-04': '全球雲端 要求 DAP, 全球雲端的要求包含 DAP, 委派的系統管理權限核取方塊',
    'DAP-01': '撤銷系統管理權限, 收回系統管理權限',
  },
};
