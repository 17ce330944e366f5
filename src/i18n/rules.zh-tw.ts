import type { RuleTexts } from './types';

export const rulesZhTw: RuleTexts = {
  'INV-01': {
    title: '邀請是合作夥伴寄出的電子郵件',
    text: '合作夥伴在合作夥伴中心選取「客戶」>「要求建立經銷商關係」(Customers > Request a reseller relationship) 後，系統會產生一封電子郵件草稿。合作夥伴可以用電子郵件應用程式開啟草稿，或將內容複製到剪貼簿，接著選取「完成」。',
  },
  'INV-02': {
    title: '內文可以改，連結不能動',
    text: '電子郵件內文可以自行改寫，但連結必須保持產生時的原樣：這個連結專屬於合作夥伴的帳戶，客戶正是透過它與該合作夥伴建立關係。',
  },
  'INV-03': {
    title: '同一個連結可寄給所有客戶（21Vianet）',
    text: '在由 21Vianet 營運的合作夥伴中心，連結不含任何客戶資訊，因此合作夥伴可以把同一個連結寄給每一位邀請的客戶。',
  },
  'INV-04': {
    title: '核取方塊決定是否要求系統管理權限',
    text: '在全球雲端，要求中有一個核取方塊，用來決定是否一併要求 Azure Active Directory 與 Office 365 的委派系統管理權限。勾選時，要求會包含 DAP；取消勾選時，建立的是不含系統管理權限的經銷商關係。',
  },
  'INV-05': {
    title: '沒有系統管理權限也能管理 Azure 訂用帳戶',
    text: '即使經銷商關係不含系統管理權限，合作夥伴仍可管理自己為客戶佈建的 Azure 訂用帳戶。',
  },
  'INV-06': {
    title: '美國政府雲端與德國一律要求 DAP',
    text: 'Microsoft 美國政府雲端與 Microsoft 雲端德國的合作夥伴，沒有「不要求系統管理權限」這個選項：每一份要求都包含委派的系統管理權限。',
  },
  'INV-07': {
    title: '21Vianet 的要求一律包含 DAP',
    text: '由 21Vianet 營運的合作夥伴中心沒有這個核取方塊：要求經銷商關係時，一定會加入委派的系統管理權限。',
  },
  'INV-08': {
    title: '僅限同一國家/地區',
    text: '合作夥伴只能向與自己位於同一國家/地區的客戶要求經銷商關係。',
  },
  'INV-09': {
    title: '客戶在哪裡接受',
    text: '客戶點選連結後，在全球雲端會進入 Microsoft 365 系統管理中心，在 Microsoft 美國政府雲端與 Microsoft 雲端德國會進入 Microsoft Office 系統管理入口網站，在中國則會進入由 21Vianet 營運的 Office 365 系統管理中心。',
  },
  'INV-10': {
    title: '由全域管理員接受',
    text: '接受邀請的人必須是客戶租用戶的全域管理員。',
  },
  'INV-11': {
    title: '先接受 Microsoft 客戶合約',
    text: '尚未接受 Microsoft 客戶合約的客戶，會在接受邀請的過程中被要求一併接受。',
  },
  'INV-12': {
    title: '接受後建立了什麼',
    text: '客戶接受後，就會出現在合作夥伴的客戶清單中，合作夥伴也能為其佈建及管理 CSP 訂用帳戶。客戶則可在「合作夥伴關係」頁面看到所有合作夥伴，以及每項服務由哪些合作夥伴持有委派的系統管理權限。',
  },
  'INV-13': {
    title: 'DAP 在租用戶中授與的角色',
    text: 'DAP 會讓合作夥伴的系統管理員代理人群組在客戶租用戶中取得全域管理員角色，技術支援代理人群組則取得技術支援管理員角色。',
  },
  'INV-14': {
    title: '2023 年 10 月 10 日起全球雲端新要求不含 DAP',
    text: '自 2023 年 10 月 10 日起，全球雲端的經銷商關係要求不再包含 DAP，改由細部委派的系統管理權限 (GDAP) 取代。要求連結本身則繼續沿用。',
  },
  'INV-15': {
    title: '系統管理權限日後可變更，責任不變',
    text: '客戶日後可以在該服務的系統管理入口網站重新指派或移除系統管理權限。在雙方重新協商之前，合作夥伴仍須依其合作夥伴合約為客戶提供支援。要求經銷商關係的頁面另外提到，合作夥伴此時可以請 Microsoft 支援服務代表客戶開立要求；但之後的頁面說法不同（AMB-01）。',
  },
  'NOR-01': {
    title: '不是原始經銷商，就不會收到帳單',
    text: '在由 21Vianet 營運的合作夥伴中心，要求經銷商關係只會加入委派的系統管理權限。合作夥伴若不是某個訂用帳戶的原始經銷商，就不會收到該訂用帳戶的帳單。',
  },
  'NOR-02': {
    title: '不能變更其他經銷商的訂用帳戶',
    text: '這類合作夥伴也無法減少授權數量、訂購附加元件、轉換或移轉該訂用帳戶，也不能變更其記錄合作夥伴。',
  },
  'MP-01': {
    title: '不同服務可交給不同合作夥伴',
    text: '客戶可以同時與多家專精不同服務的經銷商合作。合作夥伴若要加入，需向客戶要求委派的系統管理權限。',
  },
  'MP-02': {
    title: '多重合作夥伴不會改變的事',
    text: '與多家合作夥伴合作，不會變更現有的訂用帳戶，不會轉換訂用帳戶或帳戶擁有權，不會變更條款或義務，也不會變更記錄合作夥伴。',
  },
  'MC-01': {
    title: '每項服務只能有一家持有 DAP 的 CSP 交易合作夥伴',
    text: '在多重通路模式下，客戶的每一項服務，只能有一家透過 CSP 交易、並持有委派系統管理權限的合作夥伴。',
  },
  'DAP-01': {
    title: '客戶可以移除 DAP',
    text: '客戶可以在其系統管理中心，移除任何一家或所有合作夥伴（包括 CSP 經銷商）的委派系統管理權限。',
  },
  'DAP-02': {
    title: '商業關係照常持續',
    text: '移除 DAP 不會終止客戶帳戶或商業關係；除非客戶與合作夥伴重新協商，兩者都會繼續有效。',
  },
  'DAP-03': {
    title: '支援責任不會消失',
    text: 'DAP 被移除後，合作夥伴仍須為客戶提供支援並遵守其合約：在 21Vianet 是中國 CSP 經銷商合約，在全球雲端則是 Microsoft 合作夥伴合約。',
  },
  'DAP-04': {
    title: '恢復 DAP 需要重新要求',
    text: '若要取回委派的系統管理權限，合作夥伴必須再次要求經銷商關係，並由客戶接受。',
  },
  'DAP-05': {
    title: '移除 DAP 後，Azure RBAC 角色仍在',
    text: '移除 DAP 會刪除合作夥伴的 Azure AD 角色指派。合作夥伴在 Azure 訂用帳戶上持有的 Azure RBAC 角色則會保留，直到客戶另外將其移除為止。',
  },
  'DAP-06': {
    title: '合作夥伴也能自行移除 DAP',
    text: '合作夥伴的系統管理員代理人可以在合作夥伴中心移除某位客戶的 DAP，例如該關係已超過 90 天沒有活動時。',
  },
  'IND-01': {
    title: '可執行經銷商作業的提供者角色',
    text: '在間接提供者這一方，全域管理員、使用者管理員、系統管理員代理人或銷售代理人都可以執行間接經銷商的相關作業。',
  },
  'IND-02': {
    title: '經銷商必須已經註冊',
    text: '間接經銷商必須已經以間接經銷商身分加入 CSP 計畫，並擁有自己的合作夥伴中心帳戶，提供者才能與其建立合作關係。',
  },
  'IND-03': {
    title: '合作關係要求也是一封電子郵件',
    text: '提供者選取「間接經銷商」>「要求合作關係」後，合作夥伴中心會產生一封電子郵件草稿，內含專屬於提供者帳戶的連結；內文可以修改，但連結必須保留。最後由提供者選取「完成」。',
  },
  'IND-04': {
    title: '合作關係建立後可以做什麼',
    text: '經銷商接受後，會出現在提供者的間接經銷商清單中。提供者即可代為新增客戶、為其客戶提交訂單、將其與訂用帳戶建立關聯，並將其設為指定的支援連絡人。',
  },
  'IND-05': {
    title: '訂用帳戶上的經銷商 MPN 識別碼',
    text: '訂用帳戶的「轉銷商 (MPN 識別碼)」(Reseller (MPN ID)) 欄位，必須填入經銷商加入時所用合作夥伴位置帳戶的 MPN 識別碼。這樣經銷商才能獲得獎勵，並顯示為擁有有效的 Microsoft 合作夥伴合約。',
  },
  'IND-06': {
    title: '建立關聯就是委派管理',
    text: '將經銷商與新客戶建立關聯，等於委派帳戶與訂用帳戶的管理：經銷商會取得該客戶訂用帳戶與服務的系統管理存取權。',
  },
  'IND-07': {
    title: '新增客戶精靈與只顯示一次的密碼',
    text: '提供者在預先選好經銷商的情況下新增客戶，填入客戶詳細資料、選擇供應項目與授權數量，檢閱後提交。確認頁面會在「安裝資訊」(Setup info) 下顯示系統管理員的使用者名稱與暫時密碼，而且只顯示這一次；選取「取消」則會放棄整個作業。',
  },
  'IND-08': {
    title: '在合作夥伴中心新增訂用帳戶',
    text: '提供者在「客戶」下新增訂用帳戶，選擇供應項目、授權，並可選擇經銷商（以便其獲得獎勵），之後可將該經銷商設為指定的支援連絡人。這些操作都在合作夥伴中心完成，而不是在 Azure 入口網站。',
  },
  'IND-09': {
    title: '移除合作關係',
    text: '提供者確認後即可移除合作關係。經銷商會從清單中消失，但與其建立關聯的客戶不會被移除，已授與的 DAP 也維持不變。合作夥伴中心不會通知客戶或經銷商；若合約要求法律通知，須由提供者自行處理，且提供者須聲明這項決定出於善意，並同意在第三方提出相反主張時為 Microsoft 辯護、使其免於承擔責任。',
  },
  'SUP-01': {
    title: '指定的支援連絡人',
    text: '新訂用帳戶的指定支援連絡人預設為間接提供者；若間接經銷商持有該客戶的委派系統管理權限 (DAP)，也可以改由該經銷商擔任。',
  },
  'GDAP-01': {
    title: '只有系統管理員代理人能建立要求',
    text: '在全球雲端，只有具備合作夥伴中心系統管理員代理人角色的使用者，才能建立 GDAP 關係要求。操作路徑為「客戶」> 選取客戶 >「系統管理關聯性」(Admin relationships) >「Request for new relationship」（較舊的介面文字為「Request admin relationship」）。',
  },
  'GDAP-02': {
    title: '要求表單的欄位',
    text: '全球雲端的要求表單包含：「Admin relationship name」（不得重複，客戶會在 Microsoft 365 系統管理中心看到這個名稱）、「Duration in days」（期間屆滿即自動到期）、「Microsoft Entra roles」（在側邊面板中選取，完成要求前可增減；只能選 Microsoft Entra 內建角色，不支援自訂角色，全域管理員也可以要求），以及「自動擴充」(Auto extend)：預設為否，選是則關係不會到期，而是延長 6 個月。填妥後選取「Finalize request」。',
  },
  'GDAP-03': {
    title: 'API 的要求格式',
    text: '以 Microsoft Graph API 建立關係時（文件針對全球雲端）：displayName 必填，最多 50 個字元，在合作夥伴的所有關係中不得重複；duration 必填，範圍為 P1D 到 P2Y（含）；accessDetails.unifiedRoles 必填。customer 可以省略，也就是關係可以建立成「任何客戶都能核准」，也可以指定某一位客戶；autoExtendDuration 也可以省略，可用的值為 P0D、PT0S 與 P180D，預設為 PT0S。',
  },
  'GDAP-04': {
    title: '期間：1 天到 2 年',
    text: '在全球雲端，GDAP 關係的期間由合作夥伴決定：預設 2 年，最長 2 年，最短 1 天，另一份文件寫成 1 到 730 天；沒有永久的關係。同一個關係內的所有角色，都在關係的期間結束時一起到期。',
  },
  'GDAP-05': {
    title: '草稿電子郵件，連結不能改',
    text: '在全球雲端選取「Finalize request」後，合作夥伴中心會在「Request」方塊中顯示電子郵件草稿。內文可以修改，但「Click to review and accept」下方的連結不能變更，因為這個連結專屬於合作夥伴的帳戶；選取「Done」後，由合作夥伴自行寄出電子郵件。',
  },
  'GDAP-06': {
    title: 'API 流程與邀請連結',
    text: '透過 Microsoft Graph API 時（文件針對全球雲端），合作夥伴先建立關係，狀態為 created，再以 lockForApproval 動作送出要求。邀請連結為 https://admin.microsoft.com/AdminPortal/Home#/partners/invitation/granularAdminRelationships/{adminRelationshipID}，由合作夥伴寄給客戶核准。',
  },
  'GDAP-07': {
    title: '要求 90 天後到期',
    text: '在全球雲端，客戶始終沒有處理的 GDAP 關係要求，會在 90 天後到期。',
  },
  'GDAP-08': {
    title: '連結不能轉用，一位客戶可有多個關係',
    text: '在全球雲端，關係連結一經接受，就不能再用於其他客戶。同一位客戶可以有多個 GDAP 關係，各自有不同的角色與安全性群組；一次建立大量關係只能透過 API，合作夥伴中心介面做不到。',
  },
  'GDAP-09': {
    title: '由客戶的全域管理員核准',
    text: '在全球雲端，客戶端的核准者是全域管理員。客戶從邀請電子郵件開啟連結，進入 Microsoft 365 系統管理中心的「Approve partner roles」頁面，再選取「Approve all」；這是所有來源唯一描述的動作 (AMB-26)。',
  },
  'GDAP-10': {
    title: '核准之後雙方看到什麼',
    text: '在全球雲端，客戶核准後，合作夥伴與客戶都會收到確認電子郵件，關係也會出現在合作夥伴的「Granular administration」清單中；這是 2023 年的說明，較新的說明則改為提到定期寄送的 GDAP 狀態電子郵件（原文為「on a bi-monthly basis」）與 GDAP 關係分析。客戶可在 Microsoft 365 系統管理中心的「設定」>「合作夥伴關係」依名稱找到這個關係；已到期的關係要以「已過期」篩選。',
  },
  'GDAP-11': {
    title: '2023 年版：先移除 DAP',
    text: '只有 2023 年 3 月的客戶核准頁面列出這項前提：客戶必須先在「合作夥伴關係」頁面移除 DAP 角色（關係類型為「Reseller」），「以免 DAP 蓋過 GDAP」。這份說明僅針對全球雲端，目前仍見於英文版的舊路徑頁面，較新的核准頁面則已沒有這項前提 (AMB-14)。',
  },
  'GDAP-12': {
    title: '關係的狀態值',
    text: '在 Microsoft Graph（文件針對全球雲端）中，delegatedAdminRelationship 的 status 可能為 activating、active、approvalPending、approved、created、expired、expiring、terminated、terminating、terminationRequested 或 unknownFutureValue。',
  },
  'GDAP-13': {
    title: '只有 created 時能修改或刪除',
    text: '合作夥伴建立關係後，狀態為 created。只有在 created 狀態下，合作夥伴才能變更名稱、期間、客戶與角色，也只有 created 的關係可以刪除。這是 Microsoft Graph 文件的說明，針對全球雲端。',
  },
  'GDAP-14': {
    title: '完成要求：created → approvalPending',
    text: '合作夥伴以 lockForApproval 動作完成要求後，關係從 created 變為 approvalPending。這是 Microsoft Graph 文件的說明，針對全球雲端。',
  },
  'GDAP-15': {
    title: '核准與啟用',
    text: '客戶核准後（Graph 的說法是「透過 approve 動作」），關係從 approvalPending 變為 approved，接著由系統佈建，經 activating 變為 active。結束日是啟用日加上期間：endDateTime = activatedDateTime + duration。這是 Microsoft Graph 文件的說明，針對全球雲端。',
  },
  'GDAP-16': {
    title: '終止：合作夥伴或客戶皆可提出',
    text: '合作夥伴（以 terminate 動作，只能用於 active 的關係）或客戶都可以要求終止，關係從 active 變為 terminationRequested；接著由系統解除佈建，經 terminating 變為 terminated。這是 Microsoft Graph 文件的說明，針對全球雲端。',
  },
  'GDAP-17': {
    title: '到期：expiring → expired',
    text: '作用中的關係過了結束日（Graph 的說法是 expiration date）後，變為 expiring；系統完成解除佈建後，變為 expired。autoExtendDuration 為 PT0S 時，關係會在 endDateTime 到期，不會延長。這是 Microsoft Graph 文件的說明，針對全球雲端。',
  },
  'GDAP-18': {
    title: '各狀態下能改什麼',
    text: '依目前的 Microsoft Graph 說明（針對全球雲端），整個關係只能在 created 狀態下修改；autoExtendDuration 可在 created 或 active 狀態下修改；全域管理員角色只能在 active 狀態下移除，而且是長時間執行的作業。較舊的版本則只寫著關係僅能在 created 狀態下更新。',
  },
  'GDAP-19': {
    title: '要求物件的動作與狀態',
    text: 'Microsoft Graph 的 delegatedAdminRelationshipRequest（文件針對全球雲端）中，action 可為 lockForApproval、approve、terminate 或 reject，日後可能增加；其中 approve 與 reject 是供間接經銷商處理間接提供者替它建立、處於 approvalPending 的關係。要求本身的 status 可為 created、pending、succeeded 或 failed。',
  },
  'GDAP-20': {
    title: '自動清除',
    text: '在全球雲端，處於已到期 (Expired) 或已終止 (Terminated) 狀態滿一年，以及處於等待核准 (Approval pending) 狀態滿 90 天的關係，會被自動清除，客戶與合作夥伴都不會再看到。',
  },
  'GDAP-21': {
    title: '核准之後還要指派安全性群組',
    text: '在全球雲端，客戶核准本身不會讓合作夥伴的任何使用者取得權限：合作夥伴必須把客戶核准的角色，明確指派給自己的安全性群組（「客戶」> 客戶 >「系統管理關聯性」> 關係 >「Security groups」> 新增群組 > 選取角色 >「Save」），否則 GDAP 使用者無法代表客戶執行管理工作 (AOBO)。目前的介面會在沒有存取權指派的關係旁顯示黃色警告圖示；指派會先顯示「Pending」，約 30 秒後變為「Active」。',
  },
  'GDAP-22': {
    title: '存取權指派',
    text: '在 Microsoft Graph（文件針對全球雲端）中，存取權指派由存取容器（安全性群組）加上角色組成，status 可為 pending、active、deleting、deleted 或 error；變為 active 後，存取容器的成員就取得這些角色。群組由合作夥伴自行建立（可自訂，可以所有客戶共用一個，也可以每位客戶各一個），API 每次對應一個群組，介面則可一次選多個；關係中沒有的角色無法指派。',
  },
  'GDAP-23': {
    title: 'GDAP 下的系統管理員代理人',
    text: '在全球雲端，改用 GDAP 後，系統管理員代理人預設不再能存取每一位客戶。管理 Azure 的人員改放在另一個安全性群組，這個群組巢狀於系統管理員代理人群組之下，而系統管理員代理人群組在客戶的 Azure 訂用帳戶上具有擁有者 (Owner) 的 Azure RBAC 角色；合作夥伴佈建的 Azure 訂用帳戶，也由系統管理員代理人群組擔任擁有者。',
  },
  'GDAP-24': {
    title: '系統管理員代理人角色管的是交易',
    text: '在全球雲端，合作夥伴中心的系統管理員代理人角色與商務交易有關：使用者被移出系統管理員代理人、只留在 GDAP 安全性群組中時，仍可管理服務並開立服務要求，但無法購買或管理訂用帳戶。',
  },
  'GDAP-25': {
    title: 'DAP 與 GDAP 並存時，以 GDAP 為準',
    text: '在全球雲端，使用者同時在 GDAP 安全性群組與系統管理員代理人群組中，而客戶同時有 DAP 與 GDAP 時，以 GDAP 為準：例如 DAP 的全域管理員加上 GDAP 的全域讀取者，結果只有全域讀取者。只在系統管理員代理人群組中的使用者，在仍有 DAP 的客戶取得 DAP 的權限，在只有 GDAP 的客戶則沒有任何存取權。',
  },
  'GDAP-26': {
    title: '開立支援要求需要服務支援管理員',
    text: '在全球雲端，要代表客戶建立支援要求，使用者必須透過 GDAP 安全性群組取得服務支援管理員角色，不論客戶使用哪一種支援方案（Premier 也一樣）；不含 Microsoft Entra 角色的關係無法用來開立支援要求。來賓帳戶無法搭配 GDAP 或 DAP 使用。',
  },
  'GDAP-27': {
    title: '到期與提醒',
    text: '在全球雲端，要求的期間一過，關係就自動到期；依 2023 年的到期通知頁面，到期前 30 天、7 天、1 天與到期當天，合作夥伴與客戶都會收到電子郵件。到期後，已指派安全性群組的成員失去存取權，合作夥伴中心顯示狀態為已到期；客戶現有的訂用帳戶不受影響。',
  },
  'GDAP-28': {
    title: '自動延長：每次 6 個月',
    text: '在全球雲端，自 2023 年 10 月 30 日起，啟用自動延長的關係到了最後一天不會到期，而是再延長 6 個月（API 值為 P180D；常見問題的例子：365 天的 GDAP 在第 365 天，結束日延後 180 天），並一再延長，直到關係終止或停用自動延長為止。延長時不需要新的要求、同意或存取權指派。',
  },
  'GDAP-29': {
    title: '誰管理自動延長、何時推出',
    text: '在全球雲端，由系統管理員代理人為一個或多個作用中的 GDAP 啟用或停用自動延長（較新的說明：一次最多 25 個），切換時不會寄送電子郵件；不論 GDAP 來自合作夥伴主導的工具 (PLT)、Microsoft 主導的轉換 (MLT)、合作夥伴中心介面或 API，只要處於作用中都能自動延長。停用自動延長時，合作夥伴會在到期前 30 天、7 天與 1 天收到通知。這項功能在 2023 年 8 月宣布於「2023 年 10 月」推出，9 月與 10 月的公告改為「2023 年 10 月 30 日起」。',
  },
  'GDAP-30': {
    title: '含全域管理員的 GDAP 不要自動延長',
    text: '全球雲端較新的自動延長頁面中，有一節的標題是「Don\'t autoextend GDAP with Global Administrator」（不要自動延長含全域管理員角色的 GDAP）。本站未能取得這一節的內文，因此服務是直接擋下，還是只是不建議，並未說明 (AMB-12)。',
  },
  'GDAP-31': {
    title: '到期後重新要求',
    text: '在全球雲端，關係到期後，要繼續管理就必須要求新的 GDAP 關係，並由客戶再次核准。合作夥伴可以在「Insights」>「GDAP relationship analytics」追蹤未來 60 天內即將到期，以及已經到期的關係。',
  },
  'GDAP-32': {
    title: '合作夥伴終止關係',
    text: '在全球雲端，系統管理員代理人可以在「客戶」> 客戶 >「系統管理關聯性」> 關係中選取「Terminate relationship」並確認，終止關係。對應安全性群組的成員會失去存取權，合作夥伴與客戶都會收到確認電子郵件。',
  },
  'GDAP-33': {
    title: '客戶移除角色',
    text: '在全球雲端，客戶可在 Microsoft 365 系統管理中心的「合作夥伴關係」選取合作夥伴 >「Remove roles」>「Yes」，結果同樣是存取權結束、雙方收到電子郵件，合作夥伴則可在合作夥伴中心的活動記錄看到這次移除。終止的電子郵件會寄給合作夥伴端的系統管理員代理人使用者，以及客戶端的全域管理員使用者。',
  },
  'GDAP-34': {
    title: '移除 GDAP 不會結束經銷商關係',
    text: '在全球雲端，移除所有 GDAP 關係並不會結束經銷商關係：合作夥伴仍可為客戶購買，也能管理 Azure 預算。移除 GDAP 也不會移除 Azure RBAC；只有 RBAC 角色被移除時，才會失去合作夥伴賺取的點數 (PEC)。',
  },
  'GDAP-35': {
    title: 'Microsoft 主導的轉換',
    text: '在全球雲端，自 2023 年 5 月 22 日起（6 月暫停，7 月之後恢復），Microsoft 為有 DAP 的客戶建立名為 MLT_<合作夥伴租用戶 8 個字元>_<客戶租用戶 8 個字元>_<8 位隨機數字> 的 GDAP 關係：即使客戶設有條件式存取，關係也直接處於作用中，期間一年，角色自動指派給預先定義的 CSP 群組。過程中不寄電子郵件給客戶或合作夥伴，只留下稽核記錄；DAP 會在這個 GDAP 建立 30 天後移除。',
  },
  'GDAP-36': {
    title: 'Microsoft 主導轉換的角色',
    text: '在全球雲端，系統管理員代理人群組取得目錄讀取者、目錄寫入者、全域讀取者（2023 年 7 月加入）、授權管理員、使用者管理員、特殊權限角色管理員、特殊權限驗證管理員、服務支援管理員與技術支援管理員；技術支援代理人群組取得服務支援管理員與技術支援管理員。',
  },
  'GDAP-37': {
    title: '哪些客戶納入轉換',
    text: '在全球雲端，有 DAP 而沒有 GDAP 的客戶會納入轉換；已有 DAP 也已有 GDAP 的客戶不納入，其 DAP 於「2023 年 7 月」或「2023 年 7 月底前」移除。GDAP 等待核准中，或已到期、已終止的客戶標示為「否†」：等待中的要求三個月後清除，到期未滿 365 天者不會建立新的 GDAP，超過 365 天者則已被移除。合作夥伴若要退出，可以自行建立 GDAP 關係或移除 DAP。',
  },
  'GDAP-38': {
    title: '大量移轉工具',
    text: '在全球雲端，合作夥伴可自行執行的大量移轉工具（開放原始碼的 .NET 程式，GitHub 上的 microsoft/PartnerCenter-GDAPTransition），會在有 DAP（不論作用中或非作用中）的客戶上，以「默示的客戶同意」建立 GDAP，也能大量移除 DAP。這個工具提供到「2023 年 11 月底」。',
  },
  'GDAP-39': {
    title: '自助移除 DAP',
    text: '在全球雲端，合作夥伴的系統管理員代理人可以在「Security Center」>「Administrative relationships」查看 DAP 的登入活動（2021 年 12 月 7 日以後的資料），選取一位或多位客戶停用 DAP，也可以寄電子郵件通知客戶；頁面建議移除超過 90 天沒有活動的 DAP（同一頁另一處寫 60 天）。2023 年 7 月的公告表示，2023 年 9 月停止為新客戶建立 DAP 時，Microsoft 會移除其餘所有 DAP。',
  },
  'GDAP-40': {
    title: '新客戶改用預設 GDAP',
    text: '在全球雲端，建立新客戶時不再授與 DAP，改為預設 GDAP (Default GDAP)：沙箱環境 2023 年 9 月 25 日起（僅 API），正式環境 2023 年 10 月 10 日起（API 與介面，可選擇加入或退出），2023 年 11 月 1 日起，API 呼叫即使未帶 enableGDAPByDefault 旗標，也會建立預設 GDAP。預設角色依合作夥伴類型而異（共同角色最多 11 個；網域合作夥伴另有外部身分識別提供者管理員 (External Identity Provider Admin) 與網域名稱管理員 (Domain Name Admin)；顧問合作夥伴沒有），合作夥伴仍須自行指派安全性群組。經銷商關係要求也不再包含 DAP（各來源日期不一），但要求經銷商關係的連結仍保留，GET /v1/customers/relationshiprequests 也仍會傳回邀請 URL。',
  },
  'GDAP-41': {
    title: '經銷商關係與 GDAP 是兩回事',
    text: '在全球雲端，履行訂單、建立 Azure 方案或佈建 Azure 訂用帳戶都不需要 GDAP 或 DAP；GDAP 是用來管理的（Azure 至少需要目錄讀取者，且安全性群組須為系統管理員代理人群組的成員）。只有經銷商關係、沒有 DAP 也沒有 GDAP 時，合作夥伴可以建立客戶、下訂單及管理訂單、下載軟體金鑰、管理 Azure 保留執行個體，但無法檢視公司詳細資料、檢視使用者或指派授權、代客戶開立支援要求，也無法使用各產品的系統管理中心。',
  },
  'GDAP-42': {
    title: '沒有經銷商關係也能要求 GDAP',
    text: '較新的取得系統管理權限頁面寫道：對於沒有經銷商關係的現有客戶，在左側導覽選取「Administer」，再選取「Request admin relationship」。2023 年 4 月，Microsoft 修正了沒有經銷商關係的合作夥伴在「New Relationship」遇到 404 錯誤的問題。這些說明針對全球雲端。',
  },
  'GDAP-43': {
    title: '間接經銷商也能持有 GDAP',
    text: '在全球雲端，直接帳單合作夥伴、間接提供者與間接經銷商都可以建立 GDAP 要求。間接提供者也可以替間接經銷商建立關係，由該經銷商核准或拒絕（resellerDelegatedAdminRelationship，isPartnerConsentPending）。',
  },
  'GDAP-44': {
    title: '不支援 Enterprise 合約的訂用帳戶',
    text: '在全球雲端，GDAP 關係不支援透過 Enterprise 合約 (EA) 購買的訂用帳戶。本站只讀到這個答案的韓文、繁體中文與日文版本。',
  },
  'AMB-01': {
    title: '移除 DAP 後的 Microsoft 支援',
    question: '客戶移除 DAP 之後，合作夥伴還能請 Microsoft 支援服務代表該客戶開立要求嗎？',
    readings: {
      yes: '2018 年到 2020 年中的頁面表示可以：合作夥伴可以請 Microsoft 支援服務開立要求。',
      no: '2020 年底以後的移除系統管理權限頁面則表示不行，必須等到重新建立關係之後。',
    },
  },
  'AMB-02': {
    title: '誰可以送出邀請',
    question: '哪一種合作夥伴角色可以要求經銷商關係？',
    readings: {
      adminAgent: '部分版本寫的是系統管理員代理人。',
      globalAdmin: '部分版本寫的是全域管理員。',
      salesAgent: '部分版本寫的是銷售代理人。',
    },
  },
  'AMB-03': {
    title: 'DAP 核取方塊的預設狀態',
    question: '委派的系統管理權限核取方塊預設是勾選的嗎？',
    readings: {
      cleared: '2021 年以前的說明暗示預設為未勾選。',
      checked: '2023 年的說明暗示預設為已勾選。',
    },
  },
  'AMB-04': {
    title: '同一項服務的第二家 DAP 合作夥伴',
    question: '某項服務已有一家透過 CSP 交易且持有 DAP 的合作夥伴時，若第二家合作夥伴也取得該服務的 DAP，最後由哪一家持有？',
    readings: {
      limitStated: '多重通路規則只說明上限是一家，沒有說明如何落實。',
      tenantWide: '實務上，DAP 是整個租用戶的全域管理員存取權，並不限於單一服務。',
    },
  },
  'AMB-05': {
    title: 'DAP 退出全球雲端新要求的日期',
    question: '全球雲端的新經銷商關係要求，究竟從哪一天起不再包含 DAP？',
    readings: {
      sep25: '部分頁面寫的是 2023 年 9 月 25 日。',
      oct09: '部分頁面寫的是 2023 年 10 月 9 日。',
      oct10: '部分頁面寫的是 2023 年 10 月 10 日。',
    },
  },
  'AMB-06': {
    title: '美國政府雲端與德國的多重合作夥伴',
    question: '多重合作夥伴與多重通路的規則，是否也適用於 Microsoft 美國政府雲端與 Microsoft 雲端德國？',
    readings: {
      applies: '部分版本的頁面把這些規則寫成適用於所有雲端。',
      notStated: '其他版本只列出全球雲端與 21Vianet。',
    },
  },
  'AMB-07': {
    title: '合作關係移除後的經銷商',
    question: '合作關係移除後，經銷商是否仍保有系統管理存取權、訂用帳戶上的 MPN 識別碼，以及指定的支援連絡人角色？',
    readings: {
      docsSay: '頁面只說明客戶與已授與的 DAP 維持不變。',
      unknown: '經銷商的系統管理存取權、訂用帳戶上的 MPN 識別碼和指定的支援連絡人角色會如何，頁面都沒有說明。',
    },
  },
  'AMB-08': {
    title: '邀請連結能否重複使用',
    question: '在全球雲端，同一個邀請連結可以寄給多位客戶嗎？',
    readings: {
      vianetOnly: '只有 21Vianet 的頁面說明連結不含客戶資料、可以重複使用。',
      globalSilent: '全球雲端的頁面只說連結專屬於合作夥伴的帳戶，對能否重複使用並未提及。',
    },
  },
  'AMB-09': {
    title: '全球雲端以外的接受條件',
    question: 'Microsoft 客戶合約的提示與全域管理員的條件，是否也適用於 21Vianet、Microsoft 美國政府雲端與 Microsoft 雲端德國？',
    readings: {
      globalStated: '全球雲端的頁面明確寫出這兩項條件。',
      othersSilent: '21Vianet 的頁面，以及美國政府雲端與德國的相關頁面，都沒有提到這兩項條件。',
    },
  },
  'AMB-10': {
    title: 'GDAP 能否自行延續',
    question: 'GDAP 關係期滿時，能不能自行延續下去？',
    readings: {
      noRenewal: '2023 年 8 月與 10 月的常見問題說不行：GDAP 關係不能自動續約，也沒有自動續約的流程。',
      autoExtend: '目前的常見問題（韓文、繁體中文與日文版）說可以，會自動延長 6 個月；2023 年 10 月 23 日的取得權限頁面也已經出現自動延長開關。答案取決於日期，這項功能宣布自 2023 年 10 月 30 日起提供。',
    },
  },
  'AMB-11': {
    title: '一次延長多久',
    question: '自動延長一次，延長的是 6 個月還是 180 天？',
    readings: {
      sixMonths: '介面與常見問題寫的是 6 個月。',
      p180d: 'Microsoft Graph 的值是 P180D，常見問題的例子也寫「延後 180 天」。180 天不等於 6 個曆月，服務實際採用哪一種，文件沒有說明。',
    },
  },
  'AMB-12': {
    title: '含全域管理員的關係能否自動延長',
    question: '含有全域管理員角色的 GDAP 關係，能不能自動延長？',
    readings: {
      advisedAgainst: '較新的自動延長頁面有一節標題為「Don\'t autoextend GDAP with Global Administrator」，但本站未能取得內文，無法得知服務是直接擋下，還是只是不建議。',
      blocked: '一家合作夥伴的公開回報（KelvinTegelaar/CIPP issue #2315，2024 年 4 月）指出，只有不含全域管理員角色的關係才能延長；這不是 Microsoft 的文件。',
      removable: 'Microsoft Graph 說明，全域管理員角色可以從 active 狀態的關係中移除。',
    },
  },
  'AMB-13': {
    title: '誰可以開啟自動延長',
    question: '自動延長由合作夥伴開啟，還是客戶也可以？',
    readings: {
      partnerOnly: '自動延長頁面列出的適當角色是系統管理員代理人，也就是合作夥伴端的角色。',
      partnerOrCustomer: '目前的常見問題（日文與繁體中文版）說，合作夥伴或客戶必須把「自動擴充」設為「已啟用」；但沒有任何來源描述客戶端的開關。',
    },
  },
  'AMB-14': {
    title: '核准 GDAP 前是否須先移除 DAP',
    question: '客戶核准 GDAP 之前，必須先移除 DAP 嗎？',
    readings: {
      removeDapFirst: '2023 年 3 月 31 日的客戶核准頁面（目前仍在英文版的舊路徑上）說必須，並列為前提。',
      noPrerequisite: '較新的客戶核准頁面（customers/ 路徑下）沒有這項前提。',
      gdapPrevails: '常見問題與 Microsoft 主導轉換的頁面只說，GDAP 會優先於 DAP。',
    },
  },
  'AMB-15': {
    title: '要求不含 DAP、新客戶改用預設 GDAP 的日期',
    question: '經銷商關係要求從哪一天起不含 DAP，新客戶又從哪一天起改用預設 GDAP？',
    readings: {
      sep25: '2023 年 7 月的公告寫的是 2023 年 9 月 25 日。',
      oct09: '2023 年 9 月的公告，以及常見問題中的一句話，寫的是 2023 年 10 月 9 日。',
      oct10: '常見問題的時程表寫的是：正式環境 2023 年 10 月 10 日（API 與介面），API 預設值於 2023 年 11 月 1 日變更，沙箱環境則為 2023 年 9 月 25 日。',
    },
  },
  'AMB-16': {
    title: '各類合作夥伴的預設 GDAP 角色',
    question: '各類合作夥伴在預設 GDAP 中分別取得哪些角色？',
    readings: {
      announcement: '2023 年 5 月的公告（三欄表格）說，雲端應用程式管理員與應用程式管理員只給間接提供者。',
      faqTable: '常見問題的表格（七欄）說，這兩個角色給直接帳單合作夥伴、間接提供者、網域合作夥伴與 CPV，不給間接經銷商；網域合作夥伴另有外部身分識別提供者管理員與網域名稱管理員，顧問合作夥伴則沒有任何角色。',
    },
  },
  'AMB-17': {
    title: 'Microsoft 主導的 GDAP 有幾個角色',
    question: 'Microsoft 主導轉換所建立的 GDAP，包含幾個角色？',
    readings: {
      eight: '轉換頁面在「How it works」一段寫的是八個預設角色，2023 年 4 月的公告也是 8 個。',
      nine: '同一頁面實際列出九個角色（多了全域讀取者）；2023 年 7 月的公告寫「九個角色」，並說 5 月建立的 GDAP「已經」有全域讀取者。轉換頁面對全域讀取者何時加入的說法自相矛盾，但寫明自 2023 年 7 月起，所有由 Microsoft 主導建立的 GDAP 都包含全域讀取者。',
    },
  },
  'AMB-18': {
    title: 'Microsoft 建立 GDAP 時是否通知',
    question: 'Microsoft 主導轉換建立 GDAP 時，合作夥伴會收到通知嗎？',
    readings: {
      notified: '2023 年 5 月 18 日的公告說，會通知系統管理員代理人安全性群組中的使用者。',
      notNotified: '同一公告的「5 月 23 日更新」改為不寄送通知；轉換頁面也說合作夥伴不會收到通知。',
    },
  },
  'AMB-19': {
    title: '轉換期間 DAP 何時移除',
    question: '在 DAP 轉換到 GDAP 的過程中，DAP 是什麼時候移除的？',
    readings: {
      thirtyDays: 'Microsoft 主導轉換頁面：在 Microsoft 建立 GDAP 30 天後移除。',
      july2023: '已自行建立 GDAP 的合作夥伴：「2023 年 7 月」或「2023 年 7 月底前」移除。',
      september2023: '2023 年 7 月的公告：2023 年 9 月停止為新客戶建立 DAP 時，移除其餘的 DAP；2023 年 10 月的公告則說已經開始移除 DAP。',
    },
  },
  'AMB-20': {
    title: '從未核准的要求會怎樣',
    question: '客戶一直沒有核准的 GDAP 要求，最後會變成什麼狀態？',
    readings: {
      expires: '常見問題說，要求會在 90 天後到期。',
      cleanedUp: '活動記錄頁面說，等待核准的關係 90 天後自動清除；Microsoft 主導轉換頁面則說「三個月後清除」。',
      noStatus: 'Microsoft Graph 沒有為到期的要求定義任何狀態，也沒有記載從 approvalPending 轉為 expired。',
    },
  },
  'AMB-21': {
    title: '國家雲端能否使用 GDAP API',
    question: 'GDAP 的 API 能不能在 21Vianet 與美國政府雲端使用？合作夥伴中心的 GDAP 頁面都沒有提到任何國家雲端。',
    readings: {
      globalOnly: 'GitHub 上的 Graph 文件版本（建立關係、建立存取權指派與刪除頁面，刪除頁面的日期為 2024 年 4 月 4 日）標示：全球雲端可用，美國政府 L4、L5 與 21Vianet 都不可用。',
      allClouds: '目前英文版的 Learn 頁面（建立、要求、更新）標示四個雲端都可用。',
      notVianet: '德文與葡萄牙文（巴西）版的 Learn 頁面標示全球雲端、美國政府 L4 與 L5 可用，21Vianet 不可用。',
    },
  },
  'AMB-22': {
    title: '誰可以把角色指派給安全性群組',
    question: '合作夥伴端哪些角色可以把 GDAP 角色指派給安全性群組？',
    readings: {
      threeRoles: '2023 年 6 月 6 日的頁面（以及其泰文版副本）列出全域管理員、使用者管理員與系統管理員代理人。',
      adminAgentOnly: '目前的英文版頁面只列出系統管理員代理人。',
    },
  },
  'AMB-23': {
    title: '關係名稱在什麼範圍內不得重複',
    question: 'GDAP 關係的名稱，要在什麼範圍內保持唯一？',
    readings: {
      acrossPartner: 'Microsoft Graph v1.0：在合作夥伴的所有關係中唯一。',
      perCustomer: '較舊的 Graph beta：在合作夥伴對同一位客戶的所有關係中唯一。',
      perPartnerTenant: '大量移轉工具頁面：在每個合作夥伴租用戶中唯一；同一位客戶可以從不同合作夥伴收到同名的關係。',
    },
  },
  'AMB-24': {
    title: '誰執行 approve 動作',
    question: 'Microsoft Graph 的 approve 動作，是由誰執行的？',
    readings: {
      customer: 'Graph 的狀態說明寫著，approved 表示客戶已透過 approve 動作核准。',
      indirectReseller: 'Graph 的要求物件說明則寫著，approve 與 reject 是讓間接經銷商處理間接提供者建立的關係；客戶是在 Microsoft 365 系統管理中心核准。',
    },
  },
  'AMB-25': {
    title: '「合作夥伴主導的工具」(PLT) 指什麼',
    question: '文件中的 partner-led tool (PLT) 指的是什麼？',
    readings: {
      partnerCenter: '2023 年 7 月的公告把它寫成「合作夥伴主導的工具，也就是合作夥伴中心介面或 API」。',
      separateTool: '目前的日文版常見問題把 PLT、MLT、合作夥伴中心介面與合作夥伴中心 API 列為四種不同的來源；本站讀過的文件，都沒有把大量移轉工具稱為 PLT。',
    },
  },
  'AMB-26': {
    title: '客戶能否只核准部分角色或拒絕',
    question: '客戶可以只核准部分角色，或拒絕 GDAP 要求嗎？',
    readings: {
      approveAll: '合作夥伴中心的頁面只記載「Approve all」，沒有任何頁面描述客戶拒絕或只核准部分角色。',
      resellerOnly: 'Microsoft Graph 雖有 reject 動作，但只供間接經銷商使用，不是給客戶的。',
    },
  },
  'AMB-27': {
    title: '到期提醒何時寄出',
    question: 'GDAP 的到期提醒在什麼時候寄出、寄給誰？',
    readings: {
      partnerAndCustomer: '2023 年的到期通知頁面：到期前 30 天、7 天、1 天與到期當天，寄給合作夥伴與客戶。',
      partnerWhenDisabled: '自動延長頁面：停用自動延長時，合作夥伴會在到期前 30 天、7 天與 1 天收到通知。',
      noDayCounts: '目前的繁體中文到期頁面只說會收到提醒，沒有寫天數。',
    },
  },
  'AMB-28': {
    title: 'Microsoft 的在地化用語不一致',
    question: 'Microsoft 的韓文與繁體中文頁面，對同一個概念是否使用同一個詞？',
    readings: {
      korean: '韓文不一致：GDAP 有「세분화된 위임 관리자 권한」與「세분화된 위임된 관리자 권한」兩種寫法；Admin agent 角色寫作「관리 에이전트」，群組則寫作「관리자 에이전트」；Global admin 現在寫作「전역 관리자」，2020 年寫作「글로벌 관리자」，舊路徑的頁面甚至出現機器翻譯造成的「Global 관리istrator 역할」。',
      chinese: '繁體中文也不一致：Admin agent 寫作「系統管理員代理程式」（常見問題）、「系統管理代理程式」（到期頁面）或「系統管理代理人」（2020 年）；Global admin 寫作「全域管理員」或「全域系統管理員」；同一個 2020 年頁面的 reseller 同時出現「轉銷商」與「經銷商」；security group 在 2020 年是「安全性群組」，在 GDAP 到期頁面則是「安全組」。',
    },
  },
  'AMB-29': {
    title: '客戶端由哪個角色移除 GDAP',
    question: '客戶端哪一個角色可以移除（終止）GDAP 關係？',
    readings: {
      noCustomerRole: '客戶終止頁面只寫著「Appropriate roles: Admin agent」（適當的角色：系統管理員代理人），那是合作夥伴的角色；頁面描述了客戶的操作步驟，卻沒有指明客戶端的角色。',
      globalAdmin: 'DAP 的移除頁面則說，客戶是以全域管理員身分登入系統管理中心。',
    },
  },
  'AMB-30': {
    title: '國家雲端的預設 GDAP',
    question: '建立客戶時的預設 GDAP，是否也適用於 21Vianet 與美國政府雲端？',
    readings: {
      headerListsClouds: '建立客戶的開發人員頁面（2023 年 7 月 28 日）在「適用於」列出由 21Vianet 營運的合作夥伴中心與美國政府雲端，也記載了 enableGDAPByDefault，但沒有說明各雲端的行為。',
      timelineUnqualified: 'GDAP 常見問題的時程表沒有區分雲端。',
    },
  },
  'AMB-31': {
    title: '美國政府雲端與德國的要求是否仍含 DAP',
    question: '2023 年 10 月之後，Microsoft 美國政府雲端與 Microsoft 雲端德國的經銷商關係要求，是否仍包含 DAP？',
    readings: {
      alwaysDap: '要求經銷商關係的頁面（2023 年 6 月 5 日）說，這兩個雲端沒有不含系統管理權限的選項，一律要求 DAP。',
      announcementsSilent: '2023 年宣布「經銷商關係不再提供 DAP」的公告，完全沒有提到國家雲端。',
    },
  },
  'AMB-32': {
    title: '非全域管理員能否核准或終止',
    question: '客戶端不是全域管理員的使用者，能不能核准或終止 GDAP 關係？',
    readings: {
      globalAdminOnly: '合作夥伴中心的頁面說，核准者是客戶的全域管理員。',
      newEntraRole: '一套廣泛使用的合作夥伴工具的公開變更（KelvinTegelaar/CIPP pull request #5813，2026 年 4 月 8 日）提到新的 Microsoft Entra 角色 Customer Delegated Admin Relationship Administrator，可以替所屬租用戶接受、列出及終止 GDAP 關係；本站讀過的合作夥伴中心頁面都沒有這樣說。',
    },
  },
};
