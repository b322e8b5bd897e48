// Thai and English for every word on the console. `t('key', {vars})`; the choice is kept per browser.

const en = {
  'app.title': 'Rescue board',
  'nav.board': 'Board', 'nav.newTip': 'New tip', 'nav.users': 'Users', 'nav.logout': 'Log out',
  'lang.switch': 'ภาษาไทย',
  'live.on': 'Live', 'live.off': 'Reconnecting…',
  'login.title': 'Log in', 'login.email': 'Email', 'login.password': 'Password', 'login.submit': 'Log in',
  'login.failed': 'Wrong email or password.',
  'board.open': 'Open incidents', 'board.none': 'No open incidents.', 'board.waiting': 'Waiting',
  'board.nextEscalation': 'Next escalation in', 'board.overdue': 'overdue', 'board.noDeadline': 'no deadline running',
  'board.map': 'Open incidents by district', 'board.filtered': 'Only {district}', 'board.showAll': 'Show all districts',
  'board.exhausted': 'Nobody of the {role} chain answered: call someone now.', 'board.count': '{n} open',
  'board.legend.none': 'none open',
  'alarm.newP1': 'New P1 incident in {district}', 'alarm.exhausted': '{district}: nobody of the {role} chain answered',
  'state.triggered': 'Waiting for an answer', 'state.acknowledged': 'Accepted', 'state.resolved': 'Resolved',
  'state.review': 'For review (no dispatch)',
  'priority.P1': 'P1 act now', 'priority.P2': 'P2 urgent', 'priority.P3': 'P3 concern', 'priority.P4': 'P4 no dispatch',
  'tag.minors': 'Children', 'tag.crossBorder': 'Cross-border {country}', 'country.MM': 'Myanmar', 'country.LA': 'Laos',
  'role.police': 'Police', 'role.ngo': 'NGO', 'role.liaison': 'Cross-border liaison', 'role.coordinator': 'Coordinator',
  'role.social': 'Social development', 'role.immigration': 'Immigration', 'role.social-worker': 'Social worker',
  'chain.informational': 'for information',
  'roleState.pending': 'Paging · step {step}', 'roleState.accepted': 'Accepted', 'roleState.exhausted': 'Nobody answered',
  'roleState.informed': 'Informed',
  'chain.paged': 'Paged', 'chain.acceptedBy': 'Accepted by', 'chain.arrived': 'On site', 'chain.notArrived': 'not on site yet',
  'chain.nobodyPaged': 'nobody paged yet', 'chain.deadline': 'Escalates in',
  'alertState.paged': 'paged', 'alertState.accepted': 'accepted', 'alertState.declined': 'declined', 'alertState.arrived': 'on site',
  'alertState.stood-down': 'stood down', 'alertState.sent': 'sent', 'alertState.cancelled': 'cancelled',
  'incident.back': '← Board', 'incident.caseRef': 'Case', 'incident.opened': 'Opened', 'incident.roles': 'Who is on it',
  'incident.tips': 'Tips', 'incident.triage': 'Triage', 'incident.indicators': 'Indicators', 'incident.explanation': 'Why',
  'incident.timeline': 'Timeline', 'incident.actions': 'Actions', 'incident.forbidden': 'This incident is not shared with your organisation.',
  'incident.notFound': 'No such incident.', 'incident.priority': 'Priority', 'incident.outcome': 'Outcome', 'incident.channel': 'Channel', 'incident.language': 'Language',
  'reporter.show': 'Show reporter contact (this view is recorded)', 'reporter.none': 'No contact details were given.',
  'reporter.callbackYes': 'Agreed to be called back', 'reporter.callbackNo': 'Do NOT call back',
  'reporter.name': 'Name', 'reporter.phone': 'Phone', 'reporter.line': 'LINE',
  'action.accept': 'Accept on behalf', 'action.acceptHelp': 'Someone called in to accept, or you take it yourself.',
  'action.role': 'Role', 'action.allRoles': 'Every open role', 'action.responder': 'Who accepts', 'action.myself': 'Myself',
  'action.escalate': 'Escalate now', 'action.note': 'Add note', 'action.notePlaceholder': 'What happened, what was decided',
  'action.resolve': 'Resolve', 'action.rescuedMinors': 'Children rescued', 'action.rescuedAdults': 'Adults rescued',
  'action.resolveNote': 'Resolution note', 'action.sent': 'Sent. The board updates when dispatch has done it.',
  'action.override': 'Correct triage', 'action.keep': 'Keep as is', 'action.reason': 'Reason',
  'action.overrideDone': 'Corrected. Alerts already running keep their escalation policy (re-dispatch comes later).',
  'action.reassign': 'Reassign and merge are not available yet.',
  'outcome.rescued': 'Rescued', 'outcome.referred': 'Referred', 'outcome.cross-border-handover': 'Cross-border hand-over',
  'outcome.false-alarm': 'False alarm', 'outcome.duplicate': 'Duplicate', 'outcome.other': 'Other',
  'timeline.tip': 'Tip received ({channel}): {priority}', 'timeline.escalated': '{role}: step {step} paged',
  'timeline.exhausted': '{role}: chain exhausted at step {step}', 'timeline.accepted': '{role} accepted by {who}',
  'timeline.declined': '{role}: {who} declined', 'timeline.arrived': '{role}: {who} on site',
  'timeline.delivery-failed': 'Delivery failed to {who} by {channel}: {error}', 'timeline.resolved': 'Resolved: {outcome}',
  'timeline.note': 'Note by {who}: {text}', 'timeline.override': 'Triage corrected by {who}: {change}. Reason: {reason}',
  'timeline.no-policy': 'No escalation policy for {district} {priority}', 'timeline.rescued-count': 'Rescued: {minors} children, {adults} adults',
  'timeline.page': 'Paged {who} ({role}, step {step}) by {channel}', 'timeline.notice': 'Told {who} by {channel}',
  'timeline.delivery': 'delivery: {status}',
  'delivery.queued': 'queued', 'delivery.sent': 'sent', 'delivery.delivered': 'delivered', 'delivery.failed': 'failed',
  'delivery.undelivered': 'undelivered',
  'tip.title': 'New tip from a phone call', 'tip.text': 'What is happening? Who, where, when',
  'tip.textHint': 'Type while you listen. Details below can wait.', 'tip.district': 'District',
  'tip.districtSearch': 'Type a district in Thai or English', 'tip.districtUnknown': 'Not known',
  'tip.place': 'Place or landmark', 'tip.children': 'Children involved?', 'tip.yes': 'Yes', 'tip.no': 'No', 'tip.unsure': 'Not sure',
  'tip.people': 'How many people?', 'tip.reporter': 'Caller', 'tip.reporterName': 'Caller name', 'tip.reporterPhone': 'Callback number',
  'tip.consent': 'The caller agrees to be called back', 'tip.language': 'Caller language', 'tip.submit': 'File tip',
  'tip.shortcut': 'Ctrl+Enter files the tip from anywhere in the form.', 'tip.filing': 'Filing…',
  'tip.triaging': 'Filed. Triage is scoring it…', 'tip.result': 'Triage result', 'tip.openIncident': 'Open the incident',
  'tip.another': 'New tip', 'tip.slow': 'Triage has not answered yet. The tip is stored and will appear on the board.',
  'tip.noMatch': 'No district matches', 'tip.filedAt': 'Tip {tipId}',
  'users.title': 'Users', 'users.create': 'Create user', 'users.email': 'Email', 'users.name': 'Name', 'users.password': 'Password (8+ characters)',
  'users.role': 'Role', 'users.organization': 'Organisation id', 'users.created': 'User created.',
  'userRole.admin': 'Admin', 'userRole.coordinator': 'Coordinator', 'userRole.operator': 'Hotline operator', 'userRole.responder': 'Responder',
  'error.generic': 'Something went wrong: {message}',
};

const th = {
  'app.title': 'กระดานเหตุช่วยเหลือ',
  'nav.board': 'กระดานเหตุ', 'nav.newTip': 'รับแจ้งเหตุ', 'nav.users': 'ผู้ใช้', 'nav.logout': 'ออกจากระบบ',
  'lang.switch': 'English',
  'live.on': 'สด', 'live.off': 'กำลังเชื่อมต่อใหม่…',
  'login.title': 'เข้าสู่ระบบ', 'login.email': 'อีเมล', 'login.password': 'รหัสผ่าน', 'login.submit': 'เข้าสู่ระบบ',
  'login.failed': 'อีเมลหรือรหัสผ่านไม่ถูกต้อง',
  'board.open': 'เหตุที่ยังเปิดอยู่', 'board.none': 'ไม่มีเหตุที่เปิดอยู่', 'board.waiting': 'รอมาแล้ว',
  'board.nextEscalation': 'ส่งต่อขั้นถัดไปใน', 'board.overdue': 'เกินกำหนด', 'board.noDeadline': 'ไม่มีกำหนดเวลา',
  'board.map': 'เหตุที่เปิดอยู่แยกตามอำเภอ', 'board.filtered': 'เฉพาะ {district}', 'board.showAll': 'แสดงทุกอำเภอ',
  'board.exhausted': 'ไม่มีใครในรายชื่อ{role}ตอบรับ: โทรหาผู้รับผิดชอบทันที', 'board.count': 'เปิดอยู่ {n} เหตุ',
  'board.legend.none': 'ไม่มีเหตุ',
  'alarm.newP1': 'เหตุ P1 ใหม่ที่ {district}', 'alarm.exhausted': '{district}: ไม่มีใครในรายชื่อ{role}ตอบรับ',
  'state.triggered': 'รอการตอบรับ', 'state.acknowledged': 'มีผู้รับเรื่องแล้ว', 'state.resolved': 'ปิดเหตุแล้ว',
  'state.review': 'รอตรวจสอบ (ไม่แจ้งเจ้าหน้าที่)',
  'priority.P1': 'P1 ด่วนที่สุด', 'priority.P2': 'P2 ด่วน', 'priority.P3': 'P3 น่าสงสัย', 'priority.P4': 'P4 ไม่ต้องแจ้ง',
  'tag.minors': 'มีเด็ก', 'tag.crossBorder': 'ข้ามแดน {country}', 'country.MM': 'เมียนมา', 'country.LA': 'ลาว',
  'role.police': 'ตำรวจ', 'role.ngo': 'มูลนิธิ/NGO', 'role.liaison': 'ผู้ประสานงานข้ามแดน', 'role.coordinator': 'ผู้ประสานงาน',
  'role.social': 'พัฒนาสังคมฯ', 'role.immigration': 'ตรวจคนเข้าเมือง', 'role.social-worker': 'นักสังคมสงเคราะห์',
  'chain.informational': 'แจ้งเพื่อทราบ',
  'roleState.pending': 'กำลังแจ้ง · ขั้นที่ {step}', 'roleState.accepted': 'รับเรื่องแล้ว', 'roleState.exhausted': 'ไม่มีผู้ตอบรับ',
  'roleState.informed': 'แจ้งให้ทราบแล้ว',
  'chain.paged': 'แจ้งถึง', 'chain.acceptedBy': 'รับเรื่องโดย', 'chain.arrived': 'ถึงที่เกิดเหตุ', 'chain.notArrived': 'ยังไม่ถึงที่เกิดเหตุ',
  'chain.nobodyPaged': 'ยังไม่ได้แจ้งใคร', 'chain.deadline': 'ส่งต่อใน',
  'alertState.paged': 'แจ้งแล้ว', 'alertState.accepted': 'รับเรื่อง', 'alertState.declined': 'ปฏิเสธ', 'alertState.arrived': 'ถึงแล้ว',
  'alertState.stood-down': 'ยกเลิกแล้ว', 'alertState.sent': 'ส่งแล้ว', 'alertState.cancelled': 'ยกเลิก',
  'incident.back': '← กระดานเหตุ', 'incident.caseRef': 'เลขเหตุ', 'incident.opened': 'เปิดเมื่อ', 'incident.roles': 'ผู้รับผิดชอบ',
  'incident.tips': 'ข้อมูลแจ้งเหตุ', 'incident.triage': 'การคัดกรอง', 'incident.indicators': 'ตัวบ่งชี้', 'incident.explanation': 'เหตุผล',
  'incident.timeline': 'ลำดับเหตุการณ์', 'incident.actions': 'การดำเนินการ', 'incident.forbidden': 'เหตุนี้ไม่ได้แบ่งปันกับหน่วยงานของคุณ',
  'incident.notFound': 'ไม่พบเหตุนี้', 'incident.priority': 'ระดับความเร่งด่วน', 'incident.outcome': 'ผลการดำเนินการ', 'incident.channel': 'ช่องทาง', 'incident.language': 'ภาษา',
  'reporter.show': 'แสดงข้อมูลติดต่อผู้แจ้ง (มีการบันทึกการเปิดดู)', 'reporter.none': 'ผู้แจ้งไม่ได้ให้ข้อมูลติดต่อ',
  'reporter.callbackYes': 'ยินยอมให้ติดต่อกลับ', 'reporter.callbackNo': 'ห้ามติดต่อกลับ',
  'reporter.name': 'ชื่อ', 'reporter.phone': 'โทรศัพท์', 'reporter.line': 'LINE',
  'action.accept': 'รับเรื่องแทน', 'action.acceptHelp': 'มีผู้โทรมารับเรื่อง หรือคุณรับเรื่องเอง',
  'action.role': 'บทบาท', 'action.allRoles': 'ทุกบทบาทที่ยังเปิด', 'action.responder': 'ผู้รับเรื่อง', 'action.myself': 'ตัวฉันเอง',
  'action.escalate': 'ส่งต่อขั้นถัดไปทันที', 'action.note': 'เพิ่มบันทึก', 'action.notePlaceholder': 'เกิดอะไรขึ้น ตัดสินใจอย่างไร',
  'action.resolve': 'ปิดเหตุ', 'action.rescuedMinors': 'เด็กที่ได้รับการช่วยเหลือ', 'action.rescuedAdults': 'ผู้ใหญ่ที่ได้รับการช่วยเหลือ',
  'action.resolveNote': 'บันทึกการปิดเหตุ', 'action.sent': 'ส่งคำสั่งแล้ว กระดานจะอัปเดตเมื่อดำเนินการเสร็จ',
  'action.override': 'แก้ไขผลคัดกรอง', 'action.keep': 'คงเดิม', 'action.reason': 'เหตุผล',
  'action.overrideDone': 'แก้ไขแล้ว การแจ้งเตือนที่กำลังดำเนินอยู่ยังใช้ลำดับเดิม (การแจ้งใหม่จะมีภายหลัง)',
  'action.reassign': 'การมอบหมายใหม่และการรวมเหตุยังไม่พร้อมใช้งาน',
  'outcome.rescued': 'ช่วยเหลือสำเร็จ', 'outcome.referred': 'ส่งต่อหน่วยงาน', 'outcome.cross-border-handover': 'ส่งมอบข้ามแดน',
  'outcome.false-alarm': 'แจ้งเหตุไม่จริง', 'outcome.duplicate': 'ซ้ำกับเหตุอื่น', 'outcome.other': 'อื่น ๆ',
  'timeline.tip': 'รับแจ้งเหตุ ({channel}): {priority}', 'timeline.escalated': '{role}: แจ้งขั้นที่ {step}',
  'timeline.exhausted': '{role}: รายชื่อหมดที่ขั้นที่ {step}', 'timeline.accepted': '{role} รับเรื่องโดย {who}',
  'timeline.declined': '{role}: {who} ปฏิเสธ', 'timeline.arrived': '{role}: {who} ถึงที่เกิดเหตุ',
  'timeline.delivery-failed': 'ส่งถึง {who} ทาง {channel} ไม่สำเร็จ: {error}', 'timeline.resolved': 'ปิดเหตุ: {outcome}',
  'timeline.note': 'บันทึกโดย {who}: {text}', 'timeline.override': '{who} แก้ไขผลคัดกรอง: {change} เหตุผล: {reason}',
  'timeline.no-policy': 'ไม่มีลำดับการแจ้งสำหรับ {district} {priority}', 'timeline.rescued-count': 'ช่วยเหลือ: เด็ก {minors} คน ผู้ใหญ่ {adults} คน',
  'timeline.page': 'แจ้ง {who} ({role} ขั้นที่ {step}) ทาง {channel}', 'timeline.notice': 'แจ้ง {who} ทาง {channel}',
  'timeline.delivery': 'การส่ง: {status}',
  'delivery.queued': 'รอส่ง', 'delivery.sent': 'ส่งแล้ว', 'delivery.delivered': 'ถึงผู้รับแล้ว', 'delivery.failed': 'ส่งไม่สำเร็จ',
  'delivery.undelivered': 'ส่งไม่ถึง',
  'tip.title': 'รับแจ้งเหตุทางโทรศัพท์', 'tip.text': 'เกิดอะไรขึ้น ใคร ที่ไหน เมื่อไร',
  'tip.textHint': 'พิมพ์ขณะฟังได้เลย รายละเอียดด้านล่างกรอกทีหลังได้', 'tip.district': 'อำเภอ',
  'tip.districtSearch': 'พิมพ์ชื่ออำเภอภาษาไทยหรืออังกฤษ', 'tip.districtUnknown': 'ไม่ทราบ',
  'tip.place': 'สถานที่ จุดสังเกต', 'tip.children': 'มีเด็กเกี่ยวข้องหรือไม่', 'tip.yes': 'ใช่', 'tip.no': 'ไม่ใช่', 'tip.unsure': 'ไม่แน่ใจ',
  'tip.people': 'จำนวนคน', 'tip.reporter': 'ผู้แจ้ง', 'tip.reporterName': 'ชื่อผู้แจ้ง', 'tip.reporterPhone': 'เบอร์ติดต่อกลับ',
  'tip.consent': 'ผู้แจ้งยินยอมให้ติดต่อกลับ', 'tip.language': 'ภาษาของผู้แจ้ง', 'tip.submit': 'ส่งเรื่อง',
  'tip.shortcut': 'กด Ctrl+Enter เพื่อส่งเรื่องจากช่องใดก็ได้', 'tip.filing': 'กำลังส่ง…',
  'tip.triaging': 'ส่งแล้ว กำลังคัดกรอง…', 'tip.result': 'ผลการคัดกรอง', 'tip.openIncident': 'เปิดดูเหตุ',
  'tip.another': 'รับแจ้งเรื่องใหม่', 'tip.slow': 'ยังไม่ได้ผลคัดกรอง ข้อมูลถูกบันทึกแล้วและจะปรากฏบนกระดานเหตุ',
  'tip.noMatch': 'ไม่พบอำเภอ', 'tip.filedAt': 'เรื่อง {tipId}',
  'users.title': 'ผู้ใช้', 'users.create': 'สร้างผู้ใช้', 'users.email': 'อีเมล', 'users.name': 'ชื่อ', 'users.password': 'รหัสผ่าน (8 ตัวขึ้นไป)',
  'users.role': 'บทบาท', 'users.organization': 'รหัสหน่วยงาน', 'users.created': 'สร้างผู้ใช้แล้ว',
  'userRole.admin': 'ผู้ดูแลระบบ', 'userRole.coordinator': 'ผู้ประสานงาน', 'userRole.operator': 'เจ้าหน้าที่รับแจ้ง', 'userRole.responder': 'ผู้ปฏิบัติงาน',
  'error.generic': 'เกิดข้อผิดพลาด: {message}',
};

const dictionaries = { en, th };
let current = localStorage.getItem('board.lang') ?? (navigator.language?.toLowerCase().startsWith('th') ? 'th' : 'en');

export function lang() {
  return current;
}

export function setLang(next) {
  current = dictionaries[next] ? next : 'en';
  localStorage.setItem('board.lang', current);
  document.documentElement.lang = current;
}

/** The text for `key` in the chosen language (English, then the key itself, when missing). */
export function t(key, vars = {}) {
  const text = dictionaries[current][key] ?? en[key] ?? key;
  return text.replace(/\{(\w+)\}/g, (_, name) => (vars[name] ?? ''));
}

/** A role's name (`police`), translated when known. */
export function roleName(role) {
  const key = `role.${role}`;
  return en[key] ? t(key) : role;
}

setLang(current);
